import type { Store } from './store.js';

/** Opens the store named by a path (SQLite) or a `postgres://` URL. (placeholder) */
export async function openStore(_db: string): Promise<Store> {
  throw new Error('store not implemented yet');
}
