import type { ActorRef } from '../core/records.js';

/** An actor mention given on its own, as in `lapwing actors` and the actor gold. */
export interface ActorQuery {
  text: string;
  context?: string | null;
  /** ISO date the mention is read at; roles are resolved for that day. */
  date?: string | null;
}

/** Resolves a free-standing actor mention to a CAMEO-style code. (placeholder) */
export function resolveActorText(q: ActorQuery): ActorRef {
  return { code: '---', country: null, sector: null, name: q.text };
}
