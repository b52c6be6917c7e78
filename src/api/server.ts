import type { AddressInfo } from 'node:net';
import { serve } from '@hono/node-server';
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
  const app = createApp({
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
    close: () =>
      new Promise<void>((resolveClose, reject) => {
        server.close((err) => (err ? reject(err) : resolveClose()));
        // Keep-alive connections would hold close() open until they time out.
        if ('closeAllConnections' in server) server.closeAllConnections();
      }),
  };
}
