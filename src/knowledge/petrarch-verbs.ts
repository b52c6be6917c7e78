import type { DictProblem } from './dictionary-types.js';
import { stripCommentBlocks } from './petrarch-dictionary.js';

/**
 * Reader of PETRARCH/TABARI VERB dictionaries (petrarch2 `docs/source/dictionaries.rst` and the
 * TABARI pattern syntax of PETRARCH's validation dictionary):
 *
 * - `&NAME` opens a synonym set; its `+WORDS` lines are the members (`+&OTHER` embeds another set).
 * - `--- DESCRIPTION [CODE] ---` opens a verb block; its plain lines are the verbs (`VERB {IRREGULAR
 *   FORMS} [CODE]`; `+BREAK_DOWN` or `WIRE_+TAP` is a multi-word verb, `+` marking the verb word),
 *   its `- PATTERN [CODE]` lines the patterns, shared by every verb of the block.
 * - In a pattern `*` is the verb, `$` the source, `+` the target, `%` a compound actor, `^` a skipped
 *   word; words joined by `_` must follow each other, words apart may have others between them;
 *   `&NAME` is any member of a set; `(...)` and `{...}` only group words.
 * - Codes: `[064]`, `[031:032]` (source to target, then target to source), `[---]` no event.
 * - Comments: `#` to the end of the line (outside `[...]`) and `<!-- ... -->` blocks.
 *
 * Transformation lines (`~ ...`) are not read: they are counted in `ignored`.
 */

/** Alternative word sequences one position of a pattern phrase stands for (a word, or a set's members). */
export type VerbSlot = string[][];
/** Positions that must follow each other in the text. */
export type VerbPhrase = VerbSlot[];

/** Where a pattern puts an actor: before or after the verb, behind a word (a preposition) or not. */
export interface VerbRole {
  side: 'before' | 'after';
  /** The pattern word right before the marker ("WITH +"), lower case; null for a bare object/subject. */
  prep: string | null;
  /** `%`: a compound actor (each pair of its members). */
  compound: boolean;
}

/** One `- PATTERN [CODE]` line. */
export interface DictVerbPattern {
  /** Word phrases before the verb, in text order. */
  before: VerbPhrase[];
  /** Word phrases after the verb, in text order. */
  after: VerbPhrase[];
  source: VerbRole | null;
  target: VerbRole | null;
  /** The code as written: `064`, `031:032`, `---`. */
  code: string;
  /** `file:line`. */
  at: string;
}

/** One verb form: its words and which of them is the verb. */
export interface DictVerbForm {
  words: string[];
  verbAt: number;
}

/** A verb of a block: its forms, its own code (or the block's), the block's patterns. */
export interface DictVerb {
  forms: DictVerbForm[];
  code: string;
  patterns: DictVerbPattern[];
  at: string;
}

export interface VerbParse {
  verbs: DictVerb[];
  problems: DictProblem[];
  /** Transformation lines and patterns naming an undefined set, left out as PETRARCH leaves them out. */
  ignored: number;
}

/** True when the text looks like a verb dictionary (it has a `--- NAME [CODE] ---` block line). */
export function isVerbDictionary(text: string): boolean {
  return /^[ \t]*---\s+\S.*---[ \t]*$/m.test(text);
}

