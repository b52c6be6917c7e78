import { inSentence } from '../core/by-sentence.js';
import type { AnalyzedArticle, Casualties, CasualtyRange, Quantity } from '../core/records.js';
import { findNationalities } from '../places/nationality.js';
import { CUMULATIVE_CUES, cueWeight, INCIDENT_CUES, WEAK_CUMULATIVE_CUES } from './cumulative-cues.js';
import { findNumberPhrases, type NumberPhrase } from './number-phrase.js';

/** The kinds of casualty count an event can carry. */
export type CasualtyKind = 'killed' | 'injured' | 'survivors' | 'arrested' | 'missing';

/** Words after a number (with an optional auxiliary) that say what happened to those counted. */
const AFTER: [RegExp, CasualtyKind][] = [
  [/^(?:killed|dead|died|dies|deaths?|fatalities|bodies|lives|slain|perished)$/, 'killed'],
  [/^(?:injured|wounded|hurt|injuries|injuring|wounding)$/, 'injured'],
  [/^(?:survived|survivors?|rescued|pulled|recovered)$/, 'survivors'],
  [/^(?:arrested|detained|captured|apprehended|custody|detainees|held)$/, 'arrested'],
  [/^(?:missing|unaccounted)$/, 'missing'],
];

/** Words just before a number that say what happened to those counted. */
const BEFORE: [RegExp, CasualtyKind][] = [
  [
    /\b(?:killing|killed|kills|kill|slaying|slew|claimed the lives of|claiming the lives of|deaths of|death of|bodies of|killings? of)$|\b(?:toll|tally|body count|number (?:of )?(?:people |those )?(?:killed|dead)|total (?:killed|dead|number of deaths))\b[^;]{0,70}?\b(?:of|at|to|is|was|reached|hit|stands at|stood at)$|\bput (?:the|their) (?:number|toll|death toll|count|tally|figure|total) at$|\b(?:death toll|toll|tally|body count)$/,
    'killed',
  ],
  [/\b(?:injuring|wounding|injured|wounded|hurting)$/, 'injured'],
  [/\b(?:rescuing|rescued|left|leaving)$/, 'survivors'],
  [/\b(?:arresting|arrested|detaining|detained|capturing|captured|apprehending|apprehended)$/, 'arrested'],
];

/** Nouns after a number that make it a count of something other than people. */
const NON_HUMAN =
  /^(?:boats?|vessels?|ships?|craft|strikes?|attacks?|raids?|days?|weeks?|months?|years?|hours?|minutes?|miles?|kilomet(?:er|re)s?|km|nautical|percent|times|countries|nations|laboratories|labs?|tons?|tonnes?|kilograms?|kilos?|kg|pounds?|dollars?|million|billion|engines?|packages?|bales?|planes?|aircraft|jets?|drones?|missiles?|warships?|destroyers?)$/;
/** Words between a number and the noun it counts ("two more boats", "three other vessels"). */
const COUNT_MODIFIER = /^(?:more|other|additional|further|extra|separate|different)$/;
/** Nouns that make "a"/"an" a count of one person. */
const PERSON =
  /^(?:man|woman|person|fisherman|fisher|sailor|crewman|crew|member|civilian|national|citizen|survivor|smuggler|trafficker|passenger|boy|girl|child|teenager|individual|suspect|narco-terrorist|terrorist|captain|pilot)$/;
const STOP_AFTER =
  /^(?:and|but|or|while|after|before|when|because|said|says|told|according|announced|struck|hit|carried|in|on|at|during|from)$/;
const SKIP_BEFORE =
  /\s*(?:\b(?:all|another|an additional|a further|a total of|the|its|some|at least another|only))?\s*$/i;
const AUX =
  /^(?:were|was|are|is|have|has|had|been|be|being|reportedly|allegedly|later|all|also|feared|presumed|believed|confirmed|left|now|found)$/;

/** Every sentence with a casualty figure has one of these stems; others are skipped at once. */
const CASUALTY_WORD =
  /kill|dead|die|death|wound|injur|hurt|surviv|rescu|pulled|recover|arrest|detain|captur|apprehend|custody|held|missing|unaccounted|toll|tally|bodies|casualt|slain|slew|fatal|perish|lives|put (?:the|their|its) total/i;

