import type { MentionKind, Quote, Sentence, Span, Token } from '../core/records.js';
import type { MentionDraft } from './find-mentions.js';
import { lowerOf } from './tokenize.js';

/** Verbs (lemmas) that report speech or writing, for both direct and reported speech. */
const SPEECH_VERBS = new Set([
  'say',
  'tell',
  'state',
  'add',
  'warn',
  'mention',
  'stress',
  'write',
  'post',
  'tweet',
  'claim',
  'insist',
  'declare',
  'announce',
  'ask',
  'reply',
  'respond',
  'argue',
  'note',
  'explain',
  'urge',
  'allege',
  'deny',
  'confirm',
  'acknowledge',
  'report',
  'vow',
  'pledge',
  'promise',
  'predict',
  'suggest',
  'emphasize',
  'emphasise',
  'reiterate',
  'assert',
  'contend',
  'maintain',
  'testify',
  'complain',
  'admit',
  'concede',
  'recall',
  'estimate',
  'threaten',
  'agree',
  'caution',
  'charge',
  'counter',
  'observe',
  'remark',
  'retort',
  'believe',
  'conclude',
  'demand',
  'signal',
  'indicate',
  'hint',
  'accuse',
  'point',
]);

/** Verbs that introduce a direct quote but not a reported clause ("called it “a disgrace”"). */
const QUOTE_ONLY_VERBS = new Set(['call', 'describe', 'defend', 'label', 'dub', 'brand', 'term', 'cite']);

/** Verbs whose bare clause ("claims these are...") is reported speech even without "that". */
const BARE_CLAUSE_VERBS = new Set([
  'say',
  'claim',
  'tell',
  'insist',
  'warn',
  'state',
  'believe',
  'argue',
  'write',
  'post',
  'add',
  'note',
  'predict',
  'suggest',
  'allege',
  'report',
  'estimate',
  'admit',
]);

/** Mention kinds that can speak. */
const SPEAKER_KINDS: ReadonlySet<MentionKind> = new Set([
  'person',
  'organization',
  'country',
  'city',
  'group',
  'pronoun',
  'nominal',
  'title',
  'region',
  'place',
]);

/** Parts of speech of a short adjunct between a speech verb and "that" ("on Saturday", "in a statement"). */
const ADJUNCT_POS = new Set(['ADP', 'DET', 'NOUN', 'PROPN', 'NUM', 'ADV', 'ADJ']);

/** Possessives ("his lawyer said") are never the speaker themselves. */
const POSSESSIVES = new Set(['his', 'her', 'its', 'their', 'our', 'my', 'your']);

function canSpeak(m: MentionDraft): boolean {
  return SPEAKER_KINDS.has(m.kind) && !(m.kind === 'pronoun' && POSSESSIVES.has(m.text.toLowerCase()));
}

const OPEN_QUOTES = new Set(['“', '"', '‘']);
const RELATIVES = new Set(['that', 'which', 'who', 'whom', 'whose']);
const BETWEEN_SUBJECT_AND_VERB = new Set(['ADV', 'AUX', 'PART']);

/** Present-tense forms that wink sometimes tags as plural nouns after a name ("the White House claims"). */
const THIRD_PERSON_FORMS = new Map([
  ['claims', 'claim'],
  ['says', 'say'],
  ['warns', 'warn'],
  ['insists', 'insist'],
  ['states', 'state'],
  ['denies', 'deny'],
  ['reports', 'report'],
]);

function speechLemma(toks: readonly Token[], i: number): string | null {
  const t = toks[i];
  if (t.pos === 'VERB') {
    const l = t.lemma.toLowerCase();
    if (SPEECH_VERBS.has(l) || QUOTE_ONLY_VERBS.has(l)) return l;
  }
  // Most tokens do not follow a name: look the form up only for those that do.
  if (i === 0 || toks[i - 1].pos !== 'PROPN') return null;
  const form = THIRD_PERSON_FORMS.get(t.text.toLowerCase());
  if (form) {
    const next = toks[i + 1];
    if (
      next &&
      (next.pos === 'DET' || next.pos === 'PRON' || next.text.toLowerCase() === 'that' || next.text === ',')
    )
      return form;
  }
  return null;
}

interface Ctx {
  text: string;
  sentences: readonly Sentence[];
  tokens: readonly Token[][];
  /** Lower-cased token surfaces by sentence (`lowerOf`). */
  lowers: readonly (readonly string[])[];
  bySentence: MentionDraft[][];
}

