import type { Logger } from '../core/logger.js';
import { rebuildIncidents } from '../pipeline/ingest-run.js';
import type { Store } from '../store/store.js';
import type { IncidentLock } from './incident-lock.js';

/**
 * Keeps the incident ledger up to date while many workers add events.
 *
 * Clustering is not additive: a new report can merge two incidents or move a source from one to
 * another, so each refresh rebuilds the whole ledger from the stored events with the same
 * `rebuildIncidents` as `lapwing ingest` and replaces it (`buildIncidents` keeps incident ids
 * stable across rebuilds). Rebuilds are serialised by an
 * {@link IncidentLock}, so two workers never interleave their writes, and a worker refreshes only
 * after its own commits, so the last refresh to run has seen every stored event. No incident is
 * counted twice because no refresh adds to another's output; each replaces it.
 *
 * Refreshes are rate-limited per worker (`minIntervalMs`) because a rebuild reads every event.
 */
export class IncidentRefresher {
  private dirty = false;
  private lastRefresh = 0;
  /** Number of rebuilds this process ran. */
  rebuilds = 0;

  constructor(
    private readonly store: Store,
    private readonly lock: IncidentLock,
    private readonly log: Logger,
    private readonly minIntervalMs: number,
  ) {}

  /** Records that this worker committed new events since the last refresh. */
  markDirty(): void {
    this.dirty = true;
  }

  get pending(): boolean {
    return this.dirty;
  }

  /** Rebuilds if there is something new and the interval has passed (or `force`). */
  async maybeRefresh(force = false): Promise<boolean> {
    if (!this.dirty) return false;
    if (!force && Date.now() - this.lastRefresh < this.minIntervalMs) return false;
    await this.refresh();
    return true;
  }

  /** Rebuilds the ledger now, under the lock. */
  async refresh(): Promise<void> {
    // Cleared before reading so that a commit during the rebuild marks the ledger dirty again.
    this.dirty = false;
    const started = Date.now();
    try {
      const incidents = await this.lock.withLock(() => rebuildIncidents(this.store));
      this.rebuilds++;
      this.log.info({ incidents, ms: Date.now() - started }, 'rebuilt incidents');
    } catch (e) {
      this.dirty = true;
      throw e;
    } finally {
      this.lastRefresh = Date.now();
    }
  }
}
