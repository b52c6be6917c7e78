import type { JetStreamManager } from 'nats';
import { redactUrl } from '../core/redact-url.js';
import { connectQueue } from './nats-connection.js';
import { type QueueTarget, queueTarget } from './queue-options.js';

/** A snapshot of the queue, as `lapwing status` prints it. */
export interface QueueStatus {
  url: string;
  stream: string;
  consumer: string;
  /** False when no stream exists yet (nothing was ever published). */
  exists: boolean;
  /** Messages in the stream: with work-queue retention, articles not yet acked by a worker. */
  messages: number;
  bytes: number;
  /** Articles ever accepted by the stream (its last sequence number). */
  published: number;
  /** Messages not yet delivered to any worker. */
  pending: number;
  /** Messages delivered to a worker and not yet acked (in progress, or held by a dead worker). */
  ackPending: number;
  redelivered: number;
  /** Workers currently waiting in a pull request. */
  waitingPulls: number;
  /** Articles acked per second over the sampling interval; null without sampling. */
  throughput: number | null;
  /** Age of the oldest unacked article in seconds: how far the workers lag behind. */
  lagSeconds: number | null;
  /** Seconds until the current depth is worked off at the measured throughput. */
  etaSeconds: number | null;
  sampledMs: number;
}

interface Sample {
  at: number;
  exists: boolean;
  messages: number;
  bytes: number;
  lastSeq: number;
  firstTs: string | null;
  pending: number;
  ackPending: number;
  redelivered: number;
  waiting: number;
}

async function sample(jsm: JetStreamManager, target: QueueTarget): Promise<Sample> {
  const at = Date.now();
  let si: Awaited<ReturnType<JetStreamManager['streams']['info']>>;
  try {
    si = await jsm.streams.info(target.stream);
  } catch (e) {
    if (!/stream not found/i.test((e as Error).message)) throw e;
    return {
      at,
      exists: false,
      messages: 0,
      bytes: 0,
      lastSeq: 0,
      firstTs: null,
      pending: 0,
      ackPending: 0,
      redelivered: 0,
      waiting: 0,
    };
  }
  const s: Sample = {
    at,
    exists: true,
    messages: si.state.messages,
    bytes: si.state.bytes,
    lastSeq: si.state.last_seq,
    firstTs: si.state.messages > 0 ? si.state.first_ts : null,
    pending: si.state.messages,
    ackPending: 0,
    redelivered: 0,
    waiting: 0,
  };
  try {
    const ci = await jsm.consumers.info(target.stream, target.consumer);
    s.pending = ci.num_pending;
    s.ackPending = ci.num_ack_pending;
    s.redelivered = ci.num_redelivered;
    s.waiting = ci.num_waiting;
  } catch (e) {
    // No worker has started yet: everything in the stream is pending.
    if (!/consumer not found/i.test((e as Error).message)) throw e;
  }
  return s;
}

/**
 * Reads the queue's depth and, sampling twice `sampleMs` apart, its throughput. With work-queue
 * retention an acked message leaves the stream, so throughput is the fall in depth plus what was
 * published in between. Lag is the age of the oldest message still in the stream.
 */
export async function queueStatus(
  url: string,
  opts: { stream?: string; consumer?: string; sampleMs?: number } = {},
): Promise<QueueStatus> {
  const target = queueTarget(url, opts);
  const sampleMs = Math.max(0, opts.sampleMs ?? 1000);
  const nc = await connectQueue(url, 'lapwing-status');
  try {
    const jsm = await nc.jetstreamManager();
    const a = await sample(jsm, target);
    let throughput: number | null = null;
    let b = a;
    if (sampleMs > 0 && a.exists) {
      await new Promise((r) => setTimeout(r, sampleMs));
      b = await sample(jsm, target);
      const acked = a.messages + (b.lastSeq - a.lastSeq) - b.messages;
      throughput = Math.max(0, acked) / ((b.at - a.at) / 1000);
    }
    const lagSeconds = b.firstTs
      ? Math.max(0, (Date.now() - Date.parse(b.firstTs)) / 1000)
      : b.exists
        ? 0
        : null;
    const depth = b.messages;
    return {
      url: redactUrl(url),
      stream: target.stream,
      consumer: target.consumer,
      exists: b.exists,
      messages: b.messages,
      bytes: b.bytes,
      published: b.lastSeq,
      pending: b.pending,
      ackPending: b.ackPending,
      redelivered: b.redelivered,
      waitingPulls: b.waiting,
      throughput: throughput === null ? null : Math.round(throughput * 10) / 10,
      lagSeconds: lagSeconds === null ? null : Math.round(lagSeconds * 10) / 10,
      etaSeconds: throughput && throughput > 0 ? Math.round(depth / throughput) : depth === 0 ? 0 : null,
      sampledMs: sampleMs,
    };
  } finally {
    await nc.close();
  }
}
