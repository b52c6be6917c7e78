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
 * stable across rebuilds). No incident is counted twice because no refresh adds to another's
 * output; each replaces it. Rebuilds are serialised by an {@link IncidentLock}, so two workers
 * never interleave their writes.
 *
 * When to rebuild: after this worker's own commits (at most every `minIntervalMs`), and, when the
 * queue is idle, whenever the queue's progress mark (the consumer's ack floor) has moved past the
 * mark taken at the start of this worker's last rebuild. Articles are acked after they commit, so
 * a moved mark means some worker committed articles that the last rebuild may not have seen,
 * including a worker that died before it could rebuild. A worker that died after committing but
 * before acking leaves a redelivery that the next worker finds already stored; the worker marks
 * the ledger dirty for that too.
 */
export class IncidentRefresher {
  private dirty = false;
  private lastRefresh = 0;
  /** Progress mark read at the start of the last rebuild; -1 before any rebuild. */
  private markAtRefresh = -1;
  /** Number of rebuilds this process ran. */
  rebuilds = 0;

  constructor(
    private readonly store: Store,
    private readonly lock: IncidentLock,
    private readonly log: Logger,
    private readonly minIntervalMs: number,
    /** Reads the shared progress mark (the consumer's ack floor); none for a lone writer. */
    private readonly progressMark: (() => Promise<number>) | null = null,
  ) {}

  /** Records that events were committed since the last refresh. */
  markDirty(): void {
    this.dirty = true;
  }

  get pending(): boolean {
    return this.dirty;
  }

  /** Marks the ledger dirty if the shared progress mark moved since the last rebuild began. */
  noteProgress(mark: number): void {
    if (mark > this.markAtRefresh) this.dirty = true;
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
      const incidents = await this.lock.withLock(async () => {
        // Read before the events: everything acked up to this mark is committed and will be seen.
        if (this.progressMark) this.markAtRefresh = await this.progressMark();
        return rebuildIncidents(this.store);
      });
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
