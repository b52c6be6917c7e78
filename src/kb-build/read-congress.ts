import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import YAML from 'yaml';
import { z } from 'zod';
import type { BuiltEntity } from './builder-types.js';
import { newResult, type SourceResult, skip } from './builder-types.js';
import { sourceIndex } from './sources.js';

const member = z.object({
  id: z.object({ bioguide: z.string().optional(), wikidata: z.string().optional() }),
  name: z.object({ first: z.string(), last: z.string(), official_full: z.string().optional() }),
  terms: z.array(z.object({ type: z.string(), start: z.string(), end: z.string() })),
});

const SECTOR: Record<string, string> = { sen: 'LEG', rep: 'LEG', prez: 'GOV', viceprez: 'GOV' };

/** US Congress members (current) and presidents and vice presidents, with dated terms. */
export function readCongress(dir: string): SourceResult {
  const out = newResult();
  const src = sourceIndex('us-congress');
  for (const file of ['legislators-current.yaml', 'executive.yaml']) {
    const list = YAML.parse(readFileSync(join(dir, file), 'utf8')) as unknown[];
    for (const raw of list) {
      const r = member.safeParse(raw);
      if (!r.success) {
        skip(out, `${file}: entry without name or terms`);
        continue;
      }
      const m = r.data;
      const full = m.name.official_full ?? `${m.name.first} ${m.name.last}`;
      const e: BuiltEntity = {
        kind: 'person',
        names: [...new Set([full, `${m.name.first} ${m.name.last}`])],
        roles: m.terms.flatMap((t) =>
          SECTOR[t.type]
            ? [{ code: `USA${SECTOR[t.type]}`, from: t.start, to: t.end, source: src, note: t.type }]
            : [],
        ),
        key: m.id.wikidata ? `wd.${m.id.wikidata.toLowerCase()}` : `bioguide.${m.id.bioguide}`,
      };
      if (e.roles.length) out.entities.push(e);
    }
  }
  return out;
}
