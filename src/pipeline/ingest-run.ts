import { ALL_CLAIMS } from '../cli/claim-statuses.js';
import { getLogger } from '../core/logger.js';
import type { Problem } from '../core/problem.js';
import type { Article } from '../core/records.js';
import type { StageContext } from '../core/stage.js';
import type { IngestItem, ReadOptions } from '../ingest/ingest-options.js';
import { readInputs } from '../ingest/read-inputs.js';
import type { Store } from '../store/store.js';
import { CODED_LANGUAGES, processArticle } from './pipeline.js';
import { rebuildIncidents } from './rebuild-incidents.js';
import { type PrecodedItem, precodeItems, storePrecoded } from './thread-pool.js';

/** Every claim status, so that incident building sees flagged events too. */
export { ALL_CLAIMS, rebuildIncidents };

/** Counts of one ingest run. */
export interface IngestCounts {
  /** Articles newly stored. */
  stored: number;
  /** Articles already in the store (same content id): nothing written. */
  duplicate: number;
  /** Inputs skipped on purpose (unsupported file types, corpus documentation). */
  skipped: number;
  /** Inputs or records that could not be read or processed. */
  failed: number;
  /** Events stored with the new articles. */
  events: number;
  /** Articles stored but not coded because of their language. */
  notCoded: number;
}

/** Progress after each item. */
export interface IngestProgress extends IngestCounts {
  /** The origin of the item just handled. */
  current: string;
}

/** Options of {@link runIngest}. */
export interface IngestRunOptions {
  store: Store;
  inputs: string[];
  read?: Partial<ReadOptions>;
  /** Called after each article or problem. */
  onProgress?: (p: IngestProgress) => void;
  /** Called for each problem as it happens (errors and warnings). */
  onProblem?: (p: Problem) => void;
  /** Rebuild incidents even when no article was stored. */
  rebuildIncidents?: boolean;
  ctx?: StageContext;
  /** Items to ingest instead of reading `inputs` (the API posts articles this way). */
  items?: AsyncIterable<IngestItem> | Iterable<IngestItem>;
  /** Worker threads that code new articles ahead of storing them (`--threads`); 1 codes inline. */
  threads?: number;
}

/** Result of a run. */
export interface IngestResult extends IngestCounts {
  /** The run recorded in the store, or null when the run stored nothing (a no-op is not logged). */
  runId: string | null;
  problems: Problem[];
  /** Incidents after the rebuild, or null when no rebuild was needed. */
  incidents: number | null;
  /** Ids of the articles stored by this run. */
  storedIds: string[];
}

/**
 * Codes and stores one article unless the store already has it. The store writes it in one
 * transaction, so a failure leaves nothing of it behind.
 */
export async function ingestArticle(
  store: Store,
  article: Article,
  ctx: StageContext = { log: getLogger() },
): Promise<{ outcome: 'stored' | 'duplicate'; events: number; coded: boolean }> {
  if (await store.hasArticle(article.id)) return { outcome: 'duplicate', events: 0, coded: false };
  const coded = processArticle(article, ctx);
  const outcome = await store.saveArticle(coded);
  return {
    outcome,
    events: outcome === 'stored' ? coded.events.length : 0,
    coded: CODED_LANGUAGES.has(article.language),
  };
}

/**
 * Test hook for the crash between the last commit and the incident rebuild: with
 * `LAPWING_TEST_HOLD_BEFORE_INCIDENTS=1` the process says so on stderr and waits there until it is
 * killed. Never set outside tests.
 */
async function holdBeforeIncidents(): Promise<void> {
  if (process.env.LAPWING_TEST_HOLD_BEFORE_INCIDENTS !== '1') return;
  process.stderr.write('lapwing: holding before the incident rebuild (test hook)\n');
  await new Promise(() => setInterval(() => {}, 60_000));
}

/**
 * Reads the inputs, codes and stores each new article, then rebuilds incidents when anything was
 * stored, or when a rebuild is still pending from a run that died before it (even if this run
 * finds only duplicates). Runs of this host left `running` by a dead process are marked
 * `unfinished` first. Per-article failures become problems; the run goes on. A run that stores anything is
 * recorded in the store's run log; one that finds only duplicates leaves the store untouched.
 */
export async function runIngest(opts: IngestRunOptions): Promise<IngestResult> {
  const { store } = opts;
  const ctx = opts.ctx ?? { log: getLogger() };
  const counts: IngestCounts = { stored: 0, duplicate: 0, skipped: 0, failed: 0, events: 0, notCoded: 0 };
  const problems: Problem[] = [];
  const storedIds: string[] = [];
  // The run is recorded from its first stored article on, so that re-ingesting what the store
  // already holds leaves the database exactly as it was.
  let runId: string | null = null;
  const report = (p: Problem) => {
    problems.push(p);
    opts.onProblem?.(p);
  };
  await store.markUnfinishedRuns();
  const read = opts.items ?? readInputs(opts.inputs, opts.read);
  const threads = opts.threads ?? 1;
  const items: AsyncIterable<PrecodedItem> | Iterable<PrecodedItem> =
    threads > 1 ? precodeItems(read, threads, async (a) => !(await store.hasArticle(a.id))) : read;
  for await (const item of items) {
    let current: string;
    if ('problem' in item) {
      current = item.problem.path;
      if (item.problem.severity === 'warning') counts.skipped++;
      else counts.failed++;
      report(item.problem);
    } else {
      const { article } = item;
      current = article.origin;
      for (const w of item.warnings ?? []) report({ ...w, severity: 'warning' });
      try {
        if (runId === null && !(await store.hasArticle(article.id)))
          runId = await store.startRun(opts.inputs);
        const r = item.precoded
          ? await storePrecoded(store, item.precoded)
          : await ingestArticle(store, article, ctx);
        if (r.outcome === 'stored') {
          counts.stored++;
          counts.events += r.events;
          storedIds.push(article.id);
          if (!r.coded) counts.notCoded++;
        } else counts.duplicate++;
      } catch (e) {
        counts.failed++;
        ctx.log.error({ err: e, origin: article.origin }, 'article failed');
        report({
          code: 'process-failed',
          path: article.origin,
          message: `not stored: ${(e as Error).message}`,
        });
      }
    }
    opts.onProgress?.({ ...counts, current });
  }
  let incidents: number | null = null;
  if (counts.stored > 0) await holdBeforeIncidents();
  if (counts.stored > 0 || opts.rebuildIncidents || (await store.incidentsPending())) {
    try {
      incidents = await rebuildIncidents(store);
    } catch (e) {
      ctx.log.error({ err: e }, 'incident rebuild failed');
      report({
        code: 'incidents-failed',
        path: 'incidents',
        message: `incident ledger not rebuilt: ${(e as Error).message}`,
      });
    }
  }
  if (runId !== null)
    await store.finishRun(runId, {
      stored: counts.stored,
      skipped: counts.skipped + counts.duplicate,
      failed: counts.failed,
    });
  return { ...counts, runId, problems, incidents, storedIds };
}