const NEWLINE = 10;
const STRAIGHT_QUOTE = 34;
const LEFT_QUOTE = 0x201c;
const RIGHT_QUOTE = 0x201d;

/** Finds `“…”` and `"…"` pairs within each paragraph; an unclosed quote runs to the paragraph end. */
function directSpans(text: string): { open: number; close: number }[] {
  const out: { open: number; close: number }[] = [];
  let open = -1;
  let straightOpen = -1;
  // Character codes, not one-character strings: this loop reads every character of the article.
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c === NEWLINE) {
      if (open >= 0) out.push({ open, close: i });
      if (straightOpen >= 0) out.push({ open: straightOpen, close: i });
      open = -1;
      straightOpen = -1;
    } else if (c === LEFT_QUOTE) {
      if (open < 0) open = i;
    } else if (c === RIGHT_QUOTE) {
      if (open >= 0) {
        out.push({ open, close: i });
        open = -1;
      }
    } else if (c === STRAIGHT_QUOTE) {
      if (straightOpen < 0) straightOpen = i;
      else {
        out.push({ open: straightOpen, close: i });
        straightOpen = -1;
      }
    }
  }
  if (open >= 0) out.push({ open, close: text.length });
  if (straightOpen >= 0) out.push({ open: straightOpen, close: text.length });
  return out.sort((a, b) => a.open - b.open);
}

function sentenceAt(sentences: readonly Sentence[], offset: number): number {
  let lo = 0;
  let hi = sentences.length - 1;
  while (lo < hi) {
    const mid = (lo + hi + 1) >> 1;
    if (sentences[mid].start <= offset) lo = mid;
    else hi = mid - 1;
  }
  return lo;
}

/**
 * The subject of the speech verb at token `v`: the actor mention right before it (with only
 * adverbs or auxiliaries between), or for a participle after a comma ("…, stating that") and for a
 * coordinated verb ("went to X and wrote") the first actor mention of the sentence. A relative
 * pronoun just before the verb ("reports that said") means the speaker is not a mention.
 */
function subjectOf(toks: readonly Token[], mentions: MentionDraft[], v: number): MentionDraft | undefined {
  const prev = toks[v - 1];
  if (prev && RELATIVES.has(prev.text.toLowerCase()) && !(prev.text.toLowerCase() === 'who'))
    return undefined;
  const before = mentions.filter((m) => m.tokenEnd <= v && canSpeak(m));
  if (!before.length) return undefined;
  const isParticiple = toks[v].text.endsWith('ing') && prev && (prev.text === ',' || prev.pos === 'ADV');
  if (!isParticiple) {
    const near = before[before.length - 1];
    let ok = true;
    for (let k = near.tokenEnd; k < v; k++) {
      if (!BETWEEN_SUBJECT_AND_VERB.has(toks[k].pos) && toks[k].text.toLowerCase() !== 'also') {
        ok = false;
        break;
      }
    }
    if (ok) return near;
    if (prev && prev.text.toLowerCase() === 'who') return near;
  }
  // The first actor of the sentence, if no clause boundary word stands right before the verb.
  return before[0];
}

/**
 * Quote attributed after the quote: `”, said X`, `”, X said`, and with an apposition
 * `”, the spokesman for the rebels, Luis Mora, said` (the name is preferred to the description).
 */
function speakerAfter(ctx: Ctx, si: number, from: number): { speaker?: MentionDraft; verb?: string } {
  const toks = ctx.tokens[si];
  const mentions = ctx.bySentence[si];
  let k = toks.findIndex((t) => t.start >= from);
  if (k < 0) return {};
  while (k < toks.length && (toks[k].text === ',' || toks[k].text === '”' || toks[k].text === '"')) k++;
  if (k >= toks.length) return {};
  const verb = speechLemma(toks, k);
  if (verb) {
    const m = mentions.find((x) => x.tokenStart === k + 1 && canSpeak(x));
    if (m) return { speaker: m, verb: toks[k].text };
    return {};
  }
  const first = mentions.find((x) => x.tokenStart === k && canSpeak(x));
  if (!first) return {};
  // The speech verb must follow within the attribution, before any other clause starts.
  for (let v = first.tokenEnd; v < toks.length && v - first.tokenEnd < 12; v++) {
    const t = toks[v];
    if (OPEN_QUOTES.has(t.text) || t.text === '.' || t.text === ';') break;
    if (!speechLemma(toks, v)) continue;
    const between = mentions.filter((x) => x.tokenStart >= k && x.tokenEnd <= v && canSpeak(x));
    const named = between.find((x) => x.kind === 'person' && x !== first);
    return {
      speaker: first.kind === 'nominal' || first.kind === 'title' ? (named ?? first) : first,
      verb: t.text,
    };
  }
  return {};
}

