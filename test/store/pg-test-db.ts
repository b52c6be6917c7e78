/**
 * A throwaway PostgreSQL database per test file (`lapwing_t_<random>`), dropped afterwards, with a
 * fresh schema per store so that tests stay isolated without paying for a database each.
 */
import { randomBytes } from 'node:crypto';
import pg from 'pg';

/** The server the tests run against (trust auth, user postgres). */
export const PG_ADMIN_URL = process.env.LAPWING_TEST_PG ?? 'postgres://postgres@127.0.0.1:5432/postgres';

/** A temporary database with helpers to hand out schema-scoped URLs. */
export interface TempDatabase {
  name: string;
  url: string;
  /** A URL whose connections use a new, empty schema (then `public`, where extensions live). */
  schemaUrl(): Promise<string>;
  /** Empties the Lapwing tables of the schema a `schemaUrl()` URL names (keeps the migrations). */
  truncate(url: string): Promise<void>;
  drop(): Promise<void>;
}

function withDatabase(url: string, db: string): string {
  const u = new URL(url);
  u.pathname = `/${db}`;
  return u.toString();
}

/** Creates `lapwing_t_<random>` on the test server. */
export async function createTempDatabase(): Promise<TempDatabase> {
  const name = `lapwing_t_${randomBytes(6).toString('hex')}`;
  const admin = new pg.Client({ connectionString: PG_ADMIN_URL });
  await admin.connect();
  try {
    await admin.query(`create database ${name}`);
  } finally {
    await admin.end();
  }
  const url = withDatabase(PG_ADMIN_URL, name);
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  await client.query('create extension if not exists pg_trgm');
  let n = 0;
  return {
    name,
    url,
    async schemaUrl() {
      const schema = `s${n++}`;
      await client.query(`create schema ${schema}`);
      const u = new URL(url);
      u.searchParams.set('options', `-c search_path=${schema},public`);
      return u.toString();
    },
    async truncate(schemaUrl: string) {
      const schema = /search_path=(\w+)/.exec(new URL(schemaUrl).searchParams.get('options') ?? '')?.[1];
      if (!schema) throw new Error(`not a schema URL: ${schemaUrl}`);
      const tables = await client.query<{ t: string }>(
        "select tablename as t from pg_tables where schemaname = $1 and tablename not like 'lapwing_migrations%'",
        [schema],
      );
      if (tables.rows.length === 0) return;
      // DELETE, not TRUNCATE: on a few rows it skips recreating every table and index file.
      // Article children go with their article (ON DELETE CASCADE); the rest are standalone.
      const order = [
        'incident_sources',
        'incident_actors',
        'incidents',
        'campaigns',
        'articles',
        // after the articles, whose delete trigger marks them here
        'incidents_pending',
        'actors',
        'ingest_runs',
      ];
      const present = new Set(tables.rows.map((r) => r.t));
      await client.query(
        order
          .filter((t) => present.has(t))
          .map((t) => `delete from ${schema}."${t}";`)
          .join('\n'),
      );
    },
    async drop() {
      await client.end();
      const a = new pg.Client({ connectionString: PG_ADMIN_URL });
      await a.connect();
      try {
        await a.query(`drop database if exists ${name} with (force)`);
      } finally {
        await a.end();
      }
    },
  };
}
