import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type RunningServer, startServer } from '../../src/api/server.js';
import { openStore } from '../../src/store/open-store.js';
import type { Store } from '../../src/store/store.js';
import { errorOf, postJson } from './http-helpers.js';

const TOKEN = 'post-limits-token-5b1e7c';
const auth = { authorization: `Bearer ${TOKEN}` };
const STORY = 'Teachers in Nairobi marched to parliament on Thursday to demand back pay, organisers said.';

let dir: string;
let store: Store;
let server: RunningServer;

beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), 'lapwing-post-limits-'));
  store = await openStore(join(dir, 'post.sqlite'));
  server = await startServer({
    store,
    port: 0,
    host: '127.0.0.1',
    token: TOKEN,
    bodyLimit: 2 * 1024 * 1024,
    webRoot: null,
  });
});
afterAll(async () => {
  await server?.close();
  await store?.close();
  rmSync(dir, { recursive: true, force: true });
});

describe('POST /api/articles limits', () => {
  it('refuses a text over the per-article limit (500 KB) with 413 naming the field, and stores nothing', async () => {
    const text = `${STORY} `.repeat(Math.ceil(600_000 / STORY.length));
    const r = await postJson(`${server.url}/api/articles`, { text }, auth);
    expect(r.status).toBe(413);
    expect(errorOf(r)).toMatchObject({ code: 'too-large', path: 'body.text' });
    expect(errorOf(r).message).toContain('500 KB per-article limit');
    const inArray = await postJson(`${server.url}/api/articles`, [{ text: STORY }, { text }], auth);
    expect(inArray.status).toBe(413);
    expect(errorOf(inArray).path).toBe('body.1.text');
    expect((await store.stats()).articles).toBe(0);
  });

  it('refuses dates that are not ISO 8601 with a field error', async () => {
    for (const date of ['1', '12', '2025', 'yesterday', '2025-13-01', '2025-02-30', 'Dec 3, 2025']) {
      const r = await postJson(`${server.url}/api/articles`, { text: STORY, date }, auth);
      expect(r.status, date).toBe(400);
      expect(errorOf(r), date).toMatchObject({ code: 'bad-body', path: 'body.date' });
    }
    const ok = await postJson(
      `${server.url}/api/articles`,
      { text: STORY, date: '2025-12-03T09:30:00Z' },
      auth,
    );
    expect(ok.status).toBe(201);
    const stored = await store.getArticle(ok.body.results[0].id);
    expect(stored?.article.published).toBe('2025-12-03T09:30:00.000Z');
  });
});
