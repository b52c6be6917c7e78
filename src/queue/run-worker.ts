import type { JsMsg, NatsConnection } from 'nats';
import { getLogger, type Logger } from '../core/logger.js';
import { formatProblem } from '../core/problem.js';
import type { Article, CodedArticle } from '../core/records.js';
import { redactUrl } from '../core/redact-url.js';
import { processArticle } from '../pipeline/pipeline.js';
import { warmUpPipeline } from '../pipeline/thread-pool.js';
import { openStore } from '../store/open-store.js';
import type { SaveOutcome, Store } from '../store/store.js';
import { decodeArticle } from './article-message.js';
import { type IncidentLock, lockFor } from './incident-lock.js';
import { IncidentRefresher } from './incident-refresher.js';
import { connectQueue, ensureConsumer, ensureStream } from './nats-connection.js';
import { queueTarget } from './queue-options.js';

/** Options of {@link runWorker}; the CLI fills every field. */
export interface WorkerOptions {
  /** NATS URL. */
  queue: string;
  /** SQLite path or `postgres://` URL. */
  db: string;
  stream?: string;
  consumer?: string;
  /** Time to ack a message before JetStream hands it to another worker. */
  ackWaitMs: number;
  /** Messages pulled per fetch. */
  batch: number;
  /** How long one fetch waits for messages when the queue is empty. */
  fetchWaitMs: number;
  /** Exit once the queue is empty and no message is out with any worker. */
  drain: boolean;
  /** Minimum time between this worker's incident rebuilds; null turns rebuilding off. */
  incidentsIntervalMs: number | null;
  /** Deliveries of one message before a failing article is dropped with an error. */
  maxAttempts: number;
  /** Stops the worker after the message in hand (SIGTERM / SIGINT in the CLI). */
  signal?: AbortSignal;
}

/** Defaults for the optional knobs. */
export const DEFAULT_WORKER_OPTIONS = {
  ackWaitMs: 30_000,
  batch: 16,
  fetchWaitMs: 1000,
  drain: false,
  incidentsIntervalMs: 2000,
  maxAttempts: 5,
} satisfies Partial<WorkerOptions>;

/** What one worker did. */
export interface WorkerSummary {
  /** Messages handled (acked or dropped), redeliveries included. */
  processed: number;
  stored: number;
  /** Articles already stored (a redelivery, or the same article published twice). */
  duplicates: number;
  /** Messages dropped: undecodable, or failing after `maxAttempts` deliveries. */
  failed: number;
  incidentRebuilds: number;
  seconds: number;
}

/**
 * Runs one queue worker: pulls articles from the shared durable consumer, runs the pipeline,
 * stores each article in one transaction and only then acks it. A worker that dies before the ack
 * leaves the message to be redelivered to another worker after the ack wait; since store writes
 * are idempotent by article id, a message whose article was committed but not acked is simply
 * acked again as a duplicate. Delivery is at-least-once; storage is exactly-once.
 */
export async function runWorker(opts: WorkerOptions): Promise<WorkerSummary> {
  const target = queueTarget(opts.queue, { stream: opts.stream, consumer: opts.consumer });
  const log = getLogger().child({
    component: 'worker',
    pid: process.pid,
    stream: target.stream,
    consumer: target.consumer,
  });
  const started = Date.now();
  const summary: WorkerSummary = {
    processed: 0,
    stored: 0,
    duplicates: 0,
    failed: 0,
    incidentRebuilds: 0,
    seconds: 0,
  };

  const lock = lockFor(opts.db);
  // Opening migrates the schema; workers starting together would race on it, so the lock orders them.
  const store = await lock
    .withLock(() => openStore(opts.db))
    .catch(async (e) => {
      await lock.close().catch(() => {});
      throw e;
    });
  let nc: NatsConnection | null = null;
  let runId: string | null = null;
  try {
    nc = await connectQueue(opts.queue, `lapwing-worker-${process.pid}`);
    const jsm = await nc.jetstreamManager();
    await ensureStream(jsm, target);
    await ensureConsumer(jsm, target, { ackWaitMs: opts.ackWaitMs });
    // Load data files and models before pulling, so the first batch is not held through it.
    const warmUpMs = warmUpPipeline();
    const consumer = await nc.jetstream().consumers.get(target.stream, target.consumer);
    await store.markUnfinishedRuns();
    runId = await store.startRun([`${redactUrl(opts.queue)}#${target.stream}/${target.consumer}`]);
    const conn = nc;
    // The consumer's ack floor: every message at or below it was acked, hence committed.
    const ackFloor = async (): Promise<number> => {
      await conn.flush();
      return (await consumer.info()).ack_floor.stream_seq;
    };
    const refresher =
      opts.incidentsIntervalMs === null
        ? null
        : new IncidentRefresher(store, lock, log, opts.incidentsIntervalMs, ackFloor);
    // A rebuild left pending by a process that died after its last commit is finished here.
    if (refresher && (await store.incidentsPending())) refresher.markDirty();
    log.info(
      {
        db: redactUrl(opts.db),
        ackWaitMs: opts.ackWaitMs,
        batch: opts.batch,
        warmUpMs: Math.round(warmUpMs),
      },
      'worker started',
    );

    let lastReport = Date.now();
    while (!opts.signal?.aborted) {
      const msgs = await consumer.fetch({ max_messages: opts.batch, expires: opts.fetchWaitMs });
      let received = 0;
      const batch: Prepared[] = [];
      for await (const m of msgs) {
        received++;
        if (opts.signal?.aborted) {
          // Hand the rest of the batch straight back rather than making peers wait out the ack wait.
          m.nak();
          continue;
        }
        // Coded as it arrives, so the CPU work overlaps the wait for the rest of the batch.
        const p = prepareMessage(m, opts, log, summary);
        if (p) batch.push(p);
      }
      await storeBatch(batch, store, opts, log, summary, refresher);
      if (Date.now() - lastReport >= 10_000) {
        log.info({ ...summary, perSecond: rate(summary.processed, started) }, 'progress');
        lastReport = Date.now();
      }
      if (received > 0) {
        if (refresher && (await refresher.maybeRefresh())) summary.incidentRebuilds++;
        continue;
      }
      // Idle: bring incidents up to date now, including what other (perhaps dead) workers stored.
      await nc.flush();
      const info = await consumer.info();
      if (refresher) {
        refresher.noteProgress(info.ack_floor.stream_seq);
        if (await refresher.maybeRefresh(true)) summary.incidentRebuilds++;
      }
      if (opts.drain && info.num_pending === 0 && info.num_ack_pending === 0) break;
    }
    if (refresher && (await refresher.maybeRefresh(true))) summary.incidentRebuilds++;
    await nc.flush();
    return summary;
  } finally {
    summary.seconds = (Date.now() - started) / 1000;
    log.info({ ...summary, perSecond: rate(summary.processed, started) }, 'worker stopped');
    if (runId)
      await store
        .finishRun(runId, { stored: summary.stored, skipped: summary.duplicates, failed: summary.failed })
        .catch(() => {});
    await nc?.drain().catch(() => {});
    await closeAll(store, lock);
  }
}

