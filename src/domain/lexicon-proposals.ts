/**
 * Lexicon breadth from WordNet: for each event pattern's single-word verbs and nouns, the WordNet
 * synonyms (same synset) of the word's first senses and, for verbs, the troponyms (`~` pointers) of
 * those senses, that no pattern has yet. The result is a review list, not data the coder reads.
 */
import YAML from 'yaml';
import { LEX_FILES, type Synset, type WordnetPart, type WordnetPos } from './wordnet.js';

/** The part of a pattern the proposals read. */
export interface PatternWords {
  id: string;
  verbs?: string[];
  nouns?: string[];
}

/** One proposed word for a pattern. */
export interface Candidate {
  word: string;
  pos: WordnetPos;
  /** The pattern word it was found from. */
  from: string;
  relation: 'synonym' | 'troponym';
  /** The sense of `from` (1 = WordNet's most frequent) whose synset gave the candidate. */
  sense: number;
  lexFile: string;
  gloss: string;
}

/** Proposals for one pattern, in the order the candidates were found. */
export interface PatternProposals {
  id: string;
  candidates: Candidate[];
}

export interface ProposeOptions {
  /** How many senses of each pattern word to read, in WordNet's frequency order. */
  senses: number;
}

/** A proposed word must fit the pattern lemma syntax: lower case, no proper names. */
const LEMMA = /^[a-z0-9'][a-z0-9 .'-]*$/;

/** Every verb and noun in any pattern: these are never proposed. */
export function knownWords(patterns: PatternWords[]): Set<string> {
  const known = new Set<string>();
  for (const p of patterns) for (const w of [...(p.verbs ?? []), ...(p.nouns ?? [])]) known.add(w);
  return known;
}

/** The senses of a word and what each one offers: its synset, and for verbs its troponym synsets. */
function* sensesOf(part: WordnetPart, word: string, pos: WordnetPos, opts: ProposeOptions) {
  const offsets = (part.index.get(word) ?? []).slice(0, opts.senses);
  for (const [i, offset] of offsets.entries()) {
    const synset = part.synsets.get(offset);
    if (!synset) continue;
    yield { sense: i + 1, relation: 'synonym' as const, synset };
    if (pos !== 'verb') continue;
    for (const ptr of synset.pointers) {
      const tropo = ptr.symbol === '~' && ptr.pos === 'v' ? part.synsets.get(ptr.offset) : undefined;
      if (tropo) yield { sense: i + 1, relation: 'troponym' as const, synset: tropo };
    }
  }
}

const lexName = (s: Synset) => LEX_FILES[s.lexFile] ?? String(s.lexFile);

/** Candidates for one pattern: words of its first senses' synsets and troponyms that no pattern has. */
function proposeFor(
  pattern: PatternWords,
  parts: Record<WordnetPos, WordnetPart>,
  known: Set<string>,
  opts: ProposeOptions,
): Candidate[] {
  const out: Candidate[] = [];
  const seen = new Set<string>();
  const sources: [WordnetPos, string[]][] = [
    ['verb', pattern.verbs ?? []],
    ['noun', pattern.nouns ?? []],
  ];
  for (const [pos, words] of sources) {
    for (const from of words) {
      if (from.includes(' ')) continue;
      for (const { sense, relation, synset } of sensesOf(parts[pos], from, pos, opts)) {
        for (const word of synset.words) {
          const key = `${pos}:${word}`;
          if (!LEMMA.test(word) || known.has(word) || seen.has(key)) continue;
          seen.add(key);
          out.push({ word, pos, from, relation, sense, lexFile: lexName(synset), gloss: synset.gloss });
        }
      }
    }
  }
  return out;
}

/** Proposals for every pattern, in pattern order; patterns with nothing to propose are left out. */
export function proposeLexicon(
  patterns: PatternWords[],
  parts: Record<WordnetPos, WordnetPart>,
  opts: ProposeOptions = { senses: 2 },
): PatternProposals[] {
  const known = knownWords(patterns);
  return patterns
    .map((p) => ({ id: p.id, candidates: proposeFor(p, parts, known, opts) }))
    .filter((p) => p.candidates.length > 0);
}

/** The review file: deterministic YAML, one entry per pattern id. */
export function renderProposals(proposals: PatternProposals[], source: string): string {
  const doc = {
    source,
    note: 'Review list: candidates are not read by the coder. Accepted words go into data/patterns by hand.',
    patterns: Object.fromEntries(
      proposals.map((p) => [
        p.id,
        p.candidates.map((c) => ({
          word: c.word,
          pos: c.pos,
          from: c.from,
          relation: c.relation,
          sense: c.sense,
          lexFile: c.lexFile,
          gloss: c.gloss,
        })),
      ]),
    ),
  };
  return YAML.stringify(doc, { lineWidth: 0 });
}
