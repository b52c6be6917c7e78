import { namesPlace } from './actor-phrases.js';
import type { DraftEvent } from './draft-event.js';

/** Within a sentence, one event per (type, actor, recipient): the first and most complete wins. */
export function dedupe(ds: DraftEvent[]): DraftEvent[] {
  const seen = new Map<string, DraftEvent>();
  for (const d of ds) {
    // two towns of one country taken are two acts: a place keeps its name in the key
    const placeName = d.recipient && namesPlace(d.recipient) ? d.recipient.text : '';
    const k = `${d.type}|${d.actor?.code ?? ''}|${d.actor?.text ?? ''}|${d.recipient?.code ?? ''}|${placeName}|${d.claim === 'negated'}|${d.dayShift ?? 0}`;
    const prev = seen.get(k);
    if (!prev || (prev.confidence < d.confidence && prev.claim === d.claim)) seen.set(k, d);
  }
  // An event without a recipient is dropped when the same actor has the same type with one.
  const out = [...seen.values()];
  return out.filter(
    (d) =>
      d.recipient ||
      !out.some(
        (o) =>
          o !== d &&
          o.type === d.type &&
          o.recipient &&
          o.actor?.code === d.actor?.code &&
          o.claim === d.claim &&
          // an act on another day is another event
          (o.dayShift ?? 0) === (d.dayShift ?? 0),
      ),
  );
}
