import type { Mention, MentionKind, Sentence, Token } from '../core/records.js';
import { demonymWords, knownOrganisations } from '../knowledge/mention-names.js';
import {
  GROUP_NOUNS,
  NAME_JOINERS,
  NOMINAL_HEADS,
  NOT_NAMES,
  ORG_HEADS,
  PRONOUNS,
  TITLE_HEADS,
  TITLE_MODIFIERS,
  WEAK_GROUP_NOUNS,
} from './lexicon/actors.js';
import { countryNameSet, fold, isCity, isRegion, isSea } from './lexicon/places.js';
import { lowerOf } from './tokenize.js';

/** Lower-case nouns that turn a preceding name into an organisation ("the Trump administration"). */
const ORG_AFTER_NAME = new Set([
  'administration',
  'government',
  'regime',
  'military',
  'army',
  'navy',
  'ministry',
  'cabinet',
  'forces',
  'police',
  'campaign',
  'embassy',
  'coast guard',
  'junta',
]);

/** Heads that name an organisation after a portfolio ("State Department") and a region after a place name ("Santa Cruz Department"). */
const REGION_OR_ORG = new Set(['department', 'state', 'district', 'province']);

const DETERMINERS = new Set(['the', 'this', 'that', 'these', 'those']);

const NUMBER_WORDS = new Set([
  'two',
  'three',
  'four',
  'five',
  'six',
  'seven',
  'eight',
  'nine',
  'ten',
  'both',
  'two-country',
  'several',
]);

const SPEECH_AFTER = new Set([
  'say',
  'tell',
  'state',
  'add',
  'warn',
  'write',
  'claim',
  'announce',
  'insist',
  'deny',
  'accuse',
  'vow',
  'threaten',
  'argue',
  'note',
]);

/** Internal view of a mention while it is being built: the name without its title. */
export interface MentionDraft extends Mention {
  /** Name part without title words, for proper names. */
  name?: string;
  /** Index of its first and one past its last token in the sentence. */
  tokenStart: number;
  tokenEnd: number;
}

/**
 * Every start of a head of several words up to one of its spaces ("prime" of "prime minister"):
 * a pair of words is looked up as a head only after its first word, which saves making the pair.
 */
const HEAD_PREFIXES: ReadonlySet<string> = new Set(
  [...NOMINAL_HEADS.keys()].flatMap((head) => {
    const prefixes: string[] = [];
    for (let i = head.indexOf(' '); i >= 0; i = head.indexOf(' ', i + 1)) prefixes.push(head.slice(0, i));
    return prefixes;
  }),
);

function isCapitalised(t: string): boolean {
  const c = t.charCodeAt(0);
  return c >= 65 && c <= 90;
}

/** A token that may start or continue a proper name. */
function isNameToken(toks: Token[], lw: string[], i: number, clauseStart: boolean): boolean {
  const t = toks[i];
  if (!isCapitalised(t.text) || t.pos === 'PUNCT' || t.pos === 'NUM') return false;
  const w = lw[i];
  if (NOT_NAMES.has(w.endsWith('.') ? w.slice(0, -1) : w) && !TITLE_HEADS.has(w)) return false;
  if (clauseStart) {
    if (GROUP_NOUNS.has(w)) return false;
    if (t.pos === 'PROPN') return true;
    return (
      TITLE_HEADS.has(w) ||
      ORG_HEADS.has(w) ||
      demonymWords().has(w) ||
      countryNameSet().has(fold(w)) ||
      isCity(w)
    );
  }
  if (t.pos === 'PRON' && w === 'i') return false;
  return true;
}

/** A word our lists know as a country, city, demonym, organisation or title. */
function isKnownName(w: string): boolean {
  return (
    TITLE_HEADS.has(w) ||
    ORG_HEADS.has(w) ||
    knownOrganisations().has(w) ||
    demonymWords().has(w) ||
    countryNameSet().has(fold(w)) ||
    isCity(w)
  );
}

