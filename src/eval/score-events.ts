import type { GoldEvent, GoldEventRecord, PredEvent } from './gold-schema.js';

/** Precision, recall and F1 with their counts. */
export interface Prf {
  tp: number;
  predicted: number;
  matchedGold: number;
  gold: number;
  precision: number;
  recall: number;
  f1: number;
}

/** Recall of one gold type. */
export interface TypeRow {
  type: string;
  gold: number;
  typeFound: number;
  dyadFound: number;
  predicted: number;
  typeRecall: number;
  dyadRecall: number;
}

/** A gold event missed, or a prediction that matched nothing, for `--errors`. */
export interface ErrorItem {
  id: string;
  kind: 'miss' | 'false-alarm' | 'dyad-miss';
  level: 'type' | 'dyad';
  event: string;
  text: string;
}

/** Everything `lapwing eval` reports for an event gold file. */
export interface EventScores {
  records: number;
  goldEvents: number;
  predictions: number;
  /** Predictions left out because their claim is negated or hypothetical. */
  droppedNegated: number;
  type: Prf;
  dyad: Prf;
  cameoRoot: { correct: number; total: number; accuracy: number };
  perType: TypeRow[];
  errors: ErrorItem[];
}

const UNKNOWN = /^(---|\*\*\*)?$/;

/**
 * Country codes that older CAMEO dictionaries used where ISO 3166-1 has another; gold coded with
 * them is compared on the ISO code that Lapwing emits.
 */
const LEGACY_COUNTRY_CODES: Record<string, string> = { JAP: 'JPN', ITL: 'ITA', TMP: 'TLS' };

function prefix(code: string | null | undefined): string {
  const p = (code ?? '---').slice(0, 3).toUpperCase();
  return LEGACY_COUNTRY_CODES[p] ?? p;
}

function known(codes: string[]): string[] {
  return codes.filter((c) => !UNKNOWN.test(c));
}

function accepted(g: GoldEvent): string[] {
  return g.acceptTypes?.length ? g.acceptTypes : [g.type];
}

/** Lower-case word set of a text: letters and digits only. */
export function words(text: string): string[] {
  return (text.toLowerCase().match(/[\p{L}\p{N}]+/gu) ?? []) as string[];
}

/**
 * The article-level evidence rule: the prediction's evidence, sentence or text must contain at
 * least half of the words of one of the gold event's evidence passages.
 */
export function citesEvidence(p: PredEvent, g: GoldEvent): boolean {
  const passages = g.evidence === undefined ? [] : Array.isArray(g.evidence) ? g.evidence : [g.evidence];
  if (!passages.length) return true;
  const have = new Set([...words(p.evidence ?? ''), ...words(p.sentence ?? ''), ...words(p.text ?? '')]);
  return passages.some((ps) => {
    const w = words(ps);
    if (!w.length) return false;
    const hit = w.filter((x) => have.has(x)).length;
    return hit * 2 >= w.length;
  });
}

function typeMatches(p: PredEvent, g: GoldEvent): boolean {
  return accepted(g).includes(p.type);
}

function dyadMatches(p: PredEvent, g: GoldEvent): boolean {
  if (!typeMatches(p, g)) return false;
  const ga = known(g.actors.map((a) => prefix(a.code ?? a.country)));
  if (ga.length && !ga.includes(prefix(p.actor?.code))) return false;
  if (g.recipients.length) {
    const gr = known(g.recipients.map((a) => prefix(a.code ?? a.country)));
    if (gr.length && !gr.includes(prefix(p.recipient?.code))) return false;
  }
  return true;
}

function prf(tp: number, predicted: number, matchedGold: number, gold: number): Prf {
  const precision = predicted ? tp / predicted : 0;
  const recall = gold ? matchedGold / gold : 0;
  const f1 = precision + recall ? (2 * precision * recall) / (precision + recall) : 0;
  return {
    tp,
    predicted,
    matchedGold,
    gold,
    precision: round(precision),
    recall: round(recall),
    f1: round(f1),
  };
}

function round(x: number): number {
  return Math.round(x * 1000) / 1000;
}

/** Claim statuses that default counts leave out: the text says the event did not or may not happen. */
export const LEFT_OUT_CLAIMS: ReadonlySet<string> = new Set(['negated', 'hypothetical']);

/** Drops what the default counts leave out (negated and hypothetical events) and, in sentence records, repeats. */
export function scoredPredictions(
  rec: GoldEventRecord,
  preds: PredEvent[],
  allClaims = false,
): { kept: PredEvent[]; negated: number } {
  const notNegated = allClaims ? preds : preds.filter((p) => !LEFT_OUT_CLAIMS.has(p.claim ?? ''));
  const negated = preds.length - notNegated.length;
  if (rec.kind === 'article') return { kept: notNegated, negated };
  const seen = new Set<string>();
  const kept: PredEvent[] = [];
  for (const p of notNegated) {
    const k = `${p.type}|${p.actor?.code ?? ''}|${p.recipient?.code ?? ''}`;
    if (seen.has(k)) continue;
    seen.add(k);
    kept.push(p);
  }
  return { kept, negated };
}

interface Match {
  right: boolean[];
  goldHit: boolean[];
}

