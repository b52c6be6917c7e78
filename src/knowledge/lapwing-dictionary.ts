import { isMap, isSeq, LineCounter, parseAllDocuments } from 'yaml';
import { z } from 'zod';
import type { DictActor, DictAgent, DictProblem } from './dictionary-types.js';
import { isoDate } from './entity-schema.js';

/**
 * Lapwing's own dictionary form, as JSONL (one entry a line) or YAML (a list of entries, or
 * `{entries: [...]}`). An actor: `{names, code}` or `{names, roles: [{code, from?, to?}], kind?,
 * short?}`; an agent: `{agent: [words], sector}`.
 */

const userCode = z
  .string()
  .regex(/^(---|[A-Za-z]{3})([A-Za-z]{3})*$/, 'expected a CAMEO-style code such as COLGOV or ---REB')
  .transform((c) => c.toUpperCase());

const actorEntry = z
  .object({
    names: z.array(z.string().trim().min(1)).min(1),
    code: userCode.optional(),
    roles: z.array(z.object({ code: userCode, from: isoDate.optional(), to: isoDate.optional() })).optional(),
    kind: z.enum(['person', 'organization']).optional(),
    short: z.array(z.string().trim().min(1)).optional(),
  })
  .strict()
  .refine((e) => !!e.code !== !!e.roles?.length, 'expected either code or roles (one of them, not both)');

const agentEntry = z
  .object({
    agent: z.array(z.string().trim().min(1)).min(1),
    sector: z.string().regex(/^[A-Za-z]{3}$/, 'expected a three-letter sector such as GOV'),
  })
  .strict();

type Parsed = { actors: DictActor[]; agents: DictAgent[]; problems: DictProblem[] };

function readEntry(value: unknown, line: number, file: string, out: Parsed): void {
  const isAgent = typeof value === 'object' && value !== null && 'agent' in value;
  const r = (isAgent ? agentEntry : actorEntry).safeParse(value);
  if (!r.success) {
    const i = r.error.issues[0];
    const where = i.path.length ? ` at ${i.path.join('.')}` : '';
    out.problems.push({
      line,
      message: `${isAgent ? 'agent' : 'actor'} entry${where}: ${i.message} (expected {names, code} or {agent, sector})`,
    });
    return;
  }
  const at = `${file}:${line}`;
  if ('agent' in r.data) {
    const d = r.data as z.infer<typeof agentEntry>;
    out.agents.push({ words: d.agent.map((w) => w.toLowerCase()), sector: d.sector.toUpperCase(), at });
    return;
  }
  const d = r.data as z.infer<typeof actorEntry>;
  out.actors.push({
    names: d.names,
    roles: d.roles ?? [{ code: d.code! }],
    kind: d.kind,
    short: d.short,
    at,
  });
}

/** Reads a JSONL dictionary: every non-blank line one entry. */
export function parseJsonlDictionary(text: string, file: string): Parsed {
  const out: Parsed = { actors: [], agents: [], problems: [] };
  text.split(/\r?\n/).forEach((raw, i) => {
    if (!raw.trim() || raw.trim().startsWith('#')) return;
    let value: unknown;
    try {
      value = JSON.parse(raw);
    } catch (e) {
      out.problems.push({ line: i + 1, message: `expected one JSON object: ${(e as Error).message}` });
      return;
    }
    readEntry(value, i + 1, file, out);
  });
  return out;
}

/** Reads a YAML (or JSON) dictionary: a list of entries, or `{entries: [...]}`. */
export function parseYamlDictionary(text: string, file: string): Parsed {
  const out: Parsed = { actors: [], agents: [], problems: [] };
  const lc = new LineCounter();
  const docs = parseAllDocuments(text, { lineCounter: lc });
  const list = Array.isArray(docs) ? docs : [docs];
  for (const doc of list) {
    if (doc.errors.length) {
      const e = doc.errors[0];
      out.problems.push({
        line: lc.linePos(e.pos[0]).line,
        message: `expected YAML: ${e.message.split('\n')[0]}`,
      });
      continue;
    }
    let node: unknown = doc.contents;
    if (isMap(node) && node.has('entries')) node = node.get('entries', true);
    if (!isSeq(node)) {
      out.problems.push({ line: 1, message: 'expected a list of entries, or {entries: [...]}' });
      continue;
    }
    const items = node.items as { range?: [number, number, number] | null; toJSON?: () => unknown }[];
    for (const item of items) {
      const line = item.range ? lc.linePos(item.range[0]).line : 1;
      const value = item.toJSON ? item.toJSON() : item;
      readEntry(value, line, file, out);
    }
  }
  return out;
}
