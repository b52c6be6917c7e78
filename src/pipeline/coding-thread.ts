import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { Worker } from 'node:worker_threads';
import { getLogger } from '../core/logger.js';
import type { Article, CodedArticle } from '../core/records.js';
import { threadWorkerUrl } from './thread-pool.js';

type Reply = { seq: number; ok: true; coded: CodedArticle } | { seq: number; ok: false; error: string };

/**
 * One long-lived worker thread that codes articles for a server, so that coding a posted article
 * (seconds for a long one) never holds the thread that answers requests. It starts on the first
 * article, loads the pipeline once, and codes one article after another; a crash fails the
 * articles in hand and the next article starts a new thread. It does not keep the process alive.
 */
export class CodingThread {
  private worker: Worker | null = null;
  private seq = 0;
  private readonly waiting = new Map<
    number,
    { resolve: (c: CodedArticle) => void; reject: (e: Error) => void }
  >();

  constructor(private readonly url: URL = threadWorkerUrl()) {}

  /** Codes one article on the thread. */
  code(article: Article): Promise<CodedArticle> {
    const w = this.worker ?? this.start();
    const seq = this.seq++;
    return new Promise((resolve, reject) => {
      this.waiting.set(seq, { resolve, reject });
      w.ref(); // work in hand keeps the process alive until it is answered
      w.postMessage({ seq, article });
    });
  }

  private start(): Worker {
    if (!existsSync(fileURLToPath(this.url)))
      throw new Error(
        `worker thread script ${fileURLToPath(this.url)} not found (run \`npm run build\` first)`,
      );
    const w = new Worker(this.url, { workerData: { index: 0, logLevel: getLogger().level } });
    w.on('message', (reply: Reply) => {
      const job = this.waiting.get(reply.seq);
      this.waiting.delete(reply.seq);
      if (this.waiting.size === 0) w.unref();
      if (!job) return;
      if (reply.ok) job.resolve(reply.coded);
      else job.reject(new Error(reply.error.split('\n')[0]));
    });
    const fail = (err: Error) => {
      if (this.worker === w) this.worker = null;
      for (const job of this.waiting.values()) job.reject(err);
      this.waiting.clear();
    };
    w.on('error', fail);
    w.on('exit', (code) => fail(new Error(`coding thread exited with code ${code}`)));
    w.unref();
    this.worker = w;
    return w;
  }

  /** Stops the thread; articles in hand fail. */
  async close(): Promise<void> {
    const w = this.worker;
    this.worker = null;
    if (w) await w.terminate();
  }
}
