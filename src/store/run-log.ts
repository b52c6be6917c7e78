import { randomBytes } from 'node:crypto';
import { hostname } from 'node:os';
import type { Kysely } from 'kysely';
import type { IngestRunRow, LapwingDb } from './db-schema.js';
import type { IngestRun } from './store.js';

type Db = Kysely<LapwingDb>;

/** Records a run as running in this process. */
export async function insertRun(db: Db, inputs: string[]): Promise<string> {
  const startedAt = new Date().toISOString();
  const id = `run_${startedAt.replace(/[-:.TZ]/g, '')}_${randomBytes(4).toString('hex')}`;
  await db
    .insertInto('ingest_runs')
    .values({
      id,
      started_at: startedAt,
      finished_at: null,
      inputs_json: JSON.stringify(inputs),
      stored: 0,
      skipped: 0,
      failed: 0,
      status: 'running',
      pid: process.pid,
      host: hostname(),
    })
    .execute();
  return id;
}

/** Whether a process of this host is alive (EPERM: alive, but another user's). */
function processAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (e) {
    return (e as NodeJS.ErrnoException).code === 'EPERM';
  }
}

/**
 * Marks `unfinished` the running runs of this host whose process is gone. Runs of other hosts
 * are left alone: their processes cannot be seen from here.
 */
export async function markUnfinished(db: Db): Promise<number> {
  const running = await db
    .selectFrom('ingest_runs')
    .select(['id', 'pid'])
    .where('status', '=', 'running')
    .where('host', '=', hostname())
    .execute();
  const dead = running.filter((r) => r.pid !== null && r.pid !== process.pid && !processAlive(Number(r.pid)));
  for (const r of dead) {
    await db
      .updateTable('ingest_runs')
      .set({ status: 'unfinished' })
      .where('id', '=', r.id)
      .where('status', '=', 'running')
      .execute();
  }
  return dead.length;
}

/** A run row as the Store interface gives it (rows of old versions have no status). */
export function rowToRun(r: IngestRunRow): IngestRun {
  const status =
    r.status === 'running' || r.status === 'finished' || r.status === 'unfinished'
      ? r.status
      : r.finished_at
        ? 'finished'
        : 'unfinished';
  return {
    id: r.id,
    startedAt: r.started_at,
    finishedAt: r.finished_at,
    inputs: JSON.parse(r.inputs_json) as string[],
    stored: Number(r.stored),
    skipped: Number(r.skipped),
    failed: Number(r.failed),
    status,
  };
}

/** Whether any article waits for an incident rebuild. */
export async function anyPending(db: Db): Promise<boolean> {
  const row = await db.selectFrom('incidents_pending').select('article_id').limit(1).executeTakeFirst();
  return row !== undefined;
}

/** Claims every pending mark for one rebuild; returns the claim's token. */
export async function claimPending(db: Db): Promise<string> {
  const token = `rebuild_${randomBytes(8).toString('hex')}`;
  await db.updateTable('incidents_pending').set({ claimed: token }).execute();
  return token;
}
