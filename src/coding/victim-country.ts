import type { ActorHit, ActorReader } from './actor-phrases.js';
import type { PloverType } from './ontology-schema.js';

/** Rules by which a phrase took its country from the other actors of its sentence. */
const FROM_OTHER_ACTORS = new Set(['context.country', 'article.sentence-country']);
/** Institutions of a state: an unnamed one belongs to the state the sentence is about. */
const INSTITUTIONAL = new Set(['GOV', 'LEG', 'JUD', 'COP', 'MIL', 'SPY']);
/** Mention kinds that name where something happened. */
const PLACE_KINDS = new Set(['city', 'region', 'sea', 'place']);
/** Event types whose recipient is the victim of the actor's force. */
const VICTIM_TYPES = new Set<PloverType>(['ASSAULT']);

/**
 * The victim of an attack as the words say it, not as the attacker's country: "the US military
 * killed six people" does not make the six American. A group named only by what it is (people,
 * survivors, smugglers) whose country came from the other actors of the sentence loses that
 * country; one from its own words ("a Colombian fisherman") or from a place the sentence names
 * ("in eastern Beirut") keeps it, and so does a state institution ("the governor").
 */
export function victimAsNamed(
  r: ActorHit | null,
  type: PloverType,
  reader: ActorReader,
  sentence: number,
): ActorHit | null {
  if (!r?.country || !VICTIM_TYPES.has(type) || r.entityId) return r;
  if (r.sector && INSTITUTIONAL.has(r.sector)) return r;
  const rules = r.rules ?? [];
  if (!rules.some((x) => FROM_OTHER_ACTORS.has(x))) return r;
  const placed = reader
    .mentionsIn(sentence)
    .some((m) => PLACE_KINDS.has(m.kind) && reader.mentionActor(m)?.country === r.country);
  if (placed) return r;
  return {
    ...r,
    country: null,
    code: `---${r.sector ?? ''}`,
    rules: [...rules.filter((x) => !FROM_OTHER_ACTORS.has(x)), 'recipient.victim-country-not-inherited'],
  };
}
