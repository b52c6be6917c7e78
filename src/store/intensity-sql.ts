import { type RawBuilder, sql } from 'kysely';
import { ploverTypesSpec } from '../coding/data-files.js';
import { loadDataFile } from '../core/data-file.js';

let cached: string | null = null;

/** A string as an SQL literal (the values come from a validated data file, quoted anyway). */
function lit(s: string): string {
  return `'${s.replace(/'/g, "''")}'`;
}

/**
 * SQL text for the PLOVER intensity of one event, from its `type` and `mode` columns, following
 * `data/ontology/plover-types.yaml` as the coder's `ontology().intensity` does: the mode's score
 * where the table gives one, else the type's. A type the table does not know scores 0 (neither
 * conflict nor cooperation). Null and '' modes both mean "no mode" (the rollup stores '').
 */
export function ploverIntensityText(typeCol: string, modeCol: string): string {
  if (cached === null) {
    const types = loadDataFile(ploverTypesSpec).types;
    const whens = types.map((t) => {
      const modes = t.modes.map((m) => `when ${lit(m.mode)} then ${Number(m.intensity)}`).join(' ');
      const inner = modes
        ? `case coalesce(${'$MODE'}, '') ${modes} else ${Number(t.intensity)} end`
        : `${Number(t.intensity)}`;
      return `when ${lit(t.type)} then ${inner}`;
    });
    cached = `(case ${'$TYPE'} ${whens.join(' ')} else 0 end)`;
  }
  return cached.replaceAll('$TYPE', typeCol).replaceAll('$MODE', modeCol);
}

/** `ploverIntensityText` as a Kysely expression. Column names are trusted identifiers. */
export function ploverIntensity(typeCol: string, modeCol: string): RawBuilder<number> {
  return sql<number>`${sql.raw(ploverIntensityText(typeCol, modeCol))}`;
}