/** True where a token starts a clause, so that its capital letter says nothing. */
function atClauseStart(toks: Token[], i: number): boolean {
  if (i === 0) return true;
  const p = toks[i - 1].text;
  return p === '“' || p === '"' || p === ':' || p === '‘' || p === '(' || p === '—' || p === '-' || p === ';';
}

/**
 * Finds mentions in one sentence: proper names (with any title in front), organisations named by
 * a name and a head noun, demonyms, group nouns, pronouns and definite nominals. Mentions do not
 * overlap; proper names take precedence.
 */
export function findMentions(
  sentence: Sentence,
  toks: Token[],
  text: string,
  lw: string[] = toks.map(lowerOf),
): MentionDraft[] {
  const out: MentionDraft[] = [];
  const taken = new Uint8Array(toks.length);
  const make = (
    a: number,
    b: number,
    kind: MentionKind,
    extra?: { name?: string; title?: string },
  ): MentionDraft => {
    const m: MentionDraft = {
      // Ids are given once the article's mentions are in text order.
      id: '',
      sentence: sentence.index,
      start: toks[a].start,
      end: toks[b - 1].end,
      text: text.slice(toks[a].start, toks[b - 1].end),
      kind,
      tokenStart: a,
      tokenEnd: b,
    };
    if (extra?.name !== undefined) m.name = extra.name;
    if (extra?.title !== undefined) m.title = extra.title;
    // A title reaching left over a mention already made ("Venezuelan" before "leader Nicolás
    // Maduro") swallows it.
    for (let k = a; k < b; k++) {
      if (!taken[k]) continue;
      const inner = out.findIndex((x) => x.tokenStart >= a && x.tokenEnd <= b);
      if (inner >= 0) out.splice(inner, 1);
    }
    for (let k = a; k < b; k++) taken[k] = 1;
    out.push(m);
    return m;
  };

  // Proper names.
  const chunkEnd = (i: number): number => {
    let j = i + 1;
    while (j < toks.length) {
      if (toks[j].start > toks[j - 1].end + 1) break;
      if (isNameToken(toks, lw, j, false)) {
        j++;
        continue;
      }
      // "Secretary-General", "Al-Shabaab": a hyphen written without spaces inside a name.
      if (
        toks[j].text === '-' &&
        j + 1 < toks.length &&
        toks[j].start === toks[j - 1].end &&
        toks[j + 1].start === toks[j].end &&
        isNameToken(toks, lw, j + 1, false)
      ) {
        j += 2;
        continue;
      }
      if (
        j + 1 < toks.length &&
        NAME_JOINERS.has(lw[j]) &&
        isNameToken(toks, lw, j + 1, false) &&
        joinerFits(toks, lw, i, j)
      ) {
        j += 2;
        continue;
      }
      break;
    }
    return j;
  };
  for (let i = 0; i < toks.length; i++) {
    // Most words are in lower case and never start a name: skip them before reading the clause.
    if (!isCapitalised(toks[i].text)) continue;
    const clauseStart = atClauseStart(toks, i);
    if (!isNameToken(toks, lw, i, clauseStart)) continue;
    // A capitalised group noun on its own ("Critics", "Police") is left to the group pass.
    if (GROUP_NOUNS.has(lw[i]) && !(i + 1 < toks.length && isNameToken(toks, lw, i + 1, false))) continue;
    const j = chunkEnd(i);
    // Names of operations and campaigns are not actors or places.
    if (lw[i] === 'operation' && j > i + 1) {
      i = j - 1;
      continue;
    }
    // A capitalised adjective opening a sentence ("Legal experts said") is not a name.
    if (
      clauseStart &&
      j === i + 1 &&
      toks[j]?.pos === 'NOUN' &&
      !isCapitalised(toks[j].text) &&
      !isKnownName(lw[i])
    )
      continue;
    // "Pakistan's army", "Israel's military": a state's own body, one organisation
    if (
      (lw[j] === "'s" || lw[j] === '’s') &&
      j + 1 < toks.length &&
      ORG_AFTER_NAME.has(lw[j + 1]) &&
      !isCapitalised(toks[j + 1].text) &&
      (countryNameSet().has(fold(text.slice(toks[i].start, toks[j - 1].end))) ||
        isCity(fold(text.slice(toks[i].start, toks[j - 1].end))))
    ) {
      make(i, j + 2, 'organization', { name: text.slice(toks[i].start, toks[j + 1].end) });
      i = j + 1;
      continue;
    }
    // "Colombia's Foreign Ministry" is one organisation.
    if ((lw[j] === "'s" || lw[j] === 's') && j + 1 < toks.length && isNameToken(toks, lw, j + 1, false)) {
      const k = chunkEnd(j + 1);
      const owner = fold(text.slice(toks[i].start, toks[j - 1].end));
      if (
        ORG_HEADS.has(lw[k - 1]) &&
        (countryNameSet().has(owner) || isCity(owner) || knownOrganisations().has(owner))
      ) {
        make(i, k, 'organization', { name: text.slice(toks[i].start, toks[k - 1].end) });
        i = k - 1;
        continue;
      }
    }
    classifyChunk(toks, lw, i, j, make);
    i = j - 1;
  }

  for (let i = 0; i < toks.length; i++) {
    if (taken[i]) continue;
    const t = toks[i];
    const w = lw[i];
    // Definite nominals: "the ministry", "the two countries", "the foreign minister".
    if (DETERMINERS.has(w) && i + 1 < toks.length) {
      let j = i + 1;
      if (NUMBER_WORDS.has(lw[j]) || (toks[j].pos === 'ADJ' && !taken[j])) j++;
      let head = -1;
      for (let k = j; k < Math.min(toks.length, j + 3); k++) {
        if (taken[k] || (toks[k].pos !== 'NOUN' && toks[k].pos !== 'PROPN' && toks[k].pos !== 'ADJ')) break;
        const two = k + 1 < toks.length && HEAD_PREFIXES.has(lw[k]) ? `${lw[k]} ${lw[k + 1]}` : '';
        if (two && NOMINAL_HEADS.has(two) && !taken[k + 1]) {
          head = k + 1;
          break;
        }
        if (
          NOMINAL_HEADS.has(lw[k]) &&
          !(k + 1 < toks.length && toks[k + 1].pos === 'NOUN' && !NOMINAL_HEADS.has(lw[k + 1]))
        ) {
          head = k;
          break;
        }
      }
      const hw = head >= 0 ? lw[head] : '';
      const two = head > 0 ? `${lw[head - 1]} ${hw}` : hw;
      const key = NOMINAL_HEADS.has(two) ? two : hw;
      // Plural group heads ("the rebels") are left to the group pass.
      if (head >= 0 && NOMINAL_HEADS.get(key) !== 'group') {
        const m = make(i, head + 1, 'nominal', { name: key });
        if (NOMINAL_HEADS.get(key) === 'person') m.title = key;
        i = head;
        continue;
      }
    }
    // Group nouns, with a demonym or country just before them ("Colombian nationals").
    if ((t.pos === 'NOUN' || t.pos === 'PROPN') && GROUP_NOUNS.has(w)) {
      const prev = out.find((m) => m.tokenEnd === i) ?? null;
      const joined = prev && (prev.kind === 'demonym' || prev.kind === 'country');
      if (WEAK_GROUP_NOUNS.has(w) && !joined) continue;
      if (joined && prev) {
        out.splice(out.indexOf(prev), 1);
        for (let k = prev.tokenStart; k < prev.tokenEnd; k++) taken[k] = 0;
        make(prev.tokenStart, i + 1, 'group', { name: text.slice(prev.start, t.end) });
      } else {
        // Hyphenated compounds come as three tokens: "narco", "-", "terrorists".
        let a = i;
        while (
          a >= 2 &&
          toks[a - 1].text === '-' &&
          toks[a - 1].start === toks[a - 2].end &&
          toks[a].start === toks[a - 1].end &&
          !taken[a - 2]
        )
          a -= 2;
        // "Opposition leaders criticised", "Rebel fighters": a group word that opens the sentence
        // modifies the group noun after it
        const first = a - 1;
        const fw = first >= 0 ? lw[first] : '';
        if (
          first >= 0 &&
          !taken[first] &&
          atClauseStart(toks, first) &&
          (WEAK_GROUP_NOUNS.has(fw) || GROUP_NOUNS.has(`${fw}s`))
        )
          a = first;
        make(a, i + 1, 'group', { name: text.slice(toks[a].start, t.end) });
      }
      continue;
    }
    // Pronouns; "US" in capitals is the country, not the pronoun.
    if (t.pos === 'PRON' && PRONOUNS.has(w) && !(w === 'us' && t.text === 'US')) {
      if (w === 'it' && isPleonasticIt(toks, lw, i)) continue;
      make(i, i + 1, 'pronoun');
    }
  }
  if (out.length > 1) out.sort((a, b) => a.start - b.start);
  return out;
}

