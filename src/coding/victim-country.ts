import type { ActorHit, ActorReader } from './actor-phrases.js';
import type { PloverType } from './ontology-schema.js';
import type { Tok } from './sentence-view.js';

/** Rules by which a phrase took its country from the rest of its sentence, not its own words. */
const BORROWED = new Set([
  'context.country',
  'article.sentence-country',
  'context.place',
  'article.sentence-place',
]);
/** Institutions of a state: an unnamed one belongs to the state the sentence is about. */
const INSTITUTIONAL = new Set(['GOV', 'LEG', 'JUD', 'COP', 'MIL', 'SPY']);
/** Mention kinds that name where something happened. */
const PLACE_KINDS = new Set(['city', 'region', 'sea', 'place']);
/** Prepositions that set what follows as the place of the event. */
const LOCATIVE = new Set([
  'in',
  'at',
  'near',
  'inside',
  'outside',
  'across',
  'throughout',
  'off',
  'around',
  'within',
]);
/** Event types whose recipient is the victim of the actor's force. */
const VICTIM_TYPES = new Set<PloverType>(['ASSAULT']);

/**
 * The victim of an attack as the words say it, not as the attacker's country: "the US military
 * killed six people" does not make the six American. A group named only by what it is (people,
 * survivors, smugglers) whose country came from the rest of the sentence keeps it only when the
 * sentence names a place of that country ("in eastern Beirut", "in Iraq"); a country that
 * modifies a noun ("in US strikes") is whose the act is, not where. A country from the group's own
 * words ("a Colombian fisherman") stays, and so does a state institution's ("the governor").
 */
export function victimAsNamed(
  r: ActorHit | null,
  type: PloverType,
  reader: ActorReader,
  sentence: number,
  toks: readonly Tok[],
): ActorHit | null {
  if (!r?.country || !VICTIM_TYPES.has(type) || r.entityId) return r;
  if (r.sector && INSTITUTIONAL.has(r.sector)) return r;
  const rules = r.rules ?? [];
  if (!rules.some((x) => BORROWED.has(x))) return r;
  const placed = reader.mentionsIn(sentence).some((m) => {
    if (!PLACE_KINDS.has(m.kind) && m.kind !== 'country') return false;
    const at = toks.findIndex((t) => t.start >= m.start);
    if (at < 0 || !locativeBefore(toks, at)) return false;
    // "in US strikes", "in US military strikes": the country modifies the act
    const next = toks.find((t) => t.start >= m.end);
    if (m.kind === 'country' && (next?.pos === 'NOUN' || next?.pos === 'ADJ')) return false;
    return reader.mentionActor(m)?.country === r.country;
  });
  if (placed) return r;
  return {
    ...r,
    country: null,
    code: `---${r.sector ?? ''}`,
    rules: [...rules.filter((x) => !BORROWED.has(x)), 'victim.country-not-inherited'],
  };
}

/**
 * Is the phrase at token k the object of a locative preposition ("in southern Lebanon", "in a
 * residential sector of eastern Beirut")?
 */
function locativeBefore(toks: readonly Tok[], k: number): boolean {
  const inPhrase = new Set(['DET', 'ADJ', 'PROPN', 'NOUN', 'ADV', 'NUM']);
  for (let j = k - 1; j >= 0 && j >= k - 10; j--) {
    const t = toks[j];
    if (t.pos === 'ADP' && t.lower !== 'of') return LOCATIVE.has(t.lower);
    if (t.lower !== 'of' && !inPhrase.has(t.pos)) return false;
  }
  return false;
}

/**
 * The roles of an event with `victimAsNamed` applied: to every recipient, and to civilians in the
 * actor's place ("46 people have died in the strikes": those who died are the victims).
 */
export function rolesAsNamed(
  actorList: ActorHit[],
  recipList: ActorHit[],
  type: PloverType,
  reader: ActorReader,
  sentence: number,
  toks: readonly Tok[],
): [ActorHit[], ActorHit[]] {
  const named = (a: ActorHit) => victimAsNamed(a, type, reader, sentence, toks) ?? a;
  return [
    actorList.map((a) => (a?.sector === 'CVL' ? named(a) : a)),
    recipList.map((r) => (r ? named(r) : r)),
  ];
}
