import type { Sentence } from '../core/records.js';

/**
 * Abbreviations after which a full stop never ends a sentence: titles and honorifics, which are
 * always followed by a name, and a few others that are always followed by more of the sentence.
 */
const NEVER_FINAL = new Set(
  'mr mrs ms dr prof gen lt col maj capt sgt cpl pvt adm cmdr gov sen rep rev hon pres supt insp det st mt ft messrs mme mlle vs approx e.g i.e cf'.split(
    ' ',
  ),
);

/**
 * Abbreviations that may or may not end a sentence ("in the U.S. The next day"): the sentence ends
 * there only when the next word is one that typically starts a sentence.
 */
const MAYBE_FINAL = new Set(
  (
    'u.s u.k u.n e.u u.s.a d.c inc corp ltd co jr sr bros a.m p.m etc no nos art fig vol est al ' +
    'jan feb mar apr jun jul aug sep sept oct nov dec mon tue tues wed thu thur thurs fri sat sun'
  ).split(' '),
);

/** Words that commonly open a sentence; after an ambiguous abbreviation they mark a new one. */
const SENTENCE_OPENERS = new Set(
  (
    'the a an he she it they we i you this that these those there but and in on at for if when while after before since as his her its their our my some many most no none one ' +
    'two both however meanwhile earlier later last yet so still then also what who why how where officials critics lawmakers according separately following'
  ).split(' '),
);

const CLOSERS = '"\'”’)]»';
const OPENERS = '"\'“‘([«';

