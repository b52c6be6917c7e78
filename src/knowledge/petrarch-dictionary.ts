import type { DictActor, DictAgent, DictProblem, DictRole } from './dictionary-types.js';

/**
 * Reader of PETRARCH/TABARI actor and agent dictionaries (format: petrarch2 `docs/source/
 * dictionaries.rst`). Actors: a `NAME [CODE]` line, `+SYNONYM` lines, then indented `[CODE date]`
 * restrictions (`<YYMMDD` before, `>YYMMDD` after, `D-D` between; 6 or 8 digits). Agents:
 * `PHRASE {plural} [~CODE]` with `!MARKER! = A, B` substitution sets. Comments: `#`, `;`, and
 * `<!-- ... -->` blocks. Words are joined by `_` or spaces.
 */

export interface PetrarchParse {
  actors: DictActor[];
  agents: DictAgent[];
  problems: DictProblem[];
}

/** Two-digit years up to this are 20xx, later ones 19xx. */
const PIVOT = 30;

function isoOf(d: string): string | null {
  let y: number;
  let rest: string;
  if (d.length === 6) {
    const yy = Number(d.slice(0, 2));
    y = yy <= PIVOT ? 2000 + yy : 1900 + yy;
    rest = d.slice(2);
  } else if (d.length === 8) {
    y = Number(d.slice(0, 4));
    rest = d.slice(4);
  } else return null;
  const m = Number(rest.slice(0, 2));
  const day = Number(rest.slice(2, 4));
  if (m < 1 || m > 12 || day < 1 || day > 31) return null;
  return `${String(y).padStart(4, '0')}-${rest.slice(0, 2)}-${rest.slice(2, 4)}`;
}

const CODE = /^[A-Za-z0-9+\-/]+$/;

/** Reads the inside of `[...]`: a code and an optional date restriction. */
export function parseRole(inner: string): DictRole | string {
  const m = /^\s*([^\s<>]+)?\s*(.*?)\s*$/.exec(inner)!;
  let code = m[1] ?? '';
  let restr = m[2];
  // "[950601-990815]" has a restriction but no code.
  if (/^\d{6,8}(\s*-\s*\d{6,8})?$/.test(code)) return `expected a code before the date in [${inner.trim()}]`;
  if (!code) return `expected a code in [${inner}]`;
  // A code glued to its restriction: "[HOB<950601]".
  const glued = /^([^<>]+)([<>].*)$/.exec(code);
  if (glued) {
    code = glued[1];
    restr = `${glued[2]} ${restr}`.trim();
  }
  if (!CODE.test(code)) return `expected a code of letters such as USAGOV, got "${code}"`;
  // Alternatives ("ELR/GAL"): the first one.
  code = code.split('/')[0].toUpperCase();
  if (!restr) return { code };
  let r = /^<\s*(\d+)$/.exec(restr);
  if (r) {
    const to = isoOf(r[1]);
    return to ? { code, to } : `expected a date YYMMDD or YYYYMMDD, got "${r[1]}"`;
  }
  r = /^>\s*(\d+)$/.exec(restr);
  if (r) {
    const from = isoOf(r[1]);
    return from ? { code, from } : `expected a date YYMMDD or YYYYMMDD, got "${r[1]}"`;
  }
  r = /^(\d+)\s*-\s*(\d+)$/.exec(restr);
  if (r) {
    const from = isoOf(r[1]);
    const to = isoOf(r[2]);
    if (!from || !to) return `expected dates YYMMDD-YYMMDD, got "${restr}"`;
    return { code, from, to };
  }
  return `expected a date restriction <DATE, >DATE or DATE-DATE, got "${restr}"`;
}

/** A dictionary phrase as words: "PRESIDENT_GEORGE_W._BUSH" is "PRESIDENT GEORGE W. BUSH". */
export function phraseWords(s: string): string {
  return s.replace(/_/g, ' ').replace(/\s+/g, ' ').trim();
}

