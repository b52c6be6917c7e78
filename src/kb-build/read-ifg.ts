import { join } from 'node:path';
import type { BuiltEntity } from './builder-types.js';
import { newResult, type SourceResult, skip } from './builder-types.js';
import { readCsv } from './read-csv.js';
import { sourceIndex } from './sources.js';

/** UK ministers since 1979 (Institute for Government): every appointment a dated `GBRGOV` role. */
export function readIfg(dir: string): SourceResult {
  const out = newResult();
  const src = sourceIndex('ifg-ministers');
  const data = (f: string) => readCsv(join(dir, 'data', f));
  const posts = new Map(data('post.csv').map((p) => [p.id, p.name]));
  const people = new Map<string, BuiltEntity>();
  for (const p of data('person.csv')) {
    let e = people.get(p.id);
    if (!e) {
      e = { kind: 'person', names: [], roles: [], key: `ifg.${p.id}` };
      people.set(p.id, e);
    }
    // Peers' titles ("Lord Mandelson") are names of the same person after the date of the peerage.
    for (const n of [p.name, p.display_name]) if (n && !e.names.includes(n)) e.names.push(n);
  }
  for (const a of data('appointment.csv')) {
    const e = people.get(a.person_id);
    if (!e) {
      skip(out, 'appointment of an unknown person');
      continue;
    }
    e.roles.push({
      code: 'GBRGOV',
      from: a.start_date || undefined,
      to: a.end_date || undefined,
      source: src,
      note: posts.get(a.post_id),
    });
  }
  for (const e of people.values()) {
    // The plain name first: "Peter Mandelson" before "Lord Mandelson".
    e.names.sort(
      (x, y) => Number(/^(Lord|Baroness|Sir|Dame) /.test(x)) - Number(/^(Lord|Baroness|Sir|Dame) /.test(y)),
    );
    if (e.roles.length) out.entities.push(e);
    else skip(out, 'person without an appointment');
  }
  return out;
}
