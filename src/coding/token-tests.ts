import type { Clause } from './clauses.js';
import { isQuoteMark, type Tok } from './sentence-view.js';

/** Verbs whose subject undergoes the act their object names ("survived an attack", "came under fire"). */
export const UNDERGOING: ReadonlySet<string> = new Set(['survive', 'escape', 'suffer', 'endure', 'come']);
const CAUSATIVE = new Set([
  ...UNDERGOING,
  'prompt',
  'draw',
  'spark',
  'trigger',
  'provoke',
  'elicit',
  'cause',
  'bring',
  'earn',
  'meet',
  'receive',
]);
const GERUND_PREPS = new Set([
  'for',
  'of',
  'about',
  'after',
  'before',
  'without',
  'against',
  'by',
  'from',
  'in',
  'on',
  'over',
  'despite',
  'while',
  'since',
]);

/**
 * "two days after another attack killed two": an act told after a time distance from the main
 * event ("N days after", "a week before") and stating its own figure is a separate event with its
 * own date, not the cause or setting of the main one. The tagger often leaves such a clause
 * inside the main one, so the marker is looked for between the clause start and the trigger.
 */
export function timeAnchored(
  toks: readonly Tok[],
  c: Clause,
  trigger: number,
): { shift: number; from: number } | null {
  let mk = -1;
  for (let k = trigger - 1; k >= Math.max(c.start, 2); k--) {
    if (toks[k].pos === 'VERB' || toks[k].pos === 'AUX') return null;
    if (toks[k].lower === 'after' || toks[k].lower === 'before') {
      mk = k;
      break;
    }
  }
  if (mk < 2) return null;
  const unit = toks[mk - 1].lower.replace(/s$/, '');
  const per = unit === 'day' ? 1 : unit === 'week' ? 7 : null;
  if (per === null) return null;
  const q = toks[mk - 2].lower;
  const n = q === 'a' || q === 'an' ? 1 : /^\d+$/.test(q) ? Number(q) : SMALL_NUMBERS.indexOf(q);
  if (!(n > 0)) return null;
  // its own figure: a number right after the trigger ("killed two"), before any punctuation
  let figure = false;
  for (let k = trigger + 1; k < Math.min(c.end, trigger + 4) && toks[k].pos !== 'PUNCT'; k++)
    if (toks[k].pos === 'NUM') figure = true;
  if (!figure) return null;
  // "N days after X": X came N days before the main event
  return { shift: (toks[mk].lower === 'after' ? -1 : 1) * n * per, from: mk + 1 };
}

const SMALL_NUMBERS = ['zero', 'one', 'two', 'three', 'four', 'five', 'six', 'seven', 'eight', 'nine', 'ten'];

/** Is token i right after a preposition ("of violating", "capable of launching")? */
export function afterPreposition(toks: readonly Tok[], i: number): boolean {
  return i > 0 && (toks[i - 1].pos === 'ADP' || GERUND_PREPS.has(toks[i - 1].lower));
}

/**
 * "retaliated by expelling ten diplomats", "ended the protest by arresting dozens": a gerund of
 * means after "by", with a verb before it that is not passive ("was killed by shelling"), tells
 * how the clause's subject acted: the act is reported. Returns that verb's index, or -1.
 */
export function meansVerb(toks: readonly Tok[], i: number): number {
  if (i < 2 || toks[i - 1].lower !== 'by') return -1;
  for (let k = i - 2; k >= 0; k--) {
    const t = toks[k];
    if (t.pos === 'PUNCT' && t.text !== ',') return -1;
    if (t.pos === 'VERB' || t.pos === 'AUX') {
      const aux = toks[k - 1];
      return t.pos === 'VERB' && !(aux && (aux.lemma === 'be' || aux.lemma === 'get')) ? k : -1;
    }
  }
  return -1;
}

/** Start of the next main or coordinated clause after c (or the sentence end). */
export function nextMainStart(clauses: readonly Clause[], c: Clause): number {
  for (const x of clauses)
    if (x.start > c.start && (x.kind === 'main' || x.kind === 'coord' || x.kind === 'attribution'))
      return x.start;
  return clauses[clauses.length - 1].end;
}

/** "had taken": past perfect, background to the story. */
export function pastPerfect(toks: readonly Tok[], i: number): boolean {
  for (let k = i - 1; k >= 0 && k >= i - 3; k--) {
    if (toks[k].pos === 'ADV') continue;
    return toks[k].lower === 'had' || toks[k].lower === "'d";
  }
  return false;
}

/** Is the verb at i (after "and") finite ("and has urged", "and exploded"), not a bare form? */
export function finiteAt(toks: readonly Tok[], i: number): boolean {
  let k = i;
  while (k < toks.length && toks[k].pos === 'ADV') k++;
  const t = toks[k];
  if (!t) return false;
  if (t.pos === 'AUX') return true;
  return t.pos === 'VERB' && t.lower !== t.lemma && !/ing$/.test(t.lower);
}

export function causativeVerb(toks: readonly Tok[], npStart: number): number | null {
  // "prompting an immediate and strong rejection": coordinated adjectives may stand between
  for (let k = npStart - 1; k >= 0 && k >= npStart - 5; k--) {
    const t = toks[k];
    if (t.pos === 'VERB') return CAUSATIVE.has(t.lemma) ? k : null;
    // "came under attack", "came under fire"
    if (t.lower === 'under' && toks[k - 1]?.lemma === 'come') return k - 1;
    if (t.pos !== 'ADV' && t.pos !== 'DET' && t.pos !== 'ADJ' && t.pos !== 'CCONJ' && t.text !== ',')
      return null;
  }
  return null;
}

/** True for tokens inside quotation marks in the sentence (used when no quote record exists). */
export function insideQuotes(toks: readonly Tok[], i: number): boolean {
  let open = false;
  for (let k = 0; k < i; k++) if (isQuoteMark(toks[k]) && toks[k].text !== '’') open = !open;
  return open;
}

/** Is the subject of the verb at i, in clause c, a bare third-person pronoun ("that it has ...")? */
export function subjectPronounAt(toks: readonly Tok[], c: Clause, i: number): boolean {
  let k = i - 1;
  while (k >= c.start && (toks[k].pos === 'AUX' || toks[k].pos === 'ADV' || toks[k].pos === 'PART')) k--;
  if (k < c.start || !/^(?:it|they|he|she)$/.test(toks[k].lower)) return false;
  // the pronoun opens the clause, after its complementizer at most
  return k === c.start || (k === c.start + 1 && toks[c.start].pos === 'SCONJ');
}