/** Quote attributed before it in the same sentence: `X said, “…”`, `…, stating that they “…”`. */
function speakerBefore(ctx: Ctx, si: number, before: number): { speaker?: MentionDraft; verb?: string } {
  const toks = ctx.tokens[si];
  const mentions = ctx.bySentence[si];
  // Speech verbs first ("cited Colombia, stating, “…”" is introduced by "stating").
  for (const quoteOnly of [false, true]) {
    for (let v = 0; v < toks.length && toks[v].end <= before; v++) {
      const lemma = speechLemma(toks, v);
      if (!lemma || QUOTE_ONLY_VERBS.has(lemma) !== quoteOnly) continue;
      if (lemma === 'point' && toks[v + 1]?.text !== 'out') continue;
      const s = subjectOf(toks, mentions, v);
      if (s) return { speaker: s, verb: toks[v].text };
    }
  }
  return {};
}

/**
 * Finds direct quotes (curly and straight) and reported speech ("X said that…", "according to X",
 * "X told reporters…") with their speakers. A direct quote's speaker is looked for after it
 * (`”, said X`), before it in the sentence (`X said, “`), at the end of the previous sentence
 * (`X said:`) and, for a quote that stands alone, in the quote before it or the sentence after it.
 * `lowers` are the tokens' lower-cased forms from `tokenizeWithLower`, computed here if not given.
 */
export function findQuotes(
  text: string,
  sentences: readonly Sentence[],
  tokens: readonly Token[][],
  mentions: MentionDraft[],
  lowers: readonly (readonly string[])[] = tokens.map((toks) => toks.map(lowerOf)),
): Quote[] {
  const bySentence: MentionDraft[][] = sentences.map(() => []);
  for (const m of mentions) bySentence[m.sentence].push(m);
  const ctx: Ctx = { text, sentences, tokens, lowers, bySentence };
  const quotes: Quote[] = [];
  let lastDirect: Quote | null = null;
  for (const { open, close } of directSpans(text)) {
    if (close - open < 2 || !sentences.length) continue;
    const si = sentenceAt(sentences, open);
    const content: Span = { start: open + 1, end: close };
    const end = Math.min(text.length, close + 1);
    const q: Quote = { start: open, end, sentence: si, kind: 'direct', content };
    let found = speakerAfter(ctx, sentenceAt(sentences, Math.max(open, end - 1)), end);
    if (!found.speaker) found = speakerBefore(ctx, si, open);
    if (!found.speaker && si > 0) {
      const prev = sentences[si - 1];
      // "X said:" closing the previous sentence introduces this quote.
      if (/:\s*$/.test(prev.text)) found = speakerBefore(ctx, si - 1, prev.end);
      else if (lastDirect?.speaker && lastDirect.sentence === si - 1 && open - sentences[si].start < 3) {
        found = { speaker: mentions.find((m) => m.id === lastDirect?.speaker), verb: lastDirect.verb };
      }
    }
    if (!found.speaker && si + 1 < sentences.length && open - sentences[si].start < 3) {
      // A sentence that is all quote, attributed in the next one ("He said so.").
      const nextSi = si + 1;
      const nextToks = tokens[nextSi];
      const first = bySentence[nextSi][0];
      if (
        first &&
        first.tokenStart === 0 &&
        nextToks[first.tokenEnd] &&
        speechLemma(nextToks, first.tokenEnd)
      ) {
        found = { speaker: first, verb: nextToks[first.tokenEnd].text };
      }
    }
    if (found.speaker) q.speaker = found.speaker.id;
    if (found.verb) q.verb = found.verb;
    quotes.push(q);
    lastDirect = q;
  }
  for (const s of sentences) reportedIn(ctx, s, quotes);
  quotes.sort((a, b) => a.start - b.start || (a.kind === 'direct' ? -1 : 1));
  return quotes;
}

/** The end of a reported clause that ends at `e`: before the spaces and marks that close it. */
function trimClauseEnd(text: string, s: Sentence, e: number): number {
  let x = e;
  while (x > s.start && CLAUSE_END_CHAR.test(text[x - 1])) x--;
  return x;
}