/** Strips comments; `state.inBlock` carries an open `<!-- ... -->` block across lines. */
function stripComments(raw: string, state: { inBlock: boolean }): string {
  const line = stripCommentBlocks(raw, state);
  const hash = line.search(/[#;]/);
  return hash >= 0 ? line.slice(0, hash) : line;
}

/**
 * A dictionary line without its `<!-- ... -->` comment blocks; `state.inBlock` carries a block
 * left open across lines. Shared by the actor and verb dictionary readers.
 */
export function stripCommentBlocks(raw: string, state: { inBlock: boolean }): string {
  let line = raw;
  if (state.inBlock) {
    const end = line.indexOf('-->');
    if (end < 0) return '';
    state.inBlock = false;
    line = line.slice(end + 3);
  }
  for (;;) {
    const open = line.indexOf('<!');
    if (open < 0) return line;
    const end = line.indexOf('-->', open);
    if (end < 0) {
      state.inBlock = true;
      return line.slice(0, open);
    }
    line = line.slice(0, open) + line.slice(end + 3);
  }
}

/** Reads a PETRARCH actor or agent dictionary (an entry's kind is told by its code: `~` is an agent). */
export function parsePetrarch(text: string, file: string): PetrarchParse {
  const out: PetrarchParse = { actors: [], agents: [], problems: [] };
  const markers = new Map<string, string[]>();
  const state = { inBlock: false };
  let current: DictActor | null = null;
  const lines = text.split(/\r?\n/);
  for (let i = 0; i < lines.length; i++) {
    const no = i + 1;
    const raw = lines[i];
    const line = stripComments(raw, state);
    if (!line.trim()) continue;
    const fail = (message: string) => out.problems.push({ line: no, message });
    const trimmed = line.trim();
    // A restriction line: indented, or a bare "[...]".
    if (trimmed.startsWith('[')) {
      if (!current) {
        fail('expected a NAME line before this [CODE] line');
        continue;
      }
      addRoles(current, trimmed, fail);
      continue;
    }
    if (trimmed.startsWith('+')) {
      if (!current) {
        fail('expected a NAME line before this +SYNONYM line');
        continue;
      }
      const name = phraseWords(trimmed.slice(1).replace(/\[.*$/, ''));
      if (!name) fail('expected a name after +');
      else current.names.push(name);
      continue;
    }
    const def = /^!([A-Za-z0-9_]+)!\s*=\s*(.+)$/.exec(trimmed);
    if (def) {
      const items = def[2].split(',').map((x) => phraseWords(x));
      if (items.some((x) => !x)) fail('expected a comma-separated list after =');
      else markers.set(def[1].toUpperCase(), items);
      current = null;
      continue;
    }
    const entry = /^([^[{]*?)\s*(\{[^}]*\})?\s*(\[.*)?$/.exec(trimmed);
    if (!entry?.[1]) {
      fail('expected NAME [CODE], +SYNONYM, an indented [CODE date] line or an agent PHRASE [~CODE]');
      continue;
    }
    const brackets = entry[3] ?? '';
    if (brackets.includes('~')) {
      current = null;
      const inner = /^\[([^\]]*)\]\s*$/.exec(brackets);
      const agent = inner
        ? readAgent(entry[1], entry[2], inner[1], markers, `${file}:${no}`)
        : 'expected one [~CODE] closed by ]';
      if (typeof agent === 'string') fail(agent);
      else out.agents.push(agent);
      continue;
    }
    if (entry[2]) {
      fail('expected {plural} only in agent entries, which have a [~CODE]');
      continue;
    }
    current = { names: [phraseWords(entry[1])], roles: [], at: `${file}:${no}` };
    out.actors.push(current);
    if (brackets) addRoles(current, brackets, fail);
  }
  // A name with no code at all (PETRARCH's null code) adds nothing.
  out.actors = out.actors.filter((a) => a.roles.length > 0);
  return out;
}

/** Reads every `[CODE date]` group of a line into the actor's roles. */
function addRoles(actor: DictActor, text: string, fail: (m: string) => void): void {
  const rest = text.replace(/\[([^\]]*)\]/g, (_, inner: string) => {
    const role = parseRole(inner);
    if (typeof role === 'string') fail(role);
    else actor.roles.push(role);
    return '';
  });
  if (rest.trim()) fail(`expected only [CODE date] groups, got "${rest.trim()}"`);
}

/** Regular plurals as PETRARCH forms them: +S, Y to IES, SS to SSES. */
function regularPlural(w: string): string {
  if (/[^aeiou]y$/i.test(w)) return `${w.slice(0, -1)}ies`;
  if (/(ss|sh|ch|x)$/i.test(w)) return `${w}es`;
  return `${w}s`;
}

function readAgent(
  phrase: string,
  plural: string | undefined,
  inner: string,
  markers: Map<string, string[]>,
  at: string,
): DictAgent | string {
  const code = inner.trim();
  const m = /^~([A-Za-z]{3})[A-Za-z]*$/.exec(code) ?? /^([A-Za-z]{3})[A-Za-z]*~$/.exec(code);
  if (!m) return `expected an agent code such as ~GOV or NGO~, got "${code}"`;
  const sector = m[1].toUpperCase();
  const prefix = code.endsWith('~') ? sector : undefined;
  let forms = [phraseWords(phrase)];
  let substituted = false;
  for (;;) {
    const mk = forms.map((f) => /!([A-Za-z0-9_]+)!/.exec(f)).find((x) => x);
    if (!mk) break;
    const list = markers.get(mk[1].toUpperCase());
    if (!list) return `expected a substitution set !${mk[1]}! defined above this line`;
    substituted = true;
    forms = forms.flatMap((f) =>
      f.includes(mk[0]) ? list.map((x) => phraseWords(f.replace(mk[0], x))) : [f],
    );
  }
  const words = new Set(forms.map((f) => f.toLowerCase()));
  if (!substituted) {
    if (plural === undefined) for (const f of forms) words.add(regularPlural(f.toLowerCase()));
    else {
      const p = phraseWords(plural.slice(1, -1));
      if (p) words.add(p.toLowerCase());
    }
  }
  return { words: [...words].filter(Boolean), sector: prefix ? 'NGO' : sector, prefix, at };
}