/** A line that is only a dateline ("BOGOTA, Dec 3 (Sample Wire) -") joins the line after it. */
const DATELINE_ONLY = /^[A-Z][A-Z .'-]+,?[^\n]{0,60}[-–—]\s*$/;

/**
 * Splits text into sentences with character offsets. A newline is always a boundary and starts a
 * new paragraph (except after a line that is only a dateline). Within a line, a sentence ends at
 * `.`, `!` or `?` (with any closing quotes or brackets) followed by whitespace and a word that can
 * start a sentence: an upper-case letter, a digit or an opening quote. Titles and initials never
 * end a sentence; ambiguous abbreviations (U.S., Sept., Inc.) do only before a typical opener.
 *
 * Written here rather than taken from `sbd` because we need offsets, not strings, and `sbd`
 * breaks "the U.S. Navy" after "U.S.".
 */
export function splitSentences(text: string): Sentence[] {
  const out: Sentence[] = [];
  let paragraph = 0;
  let lineStart = 0;
  let pendingStart = -1;
  const n = text.length;
  while (lineStart <= n) {
    let lineEnd = text.indexOf('\n', lineStart);
    if (lineEnd < 0) lineEnd = n;
    const line = text.slice(lineStart, lineEnd);
    if (line.trim() === '') {
      lineStart = lineEnd + 1;
      if (lineEnd >= n) break;
      continue;
    }
    if (DATELINE_ONLY.test(line.trim()) && lineEnd < n) {
      if (pendingStart < 0) pendingStart = lineStart;
      lineStart = lineEnd + 1;
      continue;
    }
    const from = pendingStart >= 0 ? pendingStart : lineStart;
    pendingStart = -1;
    splitLine(text, from, lineStart, lineEnd, paragraph, out);
    paragraph++;
    lineStart = lineEnd + 1;
    if (lineEnd >= n) break;
  }
  return out;
}

function isSpace(c: number): boolean {
  return c === 32 || c === 10 || c === 9 || c === 13 || c === 160 || c === 0x2009 || c === 0x202f;
}

function isUpper(c: string): boolean {
  return c !== c.toLowerCase() && c === c.toUpperCase();
}

function isDigit(c: string): boolean {
  return c >= '0' && c <= '9';
}

/** Splits one line `[scanFrom, lineEnd)`; the first sentence starts at `start`. */
function splitLine(
  text: string,
  start: number,
  scanFrom: number,
  lineEnd: number,
  paragraph: number,
  out: Sentence[],
): void {
  let sentStart = start;
  for (let i = scanFrom; i < lineEnd; i++) {
    // Character codes, not one-letter strings: this loop reads every character of the article.
    const c = text.charCodeAt(i);
    if (c !== 46 && c !== 33 && c !== 63) continue; // . ! ?
    let j = i + 1;
    while (j < lineEnd && (text[j] === '.' || text[j] === '!' || text[j] === '?')) j++;
    while (j < lineEnd && CLOSERS.includes(text[j])) j++;
    if (j >= lineEnd || !isSpace(text.charCodeAt(j))) {
      i = j - 1;
      continue;
    }
    let k = j;
    while (k < lineEnd && isSpace(text.charCodeAt(k))) k++;
    if (k >= lineEnd) break;
    let next = k;
    while (next < lineEnd && OPENERS.includes(text[next])) next++;
    const nc = text[next] ?? '';
    if (!(isUpper(nc) || isDigit(nc) || next > k)) {
      i = j - 1;
      continue;
    }
    if (c === 46 && j === i + 1 && !endsSentenceAfterPeriod(text, sentStart, i, next, lineEnd)) {
      i = j - 1;
      continue;
    }
    pushSentence(text, sentStart, j, paragraph, out);
    sentStart = k;
    i = k - 1;
  }
  pushSentence(text, sentStart, lineEnd, paragraph, out);
}

/** Decides whether the full stop at `dot` ends the sentence, given the next word at `next`. */
function endsSentenceAfterPeriod(
  text: string,
  sentStart: number,
  dot: number,
  next: number,
  lineEnd: number,
): boolean {
  let w = dot;
  while (w > sentStart && !/[\s"“‘([]/.test(text[w - 1])) w--;
  const word = text.slice(w, dot).toLowerCase();
  if (word.length === 0) return true;
  if (NEVER_FINAL.has(word)) return false;
  // A single letter is an initial ("J. Smith") unless a typical opener follows: then it is a
  // one-letter name at the end of a sentence ("announced the strike on X. He said ...").
  const letter = word.length === 1 && /[a-z]/.test(word) && word !== 'i';
  if (letter || MAYBE_FINAL.has(word) || /^([a-z]\.)+[a-z]$/.test(word)) {
    let e = next;
    while (e < lineEnd && /[A-Za-z']/.test(text[e])) e++;
    const nextWord = text.slice(next, e).toLowerCase();
    if (isDigit(text[next] ?? '')) return false;
    return SENTENCE_OPENERS.has(nextWord);
  }
  return true;
}

/**
 * Longest sentence, in characters, handed to the later stages. Some of their steps compare the
 * words of a sentence with each other, so a "sentence" of a megabyte (a list, a dump, text
 * without full stops) would cost time in the square of its length. News sentences are far
 * shorter; a longer one is cut at the last space before the limit.
 */
export const MAX_SENTENCE_CHARS = 1000;

function pushSentence(text: string, start: number, end: number, paragraph: number, out: Sentence[]): void {
  while (start < end && isSpace(text.charCodeAt(start))) start++;
  while (end > start && isSpace(text.charCodeAt(end - 1))) end--;
  if (end <= start) return;
  while (end - start > MAX_SENTENCE_CHARS) {
    const cut = cutPoint(text, start, end);
    if (cut >= end) break;
    pushSentence(text, start, cut, paragraph, out);
    start = cut;
    while (start < end && isSpace(text.charCodeAt(start))) start++;
  }
  out.push({ index: out.length, start, end, text: text.slice(start, end), paragraph });
}

/**
 * Where to cut an over-long sentence starting at `start`: the last space before the limit, or,
 * inside a run with no space (a blob, kept whole), the first space after it.
 */
function cutPoint(text: string, start: number, end: number): number {
  const limit = start + MAX_SENTENCE_CHARS;
  for (let i = limit; i > start; i--) if (isSpace(text.charCodeAt(i))) return i;
  for (let i = limit + 1; i < end; i++) if (isSpace(text.charCodeAt(i))) return i;
  return end;
}