/** "of", "and", "for" join names only after a head word ("Ministry of Defense", "Gulf of Mexico"). */
function joinerFits(toks: Token[], lw: string[], chunkStart: number, joiner: number): boolean {
  const j = lw[joiner];
  const before = lw[joiner - 1];
  if (j === 'of' || j === 'for') {
    return (
      ORG_HEADS.has(before) ||
      TITLE_HEADS.has(before) ||
      before === 'gulf' ||
      before === 'bay' ||
      before === 'sea' ||
      before === 'republic' ||
      before === 'kingdom' ||
      before === 'state' ||
      before === 'states' ||
      before === 'horn' ||
      before === 'strait'
    );
  }
  if (j === 'and') {
    const name = toks
      .slice(chunkStart, joiner + 2)
      .map((t) => t.text)
      .join(' ');
    return countryNameSet().has(fold(name));
  }
  // Particles of personal names: "Luis de la Cruz", "Omar al Bashir".
  return joiner > chunkStart && joiner - chunkStart < 4;
}

/** "it is unclear whether", "it was reported that": an "it" that refers to nothing. */
function isPleonasticIt(toks: Token[], lw: string[], i: number): boolean {
  const next = toks[i + 1];
  if (!next || (next.lemma !== 'be' && next.lemma !== 'seem' && next.lemma !== 'appear')) return false;
  for (let k = i + 2; k < Math.min(toks.length, i + 6); k++) {
    const w = lw[k];
    if (w === 'that' || w === 'to' || w === 'whether' || w === 'unclear' || w === 'likely' || w === 'time')
      return true;
  }
  return false;
}