/** Each prediction matches at most one gold event; an unmatched gold event is preferred. */
function match(rec: GoldEventRecord, preds: PredEvent[], ok: (p: PredEvent, g: GoldEvent) => boolean): Match {
  const article = rec.kind === 'article';
  const gold = rec.noEvent ? [] : rec.events;
  const goldHit = gold.map(() => false);
  const right = preds.map((p) => {
    const cands = gold
      .map((g, i) => (ok(p, g) && (!article || citesEvidence(p, g)) ? i : -1))
      .filter((i) => i >= 0);
    if (!cands.length) return false;
    const fresh = cands.find((i) => !goldHit[i] && (!article || gold[i].core !== false));
    const pick = fresh ?? cands.find((i) => !goldHit[i]) ?? cands[0];
    goldHit[pick] = true;
    return true;
  });
  return { right, goldHit };
}

function describe(p: PredEvent): string {
  return `${p.type}${p.mode ? `/${p.mode}` : ''} ${p.actor?.code ?? '-'} -> ${p.recipient?.code ?? '-'}${p.cameo ? ` (${p.cameo})` : ''}${p.claim && p.claim !== 'asserted' ? ` [${p.claim}]` : ''}`;
}

function describeGold(g: GoldEvent): string {
  const a = g.actors.map((x) => x.code ?? '---').join(',') || '-';
  const r = g.recipients.map((x) => x.code ?? '---').join(',') || '-';
  return `${accepted(g).join('|')} ${a} -> ${r}${g.cameo ? ` (${g.cameo})` : ''}${g.core === false ? ' [optional]' : ''}`;
}

/**
 * Scores predictions against event gold exactly as ../shared/gold/README.md defines: type and dyad
 * precision, recall and F1, CAMEO root accuracy, and recall per gold type. Only core events count
 * toward recall in article records; matching an optional one is not an error.
 */
export function scoreEvents(
  gold: GoldEventRecord[],
  predsById: Map<string, PredEvent[]>,
  allClaims = false,
): EventScores {
  let goldN = 0;
  let predN = 0;
  let droppedNegated = 0;
  const t = { tp: 0, hit: 0 };
  const d = { tp: 0, hit: 0 };
  const root = { correct: 0, total: 0 };
  const rows = new Map<string, TypeRow>();
  const errors: ErrorItem[] = [];
  for (const rec of gold) {
    const { kept, negated } = scoredPredictions(rec, predsById.get(rec.id) ?? [], allClaims);
    droppedNegated += negated;
    predN += kept.length;
    const events = rec.noEvent ? [] : rec.events;
    const counts = (g: GoldEvent) => rec.kind !== 'article' || g.core !== false;
    const tm = match(rec, kept, typeMatches);
    const dm = match(rec, kept, dyadMatches);
    t.tp += tm.right.filter(Boolean).length;
    d.tp += dm.right.filter(Boolean).length;
    events.forEach((g, i) => {
      if (!counts(g)) return;
      goldN++;
      const row = rows.get(g.type) ?? {
        type: g.type,
        gold: 0,
        typeFound: 0,
        dyadFound: 0,
        predicted: 0,
        typeRecall: 0,
        dyadRecall: 0,
      };
      row.gold++;
      if (tm.goldHit[i]) {
        t.hit++;
        row.typeFound++;
      } else
        errors.push({
          id: rec.id,
          kind: 'miss',
          level: 'type',
          event: describeGold(g),
          text:
            rec.kind === 'article'
              ? String(Array.isArray(g.evidence) ? g.evidence[0] : (g.evidence ?? ''))
              : rec.text,
        });
      if (dm.goldHit[i]) {
        d.hit++;
        row.dyadFound++;
      } else if (tm.goldHit[i]) {
        const p = kept.find((x) => typeMatches(x, g));
        errors.push({
          id: rec.id,
          kind: 'dyad-miss',
          level: 'dyad',
          event: `${describeGold(g)}  got ${p ? describe(p) : '?'}`,
          text:
            rec.kind === 'article'
              ? String(Array.isArray(g.evidence) ? g.evidence[0] : (g.evidence ?? ''))
              : rec.text,
        });
      }
      rows.set(g.type, row);
      if (g.cameo && tm.goldHit[i]) {
        const p = kept.find((x) => typeMatches(x, g) && (rec.kind !== 'article' || citesEvidence(x, g)));
        if (p?.cameo) {
          root.total++;
          if (p.cameo.slice(0, 2) === g.cameo.slice(0, 2)) root.correct++;
        }
      }
    });
    kept.forEach((p, i) => {
      const row = rows.get(p.type) ?? {
        type: p.type,
        gold: 0,
        typeFound: 0,
        dyadFound: 0,
        predicted: 0,
        typeRecall: 0,
        dyadRecall: 0,
      };
      row.predicted++;
      rows.set(p.type, row);
      if (!tm.right[i])
        errors.push({
          id: rec.id,
          kind: 'false-alarm',
          level: 'type',
          event: describe(p),
          text: p.sentence ?? rec.text,
        });
    });
  }
  const perType = [...rows.values()]
    .map((r) => ({
      ...r,
      typeRecall: r.gold ? round(r.typeFound / r.gold) : 0,
      dyadRecall: r.gold ? round(r.dyadFound / r.gold) : 0,
    }))
    .sort((a, b) => a.type.localeCompare(b.type));
  return {
    records: gold.length,
    goldEvents: goldN,
    predictions: predN,
    droppedNegated,
    type: prf(t.tp, predN, t.hit, goldN),
    dyad: prf(d.tp, predN, d.hit, goldN),
    cameoRoot: { ...root, accuracy: root.total ? round(root.correct / root.total) : 0 },
    perType,
    errors,
  };
}