const CLAUSE_END_CHAR = /[\s.,;:!?”"’]/;

/** Reported speech in one sentence, added to `out` (one array for all sentences: most add none). */
function reportedIn(ctx: Ctx, s: Sentence, out: Quote[]): void {
  const toks = ctx.tokens[s.index];
  const lw = ctx.lowers[s.index];
  const mentions = ctx.bySentence[s.index];
  for (let v = 0; v < toks.length; v++) {
    // Lower-cased forms differ from `toLowerCase` only in apostrophes, which these words lack.
    const w = lw[v];
    // "according to X", "as per X".
    if ((w === 'according' && toks[v + 1]?.text === 'to') || (w === 'as' && lw[v + 1] === 'per')) {
      const at = toks[v + 2]?.text.toLowerCase() === 'the' ? v + 3 : v + 2;
      const m = mentions.find((x) => x.tokenStart === at && canSpeak(x));
      if (!m) continue;
      const clauseStart = toks[v].start;
      const atStart = v === 0;
      const content: Span = atStart
        ? { start: nextAfterComma(toks, m.tokenEnd, s.end), end: trimClauseEnd(ctx.text, s, s.end) }
        : { start: s.start, end: trimClauseEnd(ctx.text, s, clauseStart) };
      out.push({
        start: s.start,
        end: s.end,
        sentence: s.index,
        kind: 'reported',
        content,
        speaker: m.id,
        verb: `${toks[v].text} ${toks[v + 1].text}`,
      });
    }
  }
  for (let v = 0; v < toks.length; v++) {
    const lemma = speechLemma(toks, v);
    if (!lemma || QUOTE_ONLY_VERBS.has(lemma)) continue;
    let k = v + 1;
    let verbText = toks[v].text;
    if (lemma === 'point') {
      if (toks[k]?.text !== 'out') continue;
      verbText += ' out';
      k++;
    }
    // Skip an indirect object ("told reporters", "told the council").
    if (lemma === 'tell' || lemma === 'warn' || lemma === 'assure' || lemma === 'inform') {
      const obj = mentions.find((x) => x.tokenStart === k) ?? null;
      if (obj) k = obj.tokenEnd;
      else {
        while (
          k < toks.length &&
          (toks[k].pos === 'NOUN' ||
            toks[k].pos === 'DET' ||
            toks[k].pos === 'ADJ' ||
            toks[k].pos === 'PRON') &&
          toks[k].text.toLowerCase() !== 'that'
        )
          k++;
      }
    }
    // "said on Saturday that", "said in a statement that": a short adjunct before "that".
    for (let x = k; x < Math.min(toks.length, k + 7); x++) {
      const t = toks[x];
      if (t.text.toLowerCase() === 'that') {
        k = x;
        break;
      }
      if (!ADJUNCT_POS.has(t.pos)) break;
    }
    const next = toks[k];
    if (!next) continue;
    let contentStart: number;
    if (next.text.toLowerCase() === 'that') {
      if (!toks[k + 1]) continue;
      contentStart = toks[k + 1].start;
    } else if (
      BARE_CLAUSE_VERBS.has(lemma) &&
      CLAUSE_START_POS.has(next.pos) &&
      !OPEN_QUOTES.has(next.text) &&
      hasVerbSoon(toks, k + 1)
    ) {
      contentStart = next.start;
    } else continue;
    const speaker = subjectOf(toks, mentions, v);
    const q: Quote = {
      start: s.start,
      end: s.end,
      sentence: s.index,
      kind: 'reported',
      content: { start: contentStart, end: trimClauseEnd(ctx.text, s, s.end) },
      verb: verbText,
    };
    if (q.content.end <= q.content.start) continue;
    if (speaker) q.speaker = speaker.id;
    out.push(q);
    // One reported clause per verb; a later speech verb inside the content belongs to it.
    break;
  }
}

/** Parts of speech that can open a reported clause after "said" ("said talks would resume"). */
const CLAUSE_START_POS = new Set(['PRON', 'DET', 'PROPN', 'NUM', 'NOUN', 'ADJ']);

/**
 * A clause has its own verb within a few words ("claims these are"); an object does not
 * ("claimed the attack."). This keeps "said" + clause and drops "claimed" + noun phrase.
 */
function hasVerbSoon(toks: readonly Token[], from: number): boolean {
  for (let k = from; k < Math.min(toks.length, from + 7); k++) {
    if (toks[k].pos === 'VERB' || toks[k].pos === 'AUX') return true;
    if (toks[k].pos === 'PUNCT') return false;
  }
  return false;
}

function nextAfterComma(toks: readonly Token[], from: number, fallback: number): number {
  for (let k = from; k < toks.length; k++) {
    if (toks[k].text === ',') return toks[k + 1]?.start ?? fallback;
  }
  return toks[from]?.start ?? fallback;
}
