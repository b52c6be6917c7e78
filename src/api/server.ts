import type { AddressInfo } from 'node:net';
import { serve } from '@hono/node-server';
import type { CodingThread } from '../pipeline/coding-thread.js';
import type { Store } from '../store/store.js';
import { createApp } from './create-app.js';
import { findWebRoot } from './static-files.js';

/** Options of the HTTP server. */
export interface ServerOptions {
  store: Store;
  /** Port to listen on; 0 picks a free one (see `RunningServer.url`). */
  port: number;
  host: string;
  /** Bearer token that POST /api/articles requires; POST is disabled without one. */
  token?: string;
  /** Largest accepted request body, in bytes (default 2 MB). */
  bodyLimit?: number;
  /** Folder of the built dashboard; found next to the server when omitted. */
  webRoot?: string;
}

/** A running server. */
export interface RunningServer {
  url: string;
  close(): Promise<void>;
}

/** Starts the API and dashboard server and resolves once it listens. */
export async function startServer(opts: ServerOptions): Promise<RunningServer> {
  // Posted articles are coded on a thread of their own, started by the first post: coding a long
  // one takes seconds, during which this thread keeps answering.
  // Loaded then, like the pipeline itself, so that `serve` starts fast.
  let coder: Promise<CodingThread> | null = null;
  const app = createApp({
    code: async (article) => {
      coder ??= import('../pipeline/coding-thread.js').then((m) => new m.CodingThread());
      return (await coder).code(article);
    },
    store: opts.store,
    token: opts.token,
    bodyLimit: opts.bodyLimit,
    webRoot: findWebRoot(opts.webRoot),
  });
  const server = await new Promise<ReturnType<typeof serve>>((resolvePromise, reject) => {
    const s = serve({ fetch: app.fetch, port: opts.port, hostname: opts.host }, () => resolvePromise(s));
    s.once('error', reject);
  });
  const addr = server.address() as AddressInfo;
  const host = addr.family === 'IPv6' ? `[${addr.address}]` : addr.address;
  return {
    url: `http://${host}:${addr.port}`,
    close: async () => {
      await new Promise<void>((resolveClose, reject) => {
        server.close((err) => (err ? reject(err) : resolveClose()));
        // Keep-alive connections would hold close() open until they time out.
        if ('closeAllConnections' in server) server.closeAllConnections();
      });
      if (coder) await (await coder).close();
    },
  };
}