/** A decoded and coded message, waiting for its batch to be stored. */
interface Prepared {
  m: JsMsg;
  article: Article;
  coded: CodedArticle | null;
  /** Set when the pipeline threw on this article. */
  error: Error | null;
}

/**
 * Decodes a message and runs the pipeline on it. An undecodable message is terminated here (it
 * would never decode on another worker either) and yields nothing.
 */
function prepareMessage(m: JsMsg, opts: WorkerOptions, log: Logger, summary: WorkerSummary): Prepared | null {
  const where = `${redactUrl(opts.queue)}#${m.info.stream}:${m.seq}`;
  const decoded = decodeArticle(m.data, where);
  if (!decoded.ok) {
    for (const p of decoded.problems) log.error({ problem: p }, formatProblem(p));
    m.term();
    summary.processed++;
    summary.failed++;
    return null;
  }
  const article = decoded.value;
  try {
    // `processArticle` is what `lapwing ingest` runs, so both modes store the same events.
    const coded = processArticle(article, { log });
    log.debug({ article: article.id, delivery: m.info.redeliveryCount }, 'article coded');
    return { m, article, coded, error: null };
  } catch (e) {
    return { m, article, coded: null, error: e instanceof Error ? e : new Error(String(e)) };
  }
}

/**
 * Stores a batch in one bulk write (each article all-or-nothing), then acks each article whose
 * write committed. Articles already stored are acked as duplicates; failures are retried through
 * redelivery and dropped after `maxAttempts`.
 */
async function storeBatch(
  batch: Prepared[],
  store: Store,
  opts: WorkerOptions,
  log: Logger,
  summary: WorkerSummary,
  refresher: IncidentRefresher | null,
): Promise<void> {
  const toSave = batch.filter((p) => p.coded !== null);
  let outcomes: (SaveOutcome | Error)[];
  try {
    outcomes = toSave.length ? await store.saveArticles(toSave.map((p) => p.coded as CodedArticle)) : [];
  } catch (e) {
    // The store itself failed (connection lost): nothing of the batch is known to be stored.
    const err = e instanceof Error ? e : new Error(String(e));
    outcomes = toSave.map(() => err);
  }
  const outcomeOf = new Map(toSave.map((p, i) => [p, outcomes[i]]));
  for (const p of batch) {
    const outcome = p.error ?? outcomeOf.get(p) ?? new Error('no outcome from the store');
    if (outcome instanceof Error) {
      retryOrDrop(p, outcome, opts, log, summary);
      continue;
    }
    // Ack only after the article's write has committed.
    p.m.ack();
    summary.processed++;
    if (outcome === 'stored') {
      summary.stored++;
      refresher?.markDirty();
    } else {
      summary.duplicates++;
      // A redelivered article found stored: its first worker died between commit and ack, perhaps
      // before rebuilding incidents.
      if (p.m.info.redeliveryCount > 1) refresher?.markDirty();
    }
    const events = p.coded?.events.length ?? 0;
    log.debug({ article: p.article.id, outcome, events, delivery: p.m.info.redeliveryCount }, 'article done');
  }
}

function retryOrDrop(
  p: Prepared,
  err: Error,
  opts: WorkerOptions,
  log: Logger,
  summary: WorkerSummary,
): void {
  const attempt = p.m.info.redeliveryCount;
  if (attempt >= opts.maxAttempts) {
    log.error(
      { article: p.article.id, origin: p.article.origin, attempt, err: err.message },
      'article failed; dropped',
    );
    p.m.term();
    summary.processed++;
    summary.failed++;
  } else {
    log.warn({ article: p.article.id, attempt, err: err.message }, 'article failed; will retry');
    p.m.nak(Math.min(30_000, 1000 * 2 ** (attempt - 1)));
  }
}

function rate(n: number, since: number): number {
  const s = (Date.now() - since) / 1000;
  return s > 0 ? Math.round((n / s) * 10) / 10 : 0;
}

async function closeAll(store: Store, lock: IncidentLock): Promise<void> {
  await lock.close().catch(() => {});
  await store.close().catch(() => {});
}
