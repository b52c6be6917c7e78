import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll } from 'vitest';
import { tempDir } from '../ingest/temp-dir.js';
import { createTempDatabase, type TempDatabase } from '../store/pg-test-db.js';

/** News reports the CLI store tests ingest: two of one strike, and one of another. */
export const STRIKE_REPORTS = {
  first: `---\ntitle: Boat struck\noutlet: North Wire\ndate: 2025-10-15\n---\nThe United States military struck a boat in the Caribbean Sea on Tuesday, killing four people aboard, officials said.`,
  second: `---\ntitle: Four dead\noutlet: South Ledger\ndate: 2025-10-15\n---\nA US strike on a vessel in the Caribbean on Tuesday killed four men, the Pentagon said.\n`,
  other: `---\ntitle: Second strike\noutlet: North Wire\ndate: 2025-11-03\n---\nUS forces attacked another boat in the eastern Pacific on Sunday, killing two people.\n`,
};

/**
 * A temporary folder with a corpus of the given files, written before the suite, and a temporary
 * PostgreSQL database; both removed after it.
 */
export function corpusFixture(prefix: string, files: Record<string, string>) {
  const { dir, cleanup } = tempDir(prefix);
  const corpus = join(dir, 'corpus');
  let pg: TempDatabase | undefined;
  beforeAll(async () => {
    mkdirSync(corpus);
    for (const [name, text] of Object.entries(files)) writeFileSync(join(corpus, name), text);
    pg = await createTempDatabase();
  });
  afterAll(async () => {
    cleanup();
    await pg?.drop();
  });
  return { dir, corpus, pgUrl: () => pg!.url };
}
