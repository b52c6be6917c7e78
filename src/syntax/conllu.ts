import { z } from 'zod';
import type { Problem, Result } from '../core/problem.js';

/** One line of a CoNLL-U sentence: the ten columns as written. */
export interface ConlluRow {
  id: string;
  form: string;
  lemma: string;
  upos: string;
  xpos: string;
  feats: string;
  head: string;
  deprel: string;
  deps: string;
  misc: string;
}

/** A sentence: its comment lines (without the `# `-less rewrite: kept verbatim) and its rows. */
export interface ConlluSentence {
  comments: string[];
  rows: ConlluRow[];
  /** 1-based line of the sentence's first line in its file. */
  line: number;
}

/** The syntactic words of a sentence (integer ids only), the view training and evaluation use. */
export interface TreeWords {
  forms: string[];
  upos: string[];
  /** Head of each word: 0 for the root, else 1-based word id. */
  heads: number[];
  deprels: string[];
}

const WORD_ID = /^[1-9][0-9]*$/;
const RANGE_ID = /^[1-9][0-9]*-[1-9][0-9]*$/;
const EMPTY_ID = /^[0-9]+\.[1-9][0-9]*$/;

const field = z
  .string()
  .min(1, 'an empty column (use _)')
  .regex(/^[^\t\n]*$/);
const rowSchema = z.tuple([
  z.string().regex(/^([1-9][0-9]*(-[1-9][0-9]*)?|[0-9]+\.[1-9][0-9]*)$/, 'an ID (1, 1-2 or 1.1)'),
  field,
  field,
  field,
  field,
  field,
  z.string().regex(/^([0-9]+|_)$/, 'a HEAD (a word id, 0 for the root, or _)'),
  field,
  field,
  field,
]);

function problem(path: string, line: number, message: string): Problem {
  return { code: 'bad-conllu', path: `${path}:${line}`, message };
}

function parseRow(text: string, path: string, line: number): ConlluRow | Problem {
  const cols = text.split('\t');
  if (cols.length !== 10) {
    return problem(path, line, `expected 10 tab-separated columns, found ${cols.length}`);
  }
  const r = rowSchema.safeParse(cols);
  if (!r.success) {
    const issue = r.error.issues[0];
    const col = Number(issue.path[0]);
    const names = ['ID', 'FORM', 'LEMMA', 'UPOS', 'XPOS', 'FEATS', 'HEAD', 'DEPREL', 'DEPS', 'MISC'];
    return problem(path, line, `column ${col + 1} (${names[col]}): expected ${issue.message}`);
  }
  const [id, form, lemma, upos, xpos, feats, head, deprel, deps, misc] = cols;
  return { id, form, lemma, upos, xpos, feats, head, deprel, deps, misc };
}

/** Checks the word ids run 1..n and every head points inside the sentence. */
function checkSentence(s: ConlluSentence, path: string): Problem | null {
  let expected = 1;
  let words = 0;
  for (const r of s.rows) if (WORD_ID.test(r.id)) words++;
  for (let k = 0; k < s.rows.length; k++) {
    const r = s.rows[k];
    const line = s.line + s.comments.length + k;
    if (WORD_ID.test(r.id)) {
      if (Number(r.id) !== expected)
        return problem(path, line, `expected word id ${expected}, found ${r.id}`);
      expected++;
      const head = r.head === '_' ? -1 : Number(r.head);
      if (head < 0 || head > words)
        return problem(path, line, `expected a HEAD in 0..${words}, found ${r.head}`);
    } else if (RANGE_ID.test(r.id) && r.head !== '_') {
      return problem(path, line, `expected HEAD _ on a multiword token, found ${r.head}`);
    }
  }
  if (words === 0) return problem(path, s.line, 'expected at least one word in the sentence');
  return null;
}

/**
 * Reads a CoNLL-U document. The first malformed line stops the read with one problem naming
 * `path:line`, what was found and what was expected; an empty file is a problem too.
 */
export function readConllu(text: string, path = '<input>'): Result<ConlluSentence[]> {
  const lines = text.split('\n');
  if (lines.length && lines[lines.length - 1] === '') lines.pop();
  if (lines.every((l) => l.trim() === '')) {
    return {
      ok: false,
      problems: [{ code: 'empty-file', path, message: 'expected CoNLL-U sentences, found none' }],
    };
  }
  const out: ConlluSentence[] = [];
  let cur: ConlluSentence | null = null;
  for (let i = 0; i < lines.length; i++) {
    const text = lines[i];
    const line = i + 1;
    if (text === '') {
      if (!cur)
        return { ok: false, problems: [problem(path, line, 'expected a sentence, found a blank line')] };
      const bad = checkSentence(cur, path);
      if (bad) return { ok: false, problems: [bad] };
      out.push(cur);
      cur = null;
      continue;
    }
    if (!cur) cur = { comments: [], rows: [], line };
    if (text.startsWith('#')) {
      if (cur.rows.length)
        return {
          ok: false,
          problems: [problem(path, line, 'expected a word line, found a comment inside a sentence')],
        };
      cur.comments.push(text);
      continue;
    }
    const row = parseRow(text, path, line);
    if ('code' in row) return { ok: false, problems: [row] };
    cur.rows.push(row);
  }
  if (cur) {
    return {
      ok: false,
      problems: [problem(path, lines.length, 'expected a blank line after the last sentence')],
    };
  }
  return { ok: true, value: out };
}

/** Writes sentences back as CoNLL-U: comments, rows, a blank line after each sentence. */
export function writeConllu(sentences: readonly ConlluSentence[]): string {
  const parts: string[] = [];
  for (const s of sentences) {
    for (const c of s.comments) parts.push(c);
    for (const r of s.rows) {
      parts.push(
        [r.id, r.form, r.lemma, r.upos, r.xpos, r.feats, r.head, r.deprel, r.deps, r.misc].join('\t'),
      );
    }
    parts.push('');
  }
  return parts.length ? `${parts.join('\n')}\n` : '';
}

/** The syntactic words of a sentence: multiword-token ranges and empty nodes left out. */
export function treeWords(s: ConlluSentence): TreeWords {
  const w: TreeWords = { forms: [], upos: [], heads: [], deprels: [] };
  for (const r of s.rows) {
    if (!WORD_ID.test(r.id)) continue;
    w.forms.push(r.form);
    w.upos.push(r.upos);
    w.heads.push(Number(r.head));
    w.deprels.push(r.deprel);
  }
  return w;
}

/** True for the id of a syntactic word (not `1-2`, not `8.1`). */
export function isWordId(id: string): boolean {
  return WORD_ID.test(id) && !EMPTY_ID.test(id);
}

/** The value of a `# key = value` comment, if the sentence has one. */
export function commentValue(s: ConlluSentence, key: string): string | undefined {
  const prefix = `# ${key} = `;
  for (const c of s.comments) if (c.startsWith(prefix)) return c.slice(prefix.length);
  return undefined;
}