interface Found {
  kind: CasualtyKind;
  range: CasualtyRange;
  cumulative: boolean;
  start: number;
}

const CLAUSE_BOUNDARY = /[,;:()\u2014\u2013]|\s-\s/g;

/**
 * Clause boundaries of a text as [index, length] pairs, read once per text: every figure's clause
 * is looked up in them, which would otherwise rescan the sentence per figure.
 */
function clauseBoundaries(text: string): number[] {
  const out: number[] = [];
  CLAUSE_BOUNDARY.lastIndex = 0;
  for (let m = CLAUSE_BOUNDARY.exec(text); m; m = CLAUSE_BOUNDARY.exec(text)) out.push(m.index, m[0].length);
  return out;
}

/** Splits a sentence into clauses at punctuation so cues apply near their number. */
function clauseAt(text: string, pos: number, bounds: number[]): { start: number; end: number } {
  let start = 0;
  let end = text.length;
  for (let i = 0; i < bounds.length; i += 2) {
    if (bounds[i] < pos) start = bounds[i] + bounds[i + 1];
    else {
      end = bounds[i];
      break;
    }
  }
  return { start, end };
}

const WORD_RE = /[\p{L}\p{N}'\u2019-]+|[,;:.!?()"\u201c\u201d\u2014\u2013]/gu;

function words(text: string): { w: string; start: number; end: number }[] {
  const out = [];
  WORD_RE.lastIndex = 0;
  for (let m = WORD_RE.exec(text); m; m = WORD_RE.exec(text))
    out.push({ w: m[0].toLowerCase(), start: m.index, end: m.index + m[0].length });
  return out;
}

/**
 * Does the first person or non-human noun in the text name a person? The words are read one by
 * one without building a list: this runs for every "a"/"an" of a casualty sentence.
 */
function firstCountedNounIsPerson(text: string): boolean {
  WORD_RE.lastIndex = 0;
  for (let m = WORD_RE.exec(text); m; m = WORD_RE.exec(text)) {
    const w = m[0].toLowerCase();
    if (PERSON.test(w)) return true;
    if (NON_HUMAN.test(w)) return false;
  }
  return false;
}

/** Is a JS `\w` character (what `\b` reads) at this position? */
function isWordChar(c: number): boolean {
  return (c >= 48 && c <= 57) || (c >= 65 && c <= 90) || (c >= 97 && c <= 122) || c === 95;
}

const SPACE_CHAR = /\s/;

/**
 * Does the text before `pos` end in the word "no" and spaces ("no one was injured")? The same as
 * testing /\bno\s*$/i on the prefix, read backwards from `pos` instead of over the whole prefix.
 */
function endsWithNo(text: string, pos: number): boolean {
  let j = pos;
  while (j > 0 && SPACE_CHAR.test(text[j - 1])) j--;
  if (j < 2) return false;
  const n = text.charCodeAt(j - 2);
  const o = text.charCodeAt(j - 1);
  if ((n !== 110 && n !== 78) || (o !== 111 && o !== 79)) return false;
  return j === 2 || !isWordChar(text.charCodeAt(j - 3));
}

/** What the words after a number say it counts, and where the casualty phrase ends. */
function classifyAfter(
  text: string,
  np: NumberPhrase,
  nextStart: number,
): { kind: CasualtyKind | null; end: number; firstNoun: string | null; unitKind: CasualtyKind | null } {
  // Scare quotes ("three \u201cnarco-terrorists\u201d were killed") do not end the phrase.
  const ws = words(text.slice(np.end, nextStart)).filter((x) => !/^["\u201c\u201d]$/.test(x.w));
  let firstNoun: string | null = null;
  let unitKind: CasualtyKind | null = null;
  // "two more boats": the count's noun comes after "more", "other", "additional".
  const nounAt = ws.length > 1 && COUNT_MODIFIER.test(ws[0].w) ? 1 : 0;
  for (let i = 0; i < ws.length && i < 9; i++) {
    const { w } = ws[i];
    if (/^[,;:.!?()"\u201c\u201d\u2014\u2013]$/.test(w)) break;
    if (i === nounAt) {
      firstNoun = w;
      if (NON_HUMAN.test(w)) return { kind: null, end: np.end, firstNoun, unitKind: null };
    }
    for (const [re, kind] of AFTER) {
      if (re.test(w)) {
        const prev = i > 0 ? ws[i - 1].w : null;
        // "two survivors" names survivors by its noun; "two survivors were killed" says more.
        if (w === 'survivors' || w === 'survivor' || w === 'bodies' || w === 'deaths' || w === 'fatalities') {
          if (unitKind === null) unitKind = kind;
          continue;
        }
        if (prev === null || AUX.test(prev) || i <= 4)
          return { kind, end: np.end + ws[i].end, firstNoun, unitKind };
      }
    }
    if (i > 0 && STOP_AFTER.test(w)) break;
  }
  let end = np.end;
  for (let i = 0; i < ws.length && i < 4; i++) {
    if (
      /^[,;:.!?()"\u201c\u201d\u2014\u2013]$/.test(ws[i].w) ||
      STOP_AFTER.test(ws[i].w) ||
      AUX.test(ws[i].w)
    )
      break;
    end = np.end + ws[i].end;
  }
  return { kind: unitKind, end, firstNoun, unitKind };
}

function classifyBefore(
  text: string,
  np: NumberPhrase,
  prevEnd: number,
): { kind: CasualtyKind | 'subset' | null; start: number } {
  const from = Math.max(prevEnd, np.start - 110);
  const before = text.slice(from, np.start).replace(SKIP_BEFORE, '').toLowerCase();
  if (/\b(?:including|among them|of whom|of them)$/.test(before)) return { kind: 'subset', start: np.start };
  for (const [re, kind] of BEFORE) {
    const m = re.exec(before);
    if (m) return { kind, start: from + m.index + (m[0].length - m[0].trimStart().length) };
  }
  return { kind: null, start: np.start };
}

/**
 * Whether a killed figure is a running total. Cues in the figure's own clause weigh three times
 * those elsewhere; clauses holding another number keep their cues to that number, so "killing
 * three, bringing the toll to 83" gives each figure its own reading.
 */
function cumulativeFor(
  text: string,
  np: NumberPhrase,
  rest: () => string,
  sinceDate: boolean,
  bounds: number[],
): boolean {
  const c = clauseAt(text, np.start, bounds);
  const clause = text.slice(c.start, c.end);
  const others = rest();
  const outside = others.slice(0, c.start) + ' '.repeat(c.end - c.start) + others.slice(c.end);
  const cum =
    cueWeight(clause, CUMULATIVE_CUES) * 3 + cueWeight(outside, CUMULATIVE_CUES) + (sinceDate ? 1 : 0);
  const weak = cueWeight(clause, WEAK_CUMULATIVE_CUES);
  const inc = cueWeight(clause, INCIDENT_CUES) * 3 + cueWeight(outside, INCIDENT_CUES);
  return cum + weak > inc;
}

/**
 * The sentence with every clause that holds a number (other than "a"/"an") blanked: what is left
 * for {@link cumulativeFor} to read as the context of a figure, once its own clause is blanked too.
 * Made once per sentence, in one pass (clauses do not overlap).
 */
function blankNumberClauses(text: string, phrases: NumberPhrase[], bounds: number[]): string {
  const blanked = new Map<number, number>();
  for (const o of phrases) {
    if (o.article) continue;
    const oc = clauseAt(text, o.start, bounds);
    blanked.set(oc.start, oc.end);
  }
  const parts: string[] = [];
  let at = 0;
  for (const [from, to] of [...blanked].sort((a, b) => a[0] - b[0])) {
    parts.push(text.slice(at, from), ' '.repeat(to - from));
    at = to;
  }
  parts.push(text.slice(at));
  return parts.join('');
}

/**
 * Most casualty figures read in one sentence. News sentences give a few; a "sentence" of hundreds
 * of numbers is a table, and reading each figure against all the others would cost time in the
 * square of their number.
 */
export const MAX_FIGURES_PER_SENTENCE = 24;

function fromQuantity(
  np: NumberPhrase,
  q: Quantity | undefined,
): Pick<CasualtyRange, 'min' | 'max' | 'best' | 'qualifier'> {
  // Ours also when we saw a qualifier the language stage did not ("pushing the toll past 75").
  if (
    !q ||
    q.ordinal ||
    (q.min === null && q.max === null && q.best === null) ||
    (np.qualifier && !q.qualifier && !np.article)
  )
    return { min: np.min, max: np.max, best: np.best, qualifier: np.qualifier };
  return { min: q.min, max: q.max, best: q.best, qualifier: q.qualifier };
}

/**
 * Casualty figures of one sentence's text. `offset` maps local positions to article offsets for
 * spans; `quantities` (article offsets) from the language stage take precedence over our own
 * reading of a number when they cover it. `sinceDate` says the language stage found a "since ..."
 * date in the sentence.
 */
export function casualtiesFromText(
  text: string,
  opts: { offset?: number; quantities?: Quantity[]; sinceDate?: boolean } = {},
): Casualties {
  if (!CASUALTY_WORD.test(text)) return {};
  const offset = opts.offset ?? 0;
  const phrases = findNumberPhrases(text);
  const found: Found[] = [];
  const nats = findNationalities(text);
  // read on the first figure that needs clauses
  let bounds: number[] | undefined;
  let rest: string | undefined;
  const restOf = () => {
    rest ??= blankNumberClauses(text, phrases, bounds ?? []);
    return rest;
  };
  for (let i = 0; i < phrases.length && found.length < MAX_FIGURES_PER_SENTENCE; i++) {
    const np = phrases[i];
    if (np.article) {
      // "a"/"an" is a count only before a person noun: "killing a Colombian fisherman".
      if (!firstCountedNounIsPerson(text.slice(np.end, np.end + 40))) continue;
    }
    const nextStart = i + 1 < phrases.length ? phrases[i + 1].start : text.length;
    const prevEnd = i > 0 ? phrases[i - 1].end : 0;
    const before = classifyBefore(text, np, prevEnd);
    if (before.kind === 'subset') continue;
    // "no one was injured" is a zero, read below, not a count of one.
    if (endsWithNo(text, np.start)) continue;
    const after = classifyAfter(text, np, nextStart);
    if (after.firstNoun && NON_HUMAN.test(after.firstNoun)) continue;
    let kind: CasualtyKind | null = before.kind ?? after.kind;
    // "leaving/left" only counts survivors when the noun says so ("leaving two survivors").
    if (
      before.kind === 'survivors' &&
      /(?:left|leaving)$/.test(text.slice(0, np.start).trimEnd()) &&
      after.unitKind !== 'survivors'
    )
      kind = after.kind === 'killed' ? 'killed' : after.kind;
    if (!kind) continue;
    bounds ??= clauseBoundaries(text);
    // A quantity that starts before our phrase has swallowed other words ("Sept. 2 to 37").
    const q = opts.quantities?.find((x) => x.start >= offset + np.start - 1 && x.start < offset + np.end);
    const values = fromQuantity(np, q);
    const phraseEnd = Math.max(np.end, after.end);
    const phraseStart = Math.min(np.start, before.start);
    const cumulative = kind === 'killed' && cumulativeFor(text, np, restOf, opts.sinceDate ?? false, bounds);
    const range: CasualtyRange = {
      ...values,
      phrase: text.slice(phraseStart, phraseEnd).trim(),
      span: { start: offset + phraseStart, end: offset + phraseEnd },
    };
    if (cumulative) range.cumulative = true;
    const nat = nationalityFor(text, np, phraseEnd, nats, bounds);
    if (nat) range.nationality = nat;
    found.push({ kind, range, cumulative, start: np.start });
  }
  addZeroCounts(text, offset, found);
  addUncountedDeaths(text, offset, found, nats);
  const out: Casualties = {};
  for (const kind of ['killed', 'injured', 'survivors', 'arrested', 'missing'] as CasualtyKind[]) {
    const own = found.find((f) => f.kind === kind && !f.cumulative);
    const total = found.find((f) => f.kind === kind && f.cumulative);
    if (own) out[kind] = own.range;
    else if (total) out[kind] = total.range;
    if (kind === 'killed' && total) out.killedTotal = total.range;
  }
  return out;
}

/** Nouns for people that a nationality word may qualify. */
const PEOPLE_AFTER_DEMONYM =
  /^\s+(?:nationals|citizens|fishermen|fisherman|men|man|women|woman|people|crew|crewmen|crew members|sailors|civilians|migrants|smugglers|passengers)\b/;

/**
 * The nationality of those counted: a nationality word inside the casualty phrase ("three
 * Colombian nationals", "a Colombian fisherman"), or elsewhere in the same clause when it names
 * people ("Two Venezuelans were among the six killed"), not a title ("Colombian President").
 */
function nationalityFor(
  text: string,
  np: NumberPhrase,
  phraseEnd: number,
  nats: { country: string; start: number; end: number }[],
  bounds: number[],
): string | undefined {
  const inside = nats.find((n) => n.start >= np.start && n.start <= phraseEnd + 2);
  if (inside) return inside.country;
  const c = clauseAt(text, np.start, bounds);
  const inClause = nats.find(
    (n) =>
      n.start >= c.start &&
      n.end <= c.end &&
      (/s$/.test(text.slice(n.start, n.end)) || PEOPLE_AFTER_DEMONYM.test(text.slice(n.end, n.end + 20))),
  );
  return inClause?.country;
}

/** "No one was killed", "no injuries were reported": a count of zero. */
function addZeroCounts(text: string, offset: number, found: Found[]): void {
  const re =
    /\b(?:no one|nobody|none)\s+(?:\w+\s+){0,3}?(?:(?:was|were|had been|has been)\s+(?:\w+\s+)?(killed|injured|hurt|wounded|arrested|detained)\b|(survived)\b)|\bno\s+(?:\w+\s+)?(deaths|casualties|injuries|arrests|survivors)\b/gi;
  for (let m = re.exec(text); m; m = re.exec(text)) {
    const w = (m[1] ?? m[2] ?? m[3]).toLowerCase();
    const kind: CasualtyKind | null = /killed|deaths|casualties/.test(w)
      ? 'killed'
      : /injur|hurt|wound/.test(w)
        ? 'injured'
        : /arrest|detain/.test(w)
          ? 'arrested'
          : /surviv/.test(w)
            ? 'survivors'
            : null;
    if (!kind || found.some((f) => f.kind === kind)) continue;
    found.push({
      kind,
      cumulative: false,
      start: m.index,
      range: {
        min: 0,
        max: 0,
        best: 0,
        qualifier: 'none',
        phrase: m[0],
        span: { start: offset + m.index, end: offset + m.index + m[0].length },
      },
    });
  }
}

/** "resulted in the deaths of Colombian nationals": deaths with a nationality but no number. */
function addUncountedDeaths(
  text: string,
  offset: number,
  found: Found[],
  nats: { country: string; start: number; end: number }[],
): void {
  if (found.some((f) => f.kind === 'killed')) return;
  const re = /\b(?:deaths? of|killing|killed|kills)\s+(?:\w+\s+){0,2}?$/i;
  for (const n of nats) {
    const before = text.slice(Math.max(0, n.start - 40), n.start);
    if (!re.test(before)) continue;
    const m = re.exec(before)!;
    const start = n.start - before.length + m.index;
    const tail = /^\s*(?:nationals|citizens|fishermen|people|men|crew|sailors|civilians)?/.exec(
      text.slice(n.end),
    )![0];
    const end = n.end + tail.length;
    found.push({
      kind: 'killed',
      cumulative: false,
      start,
      range: {
        min: null,
        max: null,
        best: null,
        qualifier: null,
        phrase: text.slice(start, end),
        span: { start: offset + start, end: offset + end },
        nationality: n.country,
      },
    });
    return;
  }
}

/**
 * Casualty figures stated in one sentence of an analysed article: killed, injured, survivors,
 * arrested and missing, each a range with its phrase and span. A running total for a campaign is
 * flagged `cumulative`; when the sentence gives both a per-incident count and a running total, the
 * first is `killed` and the second `killedTotal`.
 */
export function extractCasualties(analyzed: AnalyzedArticle, sentenceIndex: number): Casualties {
  const at = analyzed.sentences[sentenceIndex];
  // sentences are stored in index order, so the direct look-up almost always hits
  const s =
    at?.index === sentenceIndex
      ? at
      : (analyzed.sentences.find((x) => x.index === sentenceIndex) ?? analyzed.sentences[sentenceIndex]);
  if (!s) return {};
  // checked here too so that sentences without a casualty word skip gathering quantities and dates
  if (!CASUALTY_WORD.test(s.text)) return {};
  return casualtiesFromText(s.text, {
    offset: s.start,
    quantities: [...inSentence(analyzed.quantities, s.index)],
    sinceDate: inSentence(analyzed.dates, s.index).some((d) => d.since === true),
  });
}
