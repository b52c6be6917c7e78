import type { ClaimStatus } from '../core/records.js';
import type { ActorHit } from './actor-phrases.js';
import type { CompiledPattern } from './patterns.js';

/** Every ordered pair of two different actors of a list. */
export function pairsOf(list: readonly ActorHit[]): [ActorHit, ActorHit][] {
  const out: [ActorHit, ActorHit][] = [];
  for (const a of list) for (const b of list) if (a && b && a !== b && a.code !== b.code) out.push([a, b]);
  return out;
}

export function confidenceOf(
  p: CompiledPattern,
  a: ActorHit | null,
  r: ActorHit | null,
  claim: ClaimStatus,
): number {
  let c = 0.9 * p.confidence;
  if (!a || a.weak || a.code === '---') c *= 0.7;
  if (r && r.code !== '---') c *= 1.05;
  if (claim === 'hypothetical' || claim === 'negated') c *= 0.8;
  return Math.round(Math.min(1, c) * 100) / 100;
}
