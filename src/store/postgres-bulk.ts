import { Readable } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import type pg from 'pg';
import copyStreams from 'pg-copy-streams';
import type { ArticleRows } from './article-rows.js';
import { toCopyText } from './copy-text.js';
import type { LapwingDb } from './db-schema.js';
import type { SaveOutcome } from './store.js';

type Table = keyof LapwingDb;

/** The per-article tables, in write order (parents before children). */
const TABLES: { table: Table; rows: (a: ArticleRows) => object[]; conflict?: string }[] = [
  { table: 'article_analysis', rows: (a) => [a.analysis] },
  { table: 'sentences', rows: (a) => a.sentences },
  { table: 'mentions', rows: (a) => a.mentions },
  { table: 'actors', rows: (a) => a.actors, conflict: 'code' },
  { table: 'events', rows: (a) => a.events },
  { table: 'event_evidence', rows: (a) => a.evidence },
];

const q = (name: string) => `"${name}"`;

async function copyInto(
  client: pg.PoolClient,
  table: string,
  columns: string[],
  rows: object[],
): Promise<void> {
  if (rows.length === 0) return;
  const stream = client.query(copyStreams.from(`copy ${table} (${columns.map(q).join(', ')}) from stdin`));
  await pipeline(Readable.from([toCopyText(rows, columns)]), stream);
}

/**
 * Stores a batch of articles in one transaction: COPY every row into session-local staging
 * tables, insert the article rows with ON CONFLICT DO NOTHING (in id order, so that concurrent
 * batches lock in the same order), then move only the children of the articles that were new.
 * Articles that already existed (or came twice in the batch) come back as 'duplicate' and write
 * nothing. Any error rolls back the whole batch and is rethrown.
 */
export async function bulkSaveWithCopy(pool: pg.Pool, batch: ArticleRows[]): Promise<SaveOutcome[]> {
  const client = await pool.connect();
  let broken = false;
  try {
    await client.query('begin');
    try {
      const first = new Set<string>();
      const unique: ArticleRows[] = [];
      for (const a of batch) {
        if (first.has(a.article.id)) continue;
        first.add(a.article.id);
        unique.push(a);
      }
      const stage = async (table: Table, rows: object[]) => {
        const staging = `lapwing_stage_${table}`;
        // Temporary tables live for the session and empty themselves at commit, so pooled
        // connections create each one once.
        await client.query(
          `create temporary table if not exists ${staging} (like ${table} including defaults) on commit delete rows`,
        );
        if (rows.length) await copyInto(client, staging, Object.keys(rows[0]), rows);
        return staging;
      };
      const articleCols = Object.keys(unique[0].article);
      const stagedArticles = await stage(
        'articles',
        unique.map((a) => a.article),
      );
      const cols = articleCols.map(q).join(', ');
      const inserted = await client.query<{ id: string }>(
        `insert into articles (${cols}) select ${cols} from ${stagedArticles} order by id ` +
          'on conflict (id) do nothing returning id',
      );
      const fresh = new Set(inserted.rows.map((r) => r.id));
      const freshRows = unique.filter((a) => fresh.has(a.article.id));
      for (const t of TABLES) {
        const rows = freshRows.flatMap(t.rows);
        if (rows.length === 0) continue;
        const staging = await stage(t.table, rows);
        const c = Object.keys(rows[0]).map(q).join(', ');
        if (t.conflict) {
          await client.query(
            `insert into ${t.table} (${c}) select distinct on (${t.conflict}) ${c} from ${staging} ` +
              `order by ${t.conflict} on conflict (${t.conflict}) do nothing`,
          );
        } else {
          await client.query(`insert into ${t.table} (${c}) select ${c} from ${staging}`);
        }
      }
      await client.query('commit');
      const outcome = new Set<string>();
      return batch.map((a) => {
        const id = a.article.id;
        if (fresh.has(id) && !outcome.has(id)) {
          outcome.add(id);
          return 'stored';
        }
        return 'duplicate';
      });
    } catch (e) {
      try {
        await client.query('rollback');
      } catch {
        broken = true;
      }
      throw e;
    }
  } finally {
    client.release(broken);
  }
}
