import type { CodedEvent } from '../core/records.js';
import { resolvePlace } from '../places/resolve-place.js';

/**
 * A protest's demands are the protest: "thousands rallied, demanding new elections" is one
 * PROTEST, not a PROTEST and a REQUEST. Requests of a sentence that also tells a protest, made by
 * the protest's actor or by no one the sentence names as acting (a place, nobody), are folded into
 * it; their addressee becomes the protest's target when it has none (rule `protest.demand`).
 */
export function foldDemands(sentenceEvents: CodedEvent[]): CodedEvent[] {
  const protest = sentenceEvents.find((e) => e.type === 'PROTEST');
  if (!protest) return sentenceEvents;
  const out: CodedEvent[] = [];
  for (const e of sentenceEvents) {
    const byProtesters =
      e.type === 'REQUEST' &&
      (e.actor.text === protest.actor.text || e.actor.code === '---' || isPlaceName(e.actor.text));
    if (!byProtesters) {
      out.push(e);
      continue;
    }
    if (!protest.recipient && e.recipient && !isPlaceName(e.recipient.text)) protest.recipient = e.recipient;
    if (!protest.rules.includes('protest.demand')) protest.rules.push('protest.demand');
  }
  return out;
}

const LOCATIVE = /\b(?:through|in|across|around|at|near|streets of)\s+(?:the\s+)?$/i;

/** A city or country named alone ("Nairobi"): where a protest is, not whom it targets. */
function isPlaceName(text: string | undefined): boolean {
  if (!text) return false;
  return resolvePlace(text)?.kind === 'city';
}

/**
 * The crowd of a protest: an actor named by a number or a plain noun with no sector ("hundreds",
 * "thousands of people") is civilians (`protest.crowd`); a city the protest went through or
 * happened in is its place, not its target, and the actor takes the country of where it happened
 * (`protest.place`).
 */
export function placeProtest(e: CodedEvent, text: string): void {
  if (e.type !== 'PROTEST') return;
  const r = e.recipient;
  // "marched through Nairobi": the city where; "blocked transport into Abidjan" still targets it
  const where = r?.span && LOCATIVE.test(text.slice(Math.max(0, r.span.start - 24), r.span.start));
  if (r && where && isPlaceName(r.text)) {
    if (!e.location) {
      const p = resolvePlace(r.text ?? '');
      if (p) e.location = { ...p, text: r.text ?? '' };
    }
    e.recipient = null;
    e.rules.push('protest.place');
  }
  const a = e.actor;
  if (!a.text) return;
  if (!a.sector && a.code === '---') {
    e.actor = {
      ...a,
      sector: 'CVL',
      code: `${a.country ?? '---'}CVL`,
      rules: [...(a.rules ?? []), 'protest.crowd'],
    };
    if (!e.rules.includes('protest.crowd')) e.rules.push('protest.crowd');
  }
  const country = e.location?.country;
  if (!e.actor.country && country && country.length === 3) {
    e.actor = { ...e.actor, country, code: `${country}${e.actor.sector ?? ''}` };
    if (!e.rules.includes('protest.place')) e.rules.push('protest.place');
  }
}
