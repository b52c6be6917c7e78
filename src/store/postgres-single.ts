import type pg from 'pg';
import type { ArticleRows } from './article-rows.js';
import type { SaveOutcome } from './store.js';

/** Columns that are not text, with their PostgreSQL array types; every other column is text. */
const NON_TEXT: Record<string, string> = {
  idx: 'int4',
  ord: 'int4',
  sentence: 'int4',
  start_offset: 'int4',
  end_offset: 'int4',
  paragraph: 'int4',
  quad: 'int4',
  goldstein: 'float8',
  confidence: 'float8',
  location_lat: 'float8',
  location_lon: 'float8',
};

/** The child tables of an article in write order, with the key whose conflicts are ignored. */
const CHILDREN: { table: string; rows: (a: ArticleRows) => object[]; conflict?: string }[] = [
  { table: 'article_analysis', rows: (a) => [a.analysis] },
  { table: 'sentences', rows: (a) => a.sentences },
  { table: 'mentions', rows: (a) => a.mentions },
  { table: 'actors', rows: (a) => a.actors, conflict: 'code' },
  { table: 'events', rows: (a) => a.events },
  { table: 'event_evidence', rows: (a) => a.evidence },
];

const q = (c: string) => `"${c}"`;

/**
 * Builds ONE statement that stores an article and everything under it: the article row is
 * inserted with ON CONFLICT DO NOTHING in a data-modifying CTE, and each child table is filled
 * from `unnest` of one array parameter per column, only if that CTE returned a row. A single
 * statement is atomic on its own and costs one round trip instead of one per table; its text
 * depends only on which tables have rows, so it is prepared once per connection and reused.
 */
function build(rows: ArticleRows): { name: string; text: string; values: unknown[] } {
  const values: unknown[] = [];
  const param = (v: unknown, cast: string) => {
    values.push(v === undefined ? null : v);
    return `$${values.length}::${cast}`;
  };
  const aCols = Object.keys(rows.article);
  const art = rows.article as unknown as Record<string, unknown>;
  const parts = [
    `a as (insert into articles (${aCols.map(q).join(', ')}) values (${aCols
      .map((c) => param(art[c], NON_TEXT[c] ?? 'text'))
      .join(', ')}) on conflict (id) do nothing returning id)`,
  ];
  // Which child tables have rows, as a bit mask: short enough for a statement name (63 bytes).
  let shape = 0;
  for (const [bit, child] of CHILDREN.entries()) {
    let list = child.rows(rows);
    if (list.length === 0) continue;
    if (child.conflict) {
      const key = child.conflict;
      list = [...list].sort((x, y) => {
        const a = String((x as Record<string, unknown>)[key]);
        const b = String((y as Record<string, unknown>)[key]);
        return a < b ? -1 : a > b ? 1 : 0;
      });
    }
    shape |= 1 << bit;
    const cols = Object.keys(list[0]);
    const arrays = cols.map((c) =>
      param(
        list.map((r) => (r as Record<string, unknown>)[c] ?? null),
        `${NON_TEXT[c] ?? 'text'}[]`,
      ),
    );
    parts.push(
      `${child.table}_w as (insert into ${child.table} (${cols.map(q).join(', ')}) ` +
        `select * from unnest(${arrays.join(', ')}) where exists (select 1 from a)` +
        `${child.conflict ? ` on conflict (${child.conflict}) do nothing` : ''})`,
    );
  }
  return {
    name: `lapwing_save_${shape}`,
    text: `with ${parts.join(',\n')}\nselect count(*)::int as n from a`,
    values,
  };
}

/** Stores one article in one statement; 'duplicate' when its id exists (nothing written). */
export async function saveArticleOneStatement(pool: pg.Pool, rows: ArticleRows): Promise<SaveOutcome> {
  const res = await pool.query<{ n: number }>(build(rows));
  return res.rows[0]?.n === 1 ? 'stored' : 'duplicate';
}
