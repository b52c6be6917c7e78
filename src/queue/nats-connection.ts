import { readFileSync } from 'node:fs';
import {
  AckPolicy,
  type Authenticator,
  type ConnectionOptions,
  connect,
  credsAuthenticator,
  DeliverPolicy,
  type JetStreamManager,
  type NatsConnection,
  nanos,
  nkeyAuthenticator,
  RetentionPolicy,
  StorageType,
} from 'nats';
import { redactUrl } from '../core/redact-url.js';
import type { QueueTarget } from './queue-options.js';

/** How long JetStream remembers a Msg-Id to drop a re-published article. */
export const DUPLICATE_WINDOW_MS = 2 * 60 * 60 * 1000;

/** Where NATS credentials may come from besides the URL (see docs/security.md). */
export interface NatsAuthEnv {
  LAPWING_NATS_USER?: string;
  LAPWING_NATS_PASSWORD?: string;
  LAPWING_NATS_TOKEN?: string;
  /** Path of a `.creds` file (JWT and nkey seed, as `nsc` writes it). */
  LAPWING_NATS_CREDS?: string;
  /** Path of a file holding an nkey seed (`SU...`). */
  LAPWING_NATS_NKEY_SEED?: string;
}

/**
 * The connection options for a `--queue` value: comma-separated servers, each possibly carrying
 * `user:password@` or `token@` (percent-decoded, and taken off the server address, since the
 * client does not read them there), then, when the URL has none, the `LAPWING_NATS_*` variables.
 * A `.creds` file or an nkey seed file takes the place of user and password.
 */
export function natsConnectOptions(url: string, env: NatsAuthEnv = process.env): ConnectionOptions {
  const servers: string[] = [];
  let user: string | undefined;
  let pass: string | undefined;
  let token: string | undefined;
  for (const raw of url.split(',')) {
    const m = /^([a-z][a-z0-9+.-]*:\/\/)?(?:([^@/]*)@)?(.*)$/i.exec(raw.trim()) as RegExpExecArray;
    const [, scheme = '', userinfo, rest] = m;
    servers.push(`${scheme}${rest}`);
    if (userinfo === undefined) continue;
    const colon = userinfo.indexOf(':');
    if (colon >= 0) {
      user = decodeURIComponent(userinfo.slice(0, colon));
      pass = decodeURIComponent(userinfo.slice(colon + 1));
    } else token = decodeURIComponent(userinfo);
  }
  const opts: ConnectionOptions = { servers };
  const authenticators: Authenticator[] = [];
  if (env.LAPWING_NATS_CREDS) {
    const creds = readFileSync(env.LAPWING_NATS_CREDS);
    authenticators.push(credsAuthenticator(new Uint8Array(creds)));
  } else if (env.LAPWING_NATS_NKEY_SEED) {
    const seed = readFileSync(env.LAPWING_NATS_NKEY_SEED, 'utf8').trim();
    authenticators.push(nkeyAuthenticator(new TextEncoder().encode(seed)));
  }
  if (authenticators.length) opts.authenticator = authenticators;
  if (user === undefined && token === undefined) {
    user = env.LAPWING_NATS_USER;
    pass = env.LAPWING_NATS_PASSWORD;
    token = env.LAPWING_NATS_TOKEN;
  }
  if (user !== undefined) {
    opts.user = user;
    opts.pass = pass ?? '';
  } else if (token !== undefined) opts.token = token;
  return opts;
}

/**
 * Connects to NATS. An unreachable server becomes one clear error naming the URL (without its
 * secrets) instead of the client's default of retrying forever.
 */
export async function connectQueue(url: string, name: string): Promise<NatsConnection> {
  let options: ConnectionOptions;
  try {
    options = natsConnectOptions(url);
  } catch (e) {
    throw new Error(`cannot read the NATS credentials for ${redactUrl(url)}: ${(e as Error).message}`);
  }
  try {
    return await connect({ ...options, name, timeout: 5000, maxReconnectAttempts: 10 });
  } catch (e) {
    const msg = (e as Error).message;
    const hint = /authoriz|authenticat/i.test(msg)
      ? 'check the user and password, token, or LAPWING_NATS_* credentials'
      : 'is nats-server running with -js?';
    throw new Error(`cannot reach NATS at ${redactUrl(url)}: ${redactUrl(msg)} (${hint})`);
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