const CODE = /^(?:---|[A-Za-z0-9+#?]+(?::[A-Za-z0-9+#?-]+)?)$/;

/** Strips `#` comments outside `[...]` and `<!-- ... -->` blocks (`state` carries an open block). */
function stripComments(raw: string, state: { inBlock: boolean }): string {
  const line = stripCommentBlocks(raw, state);
  let depth = 0;
  for (let k = 0; k < line.length; k++) {
    if (line[k] === '[') depth++;
    else if (line[k] === ']') depth = Math.max(0, depth - 1);
    else if (line[k] === '#' && depth === 0) return line.slice(0, k);
  }
  return line;
}

/** Splits `TEXT [CODE]` into the text and the code; a string is what was expected. */
function splitCode(s: string): { text: string; code: string | null } | string {
  const open = s.indexOf('[');
  if (open < 0) return { text: s.trim(), code: null };
  const close = s.indexOf(']', open);
  if (close < 0) return 'expected ] closing the code';
  if (s.slice(close + 1).trim()) return `expected nothing after the code, got "${s.slice(close + 1).trim()}"`;
  const code = s.slice(open + 1, close).trim();
  if (!CODE.test(code)) return `expected a code such as [064], [031:032] or [---], got "[${code}]"`;
  return { text: s.slice(0, open).trim(), code };
}

/** Reads a verb line: `VERB`, `+BREAK_DOWN`, `WIRE_+TAP`, `LASH OUT`, with `{irregular forms}`. */
function readForms(text: string): DictVerbForm[] | string {
  const brace = /^([^{}]*)(?:\{([^{}]*)\})?\s*$/.exec(text);
  if (!brace) return 'expected VERB {IRREGULAR FORMS} [CODE]';
  const main = brace[1].trim();
  if (!main) return 'expected a verb';
  const items = [main.replace(/\s+/g, '_'), ...(brace[2] ?? '').trim().split(/\s+/).filter(Boolean)];
  const forms: DictVerbForm[] = [];
  for (const item of items) {
    const parts = item.split('_').filter(Boolean);
    let verbAt = parts.findIndex((p) => p.startsWith('+'));
    if (verbAt < 0) verbAt = 0;
    const words = parts.map((p) => p.replace(/^\+/, '').toLowerCase());
    if (words.some((w) => !w || /[^\p{L}\p{N}'.-]/u.test(w))) return `expected verb words, got "${item}"`;
    forms.push({ words, verbAt });
  }
  return forms;
}

type Elem = { kind: 'word'; slot: VerbSlot; glued: boolean } | { kind: 'mark'; mark: string; glued: boolean };

/** Reads the words of a pattern; a string is what was expected, null an undefined set. */
function readPattern(
  text: string,
  sets: Map<string, string[][]>,
  at: string,
  code: string,
): DictVerbPattern | string | null {
  // `(FOR AID)` and `{FINANCIAL AID}` group words; their brackets add nothing to the order
  const flat = text.replace(/[(){}]/g, ' ');
  const elems: Elem[] = [];
  for (const chunk of flat.split(/\s+/).filter(Boolean)) {
    const pieces = chunk.split('_');
    for (let k = 0; k < pieces.length; k++) {
      const piece = pieces[k];
      if (!piece) continue;
      const glued = k > 0 && pieces[k - 1] !== undefined;
      if (/^[*$+%^]$/.test(piece)) elems.push({ kind: 'mark', mark: piece, glued });
      else if (piece.startsWith('&')) {
        const set = sets.get(piece.slice(1).toUpperCase());
        if (!set) return null;
        elems.push({ kind: 'word', slot: set, glued });
      } else if (/^[\p{L}\p{N}'.,-]+$/u.test(piece))
        elems.push({ kind: 'word', slot: [[piece.toLowerCase()]], glued });
      else return `expected pattern words, *, $, +, %, ^ or &SET, got "${piece}"`;
    }
  }
  const star = elems.findIndex((e) => e.kind === 'mark' && e.mark === '*');
  if (star < 0) return 'expected * (the verb) in the pattern';
  if (elems.some((e, k) => k !== star && e.kind === 'mark' && e.mark === '*'))
    return 'expected one * (the verb) in the pattern';
  const phrases = (list: Elem[]): VerbPhrase[] => {
    const out: VerbPhrase[] = [];
    let prevWord = false;
    for (const e of list) {
      if (e.kind !== 'word') {
        prevWord = false;
        continue;
      }
      if (e.glued && prevWord && out.length) out[out.length - 1].push(e.slot);
      else out.push([e.slot]);
      prevWord = true;
    }
    return out;
  };
  const role = (mark: '$' | '+'): VerbRole | null => {
    let k = elems.findIndex((e) => e.kind === 'mark' && e.mark === mark);
    let compound = false;
    if (k < 0 && mark === '+') {
      // `%` alone is the target after the verb, the compound subject before it
      k = elems.findIndex((e, j) => e.kind === 'mark' && e.mark === '%' && j > star);
      compound = k >= 0;
    }
    if (k < 0 && mark === '$') {
      k = elems.findIndex((e, j) => e.kind === 'mark' && e.mark === '%' && j < star);
      compound = k >= 0;
    }
    if (k < 0) return null;
    const prev = elems[k - 1];
    const prep =
      prev?.kind === 'word' && prev.slot.length === 1 && prev.slot[0].length === 1 ? prev.slot[0][0] : null;
    return { side: k < star ? 'before' : 'after', prep: k > star + 1 ? prep : null, compound };
  };
  return {
    before: phrases(elems.slice(0, star)),
    after: phrases(elems.slice(star + 1)),
    source: role('$'),
    target: role('+'),
    code,
    at,
  };
}

/** Reads a PETRARCH/TABARI verb dictionary. */
export function parsePetrarchVerbs(text: string, file: string): VerbParse {
  const out: VerbParse = { verbs: [], problems: [], ignored: 0 };
  const sets = new Map<string, string[][]>();
  const state = { inBlock: false };
  let set: string[][] | null = null;
  let block: { code: string; verbs: DictVerb[]; patterns: DictVerbPattern[] } | null = null;
  const lines = text.split(/\r?\n/);
  for (let i = 0; i < lines.length; i++) {
    const no = i + 1;
    const wasInBlock = state.inBlock;
    const line = stripComments(lines[i], state).trim();
    if (!line) continue;
    const fail = (message: string) => out.problems.push({ line: no, message });
    // a block line may carry a comment before its closing dashes: "--- TROUBLED [---] # NOUN ---"
    const header = wasInBlock ? null : /^---\s*(.*?)\s*---\s*(?:#.*)?$/.exec(lines[i].trim());
    if (header) {
      set = null;
      // "--- DELAY [120] [031:031] ---": the first code is the block's
      const inner = header[1].replace(/#.*$/, '').replace(/(\[[^\]]*\])(?:\s*\[[^\]]*\])+\s*$/, '$1');
      const parsed = splitCode(inner);
      if (typeof parsed === 'string') fail(parsed);
      else if (!parsed.text) fail('expected --- NAME [CODE] ---');
      else block = { code: parsed.code ?? '---', verbs: [], patterns: [] };
      if (typeof parsed === 'string' || !parsed.text) block = null;
      continue;
    }
    if (line.startsWith('&')) {
      const name = /^&([A-Za-z0-9_]+)$/.exec(line);
      if (!name) {
        fail('expected &NAME opening a synonym set');
        continue;
      }
      set = [];
      sets.set(name[1].toUpperCase(), set);
      // a set's label may end with `_` (no plurals); patterns name it either way
      sets.set(name[1].replace(/_+$/, '').toUpperCase(), set);
      continue;
    }
    if (line.startsWith('~')) {
      out.ignored++;
      continue;
    }
    if (line.startsWith('-')) {
      set = null;
      if (!block) {
        fail('expected a --- NAME [CODE] --- line before this pattern');
        continue;
      }
      const parsed = splitCode(line.slice(1));
      if (typeof parsed === 'string') {
        fail(parsed);
        continue;
      }
      if (parsed.code === null) {
        fail('expected [CODE] at the end of the pattern');
        continue;
      }
      const pat = readPattern(parsed.text, sets, `${file}:${no}`, parsed.code);
      if (pat === null) out.ignored++;
      else if (typeof pat === 'string') fail(pat);
      else block.patterns.push(pat);
      continue;
    }
    if (set && line.startsWith('+')) {
      const member = line.slice(1).trim();
      if (member.startsWith('&')) {
        const inner = sets.get(member.slice(1).replace(/_+$/, '').toUpperCase());
        if (inner) set.push(...inner);
        else fail(`expected a synonym set &${member.slice(1)} defined above this line`);
      } else {
        const words = member.split(/[\s_]+/).filter(Boolean);
        if (!words.length || words.some((w) => /[[\]{}]/.test(w))) fail('expected words after +');
        else set.push(words.map((w) => w.toLowerCase()));
      }
      continue;
    }
    set = null;
    if (!block) {
      fail('expected a --- NAME [CODE] --- line before this verb');
      continue;
    }
    const parsed = splitCode(line);
    if (typeof parsed === 'string') {
      fail(parsed);
      continue;
    }
    const forms = readForms(parsed.text);
    if (typeof forms === 'string') {
      fail(forms);
      continue;
    }
    const verb: DictVerb = {
      forms,
      code: parsed.code ?? block.code,
      patterns: block.patterns,
      at: `${file}:${no}`,
    };
    block.verbs.push(verb);
    out.verbs.push(verb);
  }
  return out;
}
