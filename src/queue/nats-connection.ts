import {
  AckPolicy,
  connect,
  DeliverPolicy,
  type JetStreamManager,
  type NatsConnection,
  nanos,
  RetentionPolicy,
  StorageType,
} from 'nats';
import type { QueueTarget } from './queue-options.js';

/** How long JetStream remembers a Msg-Id to drop a re-published article. */
export const DUPLICATE_WINDOW_MS = 2 * 60 * 60 * 1000;

/**
 * Connects to NATS. An unreachable server becomes one clear error naming the URL instead of the
 * client's default of retrying forever.
 */
export async function connectQueue(url: string, name: string): Promise<NatsConnection> {
  try {
    return await connect({ servers: url.split(','), name, timeout: 5000, maxReconnectAttempts: 10 });
  } catch (e) {
    throw new Error(
      `cannot reach NATS at ${url}: ${(e as Error).message} (is nats-server running with -js?)`,
    );
  }
}

/**
 * Creates the article stream if it does not exist. Work-queue retention deletes a message once a
 * worker acks it, so the stream's message count is the queue depth.
 */
export async function ensureStream(jsm: JetStreamManager, target: QueueTarget): Promise<void> {
  try {
    await jsm.streams.info(target.stream);
    return;
  } catch (e) {
    if (!/stream not found/i.test((e as Error).message)) throw e;
  }
  try {
    await jsm.streams.add({
      name: target.stream,
      subjects: [target.subject],
      retention: RetentionPolicy.Workqueue,
      storage: StorageType.File,
      duplicate_window: nanos(DUPLICATE_WINDOW_MS),
    });
  } catch (e) {
    // Another worker or publisher created it between our lookup and our add.
    if (!ALREADY_EXISTS.test((e as Error).message)) throw e;
  }
}

const ALREADY_EXISTS = /already in use|already exists/i;

/** Options of the shared durable consumer. */
export interface ConsumerOptions {
  /** Time a worker has to ack a message before JetStream gives it to another worker. */
  ackWaitMs: number;
  /** Messages one consumer may have out unacked across all workers. */
  maxAckPending?: number;
}

/**
 * Creates the durable pull consumer if it does not exist, or updates its ack wait. Every worker
 * pulls from the same consumer, so JetStream spreads messages across them.
 */
export async function ensureConsumer(
  jsm: JetStreamManager,
  target: QueueTarget,
  opts: ConsumerOptions,
): Promise<void> {
  const config = {
    durable_name: target.consumer,
    ack_policy: AckPolicy.Explicit,
    deliver_policy: DeliverPolicy.All,
    ack_wait: nanos(opts.ackWaitMs),
    max_ack_pending: opts.maxAckPending ?? 1000,
    filter_subject: target.subject,
  };
  try {
    const info = await jsm.consumers.info(target.stream, target.consumer);
    if (info.config.ack_wait !== config.ack_wait) {
      await jsm.consumers.update(target.stream, target.consumer, { ack_wait: config.ack_wait });
    }
  } catch (e) {
    if (!/consumer not found/i.test((e as Error).message)) throw e;
    try {
      await jsm.consumers.add(target.stream, config);
    } catch (e2) {
      if (!ALREADY_EXISTS.test((e2 as Error).message)) throw e2;
    }
  }
}

/** Deletes a stream (and with it its consumers). Used by tests and benchmarks to clean up. */
export async function deleteStream(url: string, stream: string): Promise<void> {
  const nc = await connectQueue(url, 'lapwing-cleanup');
  try {
    const jsm = await nc.jetstreamManager();
    await jsm.streams.delete(stream).catch(() => false);
  } finally {
    await nc.close();
  }
}
