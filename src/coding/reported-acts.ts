import type { ActorHit } from './actor-phrases.js';
import type { PloverType } from './ontology-schema.js';
import type { Tok } from './sentence-view.js';

/** Sectors that fight: an armed force or group announcing an attack announces its own. */
const ARMED = new Set(['MIL', 'REB', 'INS', 'UAF', 'SPY', 'COP']);
/** Acts whose announcement is a report of them, not the act itself. */
const REPORTED_TYPES = new Set<PloverType>(['ASSAULT']);

/**
 * Is a nominal attack carried by a reporting verb ("Trump announced the strike", "the ministry
 * confirmed the attack")? Then the subject reported the attack and is its source; the attacker is
 * whoever the attack's own phrase names ("a US strike", "the attack by rebels"), or no one.
 */
export function reportedAttack(lightVerb: Tok, type: PloverType, speech: ReadonlySet<string>): boolean {
  return REPORTED_TYPES.has(type) && speech.has(lightVerb.lemma);
}

/**
 * Who carried out a reported attack: the attacker the nominal names, else an armed announcer (a
 * force or group claiming its own strike), else nobody. The announcer is the claim source.
 */
export function reportedAttacker(own: ActorHit | null, announcers: readonly ActorHit[]): ActorHit[] {
  if (own) return [own];
  return announcers.filter((a) => a.sector && ARMED.has(a.sector));
}
