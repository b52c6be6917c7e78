import { closeSync, openSync, readFileSync, unlinkSync, writeSync } from 'node:fs';
import { hostname } from 'node:os';
import pg from 'pg';

/**
 * A lock held while one process rebuilds the incident ledger, so that two workers never write
 * competing ledgers. It is exclusive across processes (and, for PostgreSQL, across machines).
 */
export interface IncidentLock {
  /** Runs `fn` while holding the lock, waiting for it if another process holds it. */
  withLock<T>(fn: () => Promise<T>): Promise<T>;
  close(): Promise<void>;
}

/** The advisory lock key: any fixed 64-bit number that no other tool on the database uses. */
const ADVISORY_KEY = 'lapwing.incidents.rebuild';

/**
 * PostgreSQL session advisory lock on a connection of its own. The server releases it when the
 * session ends, so a worker killed while holding it cannot block the others.
 */
export class PgAdvisoryLock implements IncidentLock {
  private readonly client: pg.Client;
  private connected: Promise<void> | null = null;

  constructor(url: string) {
    this.client = new pg.Client({ connectionString: url, application_name: 'lapwing-incident-lock' });
    // A dropped lock connection must not crash the worker; the next withLock reports it.
    this.client.on('error', () => {});
  }

  async withLock<T>(fn: () => Promise<T>): Promise<T> {
    this.connected ??= this.client.connect().then(() => undefined);
    await this.connected;
    await this.client.query('SELECT pg_advisory_lock(hashtext($1))', [ADVISORY_KEY]);
    try {
      return await fn();
    } finally {
      await this.client.query('SELECT pg_advisory_unlock(hashtext($1))', [ADVISORY_KEY]);
    }
  }

  async close(): Promise<void> {
    if (this.connected) await this.client.end();
  }
}

/**
 * A lock file next to a SQLite database (which only processes on one machine can share anyway).
 * A lock left by a dead process is taken over: the file names its owner's pid and host.
 */
export class FileLock implements IncidentLock {
  constructor(
    private readonly path: string,
    private readonly pollMs = 25,
  ) {}

  async withLock<T>(fn: () => Promise<T>): Promise<T> {
    await this.acquire();
    try {
      return await fn();
    } finally {
      try {
        unlinkSync(this.path);
      } catch {
        // Already gone: a peer judged us dead. Nothing to release.
      }
    }
  }

  private async acquire(): Promise<void> {
    for (;;) {
      try {
        const fd = openSync(this.path, 'wx');
        writeSync(fd, `${process.pid} ${hostname()}\n`);
        closeSync(fd);
        return;
      } catch (e) {
        if ((e as NodeJS.ErrnoException).code !== 'EEXIST') throw e;
      }
      if (this.ownerIsDead()) {
        try {
          unlinkSync(this.path);
        } catch {
          // Someone else cleaned it up first.
        }
        continue;
      }
      await new Promise((r) => setTimeout(r, this.pollMs));
    }
  }

  private ownerIsDead(): boolean {
    let owner: string;
    try {
      owner = readFileSync(this.path, 'utf8');
    } catch {
      return false;
    }
    const [pidText, host] = owner.trim().split(' ');
    const pid = Number(pidText);
    // Written but not yet filled in, or held on another host: wait rather than guess.
    if (!Number.isInteger(pid) || pid <= 0 || host !== hostname()) return false;
    try {
      process.kill(pid, 0);
      return false;
    } catch (e) {
      return (e as NodeJS.ErrnoException).code === 'ESRCH';
    }
  }

  async close(): Promise<void> {}
}

/** The lock that fits a `--db` value: advisory lock for PostgreSQL, lock file for SQLite. */
export function lockFor(db: string): IncidentLock {
  if (/^postgres(ql)?:\/\//.test(db)) return new PgAdvisoryLock(db);
  return new FileLock(`${db}.incidents.lock`);
}
