import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import pino from 'pino';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runIngest } from '../../src/pipeline/ingest-run.js';
import { openStore } from '../../src/store/open-store.js';
import type { Store } from '../../src/store/store.js';
import { tempDir } from './temp-dir.js';

const { dir, cleanup } = tempDir('lapwing-run-');
let store: Store;

const A =
  'The United States military struck a vessel in the Caribbean Sea on Tuesday, killing three people aboard, officials said.';
const B =
  'Colombia suspended intelligence sharing with the United States after the latest strike, the president said on Wednesday.';
const ES =
  'El presidente de Colombia suspendió la cooperación de inteligencia con Estados Unidos tras el último ataque en el mar Caribe.';

beforeAll(async () => {
  mkdirSync(join(dir, 'corpus'));
  writeFileSync(join(dir, 'corpus', 'a.txt'), `---\ntitle: Strike\ndate: 2025-10-14\n---\n${A}\n`);
  writeFileSync(join(dir, 'corpus', 'b.html'), `<html><body><article><p>${B}</p></article></body></html>`);
  writeFileSync(join(dir, 'corpus', 'es.txt'), ES);
  writeFileSync(join(dir, 'corpus', 'recs.jsonl'), `${JSON.stringify({ text: A })}\n{"text": oops}\n`);
  writeFileSync(join(dir, 'corpus', 'notes.pdf'), '%PDF');
  store = await openStore(join(dir, 'run.sqlite'));
});
afterAll(async () => {
  await store?.close();
  cleanup();
});

describe('runIngest on a real SQLite store', () => {
  it('stores new articles, counts duplicates, skips and failures, and records the run', async () => {
    const seen: string[] = [];
    const r = await runIngest({ store, inputs: [join(dir, 'corpus')], onProblem: (p) => seen.push(p.code) });
    // a.txt and the JSONL copy of it have the same text: one stored, one duplicate.
    expect({ stored: r.stored, duplicate: r.duplicate, skipped: r.skipped, failed: r.failed }).toEqual({
      stored: 3,
      duplicate: 1,
      skipped: 1,
      failed: 1,
    });
    expect(seen.sort()).toEqual(['bad-json', 'unsupported-extension']);
    expect(r.notCoded).toBe(1);
    expect(r.incidents).not.toBeNull();
    const runs = await store.listRuns(5);
    expect(runs[0]).toMatchObject({ id: r.runId, stored: 3, failed: 1 });
    expect(runs[0]!.finishedAt).not.toBeNull();
  });

  it('stores non-English text flagged with its language and without annotations', async () => {
    const page = await store.listArticles({ limit: 10, language: 'spa' });
    expect(page.items).toHaveLength(1);
    const full = await store.getArticle(page.items[0]!.id);
    expect(full!.sentences).toHaveLength(0);
    expect(full!.events).toHaveLength(0);
  });

  it('re-ingesting changes nothing at all, not even the run log', async () => {
    const before = await store.stats();
    const r = await runIngest({ store, inputs: [join(dir, 'corpus')] });
    expect(r.stored).toBe(0);
    expect(r.duplicate).toBe(4);
    expect(r.incidents).toBeNull();
    expect(r.runId).toBeNull();
    expect(await store.stats()).toEqual(before);
  });

  it('a failure while storing one article is a problem; the others are stored and it leaves nothing', async () => {
    const C =
      'Venezuela condemned the strike as an act of aggression and called on the United Nations to act.';
    const D =
      'The Treasury imposed sanctions on the Colombian president and members of his family on Friday.';
    writeFileSync(join(dir, 'c.txt'), C);
    writeFileSync(join(dir, 'd.txt'), D);
    // Fault injection around the real store: writing the first article throws.
    let failedId = '';
    const faulty: Store = Object.create(store);
    faulty.saveArticle = async (coded) => {
      if (!failedId) {
        failedId = coded.article.id;
        throw new Error('disk full (injected)');
      }
      return store.saveArticle(coded);
    };
    const r = await runIngest({
      store: faulty,
      inputs: [join(dir, 'c.txt'), join(dir, 'd.txt')],
      ctx: { log: pino({ level: 'silent' }) },
    });
    expect(r).toMatchObject({ stored: 1, failed: 1 });
    expect(r.problems[0]).toMatchObject({ code: 'process-failed', path: join(dir, 'c.txt') });
    expect(r.problems[0]!.message).toContain('disk full');
    expect(await store.hasArticle(failedId)).toBe(false);
    // The next run picks the failed article up.
    const again = await runIngest({ store, inputs: [join(dir, 'c.txt'), join(dir, 'd.txt')] });
    expect(again).toMatchObject({ stored: 1, duplicate: 1, failed: 0 });
  });
});
