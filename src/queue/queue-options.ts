/**
 * Names and timings shared by the publisher, the workers and `lapwing status`. They must agree, so
 * they live in one place and derive from the stream name.
 */

/** Default JetStream stream that holds articles waiting to be processed. */
export const DEFAULT_STREAM = 'LAPWING_ARTICLES';
/** Default durable consumer shared by every worker: one consumer, many pullers. */
export const DEFAULT_CONSUMER = 'lapwing-workers';
/** Default subject for the default stream. */
export const DEFAULT_SUBJECT = 'lapwing.articles';

/** Where the queue is and which stream and consumer to use. */
export interface QueueTarget {
  /** NATS server URL(s), comma-separated, e.g. `nats://127.0.0.1:4222`. */
  url: string;
  stream: string;
  subject: string;
  consumer: string;
}

/**
 * The subject a stream listens on. Two streams cannot share a subject, so a non-default stream
 * gets its own subject (tests and benchmarks run their own stream next to a live one).
 */
export function subjectFor(stream: string): string {
  return stream === DEFAULT_STREAM ? DEFAULT_SUBJECT : `lapwing.${stream.toLowerCase()}.articles`;
}

/** Builds a target from CLI or API options, falling back to `LAPWING_STREAM` and the defaults. */
export function queueTarget(url: string, opts: { stream?: string; consumer?: string } = {}): QueueTarget {
  const stream = opts.stream ?? process.env.LAPWING_STREAM ?? DEFAULT_STREAM;
  if (!/^[A-Za-z0-9_-]+$/.test(stream)) {
    throw new Error(`invalid stream name ${JSON.stringify(stream)} (expected letters, digits, _ or -)`);
  }
  const consumer = opts.consumer ?? process.env.LAPWING_CONSUMER ?? DEFAULT_CONSUMER;
  if (!/^[A-Za-z0-9_-]+$/.test(consumer)) {
    throw new Error(`invalid consumer name ${JSON.stringify(consumer)} (expected letters, digits, _ or -)`);
  }
  return { url, stream, subject: subjectFor(stream), consumer };
}

/**
 * Parses a duration such as `500ms`, `30s`, `2m`, `1h` or a bare number of milliseconds. Returns
 * null when the text is not a duration, so the CLI can report it.
 */
export function parseDuration(text: string): number | null {
  const m = /^\s*(\d+(?:\.\d+)?)\s*(ms|s|m|h)?\s*$/.exec(text);
  if (!m) return null;
  const n = Number(m[1]);
  const unit = m[2] ?? 'ms';
  const factor = unit === 'ms' ? 1 : unit === 's' ? 1000 : unit === 'm' ? 60_000 : 3_600_000;
  return Math.round(n * factor);
}