/** Words that can be part of a title: heads, modifiers, demonyms, the hyphen of "Secretary-General", an organisation ("U.N. envoy"). */
function isTitleWord(w: string): boolean {
  return (
    TITLE_HEADS.has(w) ||
    TITLE_MODIFIERS.has(w) ||
    demonymWords().has(w) ||
    w === 'u.s.' ||
    w === 'us' ||
    w === 'of' ||
    w === '-' ||
    knownOrganisations().has(w)
  );
}

/** Classifies the proper-name chunk `[a, b)` and records it. */
function classifyChunk(
  toks: Token[],
  lw: string[],
  a: number,
  b: number,
  make: (a: number, b: number, kind: MentionKind, extra?: { name?: string; title?: string }) => MentionDraft,
): void {
  // Leading title words, ending in a title head: "Colombian President", "Defense Secretary".
  let titleEnd = -1;
  for (let k = a; k < b; k++) {
    const w = lw[k];
    if (!isTitleWord(w) && !(k > a && lw[k - 1] === 'of' && TITLE_MODIFIERS.has(w))) break;
    if (TITLE_HEADS.has(w) || (k > a && lw[k - 1] === 'of')) titleEnd = k + 1;
  }
  // A title ending with an organisation word is an organisation ("Foreign Ministry" is not a title).
  let start = a;
  // The words as written, with one space wherever the text had any (names may span a line break).
  const name = (x: number, y: number) => {
    let out = toks[x].text;
    for (let k = x + 1; k < y; k++) out += (toks[k].start > toks[k - 1].end ? ' ' : '') + toks[k].text;
    return out;
  };
  const after = b < toks.length ? lw[b] : '';

  if (titleEnd > a && titleEnd < b && !ORG_HEADS.has(lw[b - 1])) {
    // A lower-case title before the chunk belongs to it too ("defense secretary Pete Hegseth").
    start = extendTitleLeft(toks, lw, a);
    const title = name(start, titleEnd);
    make(start, b, 'person', { title, name: name(titleEnd, b) });
    return;
  }
  if (titleEnd === b) {
    const whole = name(a, b);
    if (b - a === 1 && demonymWords().has(lw[a])) {
      make(a, b, 'demonym', { name: whole });
    } else {
      make(a, b, 'title', { title: whole, name: whole });
    }
    return;
  }
  const whole = name(a, b);
  const folded = fold(whole);
  // The first, last and next-to-last words, read off in place ("split" made an array per chunk).
  const firstSpace = folded.indexOf(' ');
  const lastSpace = folded.lastIndexOf(' ');
  const first = firstSpace < 0 ? folded : folded.slice(0, firstSpace);
  const last = folded.slice(lastSpace + 1);
  const manyWords = firstSpace >= 0;
  let kind: MentionKind;
  if (ORG_AFTER_NAME.has(after) && toks[b].pos === 'NOUN') {
    make(a, b + 1, 'organization', { name: `${whole} ${toks[b].text}` });
    return;
  }
  if (
    knownOrganisations().has(folded) ||
    (folded.startsWith('the ') && knownOrganisations().has(folded.slice(4)))
  )
    kind = 'organization';
  else if (countryNameSet().has(folded)) kind = 'country';
  else if (demonymWords().has(folded)) kind = 'demonym';
  else if (isSea(folded, last, first)) kind = 'sea';
  else if (
    ORG_HEADS.has(last) &&
    !(
      REGION_OR_ORG.has(last) &&
      manyWords &&
      !TITLE_MODIFIERS.has(folded.slice(folded.lastIndexOf(' ', lastSpace - 1) + 1, lastSpace))
    )
  )
    kind = 'organization';
  else if (isRegion(folded, last)) kind = 'region';
  else if (isCity(folded)) kind = 'city';
  else if (/^[A-Z][A-Z.&-]{1,6}$/.test(whole)) kind = 'organization';
  else if (b - a >= 2 && demonymWords().has(first) && manyWords && firstSpace === lastSpace) kind = 'group';
  else if (b - a >= 2) kind = 'person';
  else kind = guessSingle(toks, lw, a, b);
  const from = extendTitleLeft(toks, lw, a, kind);
  make(from, b, kind, from < a ? { name: whole, title: name(from, a) } : { name: whole });
}

/** Extends a person mention left over lower-case title words ("defense secretary"). */
function extendTitleLeft(toks: Token[], lw: string[], a: number, kind: MentionKind = 'person'): number {
  if (kind !== 'person') return a;
  let s = a;
  while (s > 0 && toks[s - 1].end + 1 >= toks[s].start && isTitleWord(lw[s - 1]) && lw[s - 1] !== 'of') s--;
  // Keep the title only if it ends in a head word.
  if (s < a && !TITLE_HEADS.has(lw[a - 1])) return a;
  return s;
}

/** A lone unknown capitalised word: a person when it acts, a place after a locative preposition. */
function guessSingle(toks: Token[], lw: string[], a: number, b: number): MentionKind {
  const prev = a > 0 ? lw[a - 1] : '';
  const next = toks[b];
  if (prev === 'in' || prev === 'near' || prev === 'at' || prev === 'from' || prev === 'outside')
    return 'place';
  if (next && (SPEECH_AFTER.has(next.lemma) || next.pos === 'VERB' || next.pos === 'AUX')) return 'person';
  return 'organization';
}
