import type { Store } from '../store/store.js';

/** Options of the HTTP server. */
export interface ServerOptions {
  store: Store;
  port: number;
  host: string;
  /** Bearer token that POST /api/articles requires; POST is disabled without one. */
  token?: string;
  /** Largest accepted request body, in bytes. */
  bodyLimit?: number;
}

/** A running server. */
export interface RunningServer {
  url: string;
  close(): Promise<void>;
}

/** Starts the API and dashboard server. (placeholder) */
export async function startServer(_opts: ServerOptions): Promise<RunningServer> {
  throw new Error('server not implemented yet');
}
