import { randomBytes } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import type { Article } from '../../src/core/records.js';
import { processArticle } from '../../src/pipeline/pipeline.js';
import { MAX_TOKEN_CHARS, maskLongRuns } from '../../src/text/opaque-runs.js';
import { MAX_SENTENCE_CHARS, splitSentences } from '../../src/text/split-sentences.js';
import { tokenize } from '../../src/text/tokenize.js';

/** The bound of issue 13: any text is coded in at most 2 CPU-seconds per MB. */
const CPU_SECONDS_PER_MB = 2;

function article(text: string): Article {
  return {
    id: 'art_linear',
    text,
    title: null,
    outlet: null,
    published: '2026-03-02',
    url: null,
    language: 'eng',
    origin: 'linear-time.test',
    format: 'text',
  };
}

function base64(chars: number): string {
  return randomBytes(Math.ceil((chars * 3) / 4) + 3)
    .toString('base64')
    .slice(0, chars);
}

/** CPU seconds (this process, user + system) spent coding `text` end to end. */
function cpuSecondsToCode(text: string): { seconds: number; events: number } {
  const before = process.cpuUsage();
  const coded = processArticle(article(text));
  const used = process.cpuUsage(before);
  return { seconds: (used.user + used.system) / 1e6, events: coded.events.length };
}

/** Sentences of ours, each carrying a base64 blob of a varied length, to about `chars` characters. */
function blobSentences(chars: number): string {
  const parts: string[] = [];
  let length = 0;
  for (let i = 0; length < chars; i++) {
    const blob = base64(200 + ((i * 7919) % 30_000));
    const s = `Officials in Lisbon said the rebels fired at a patrol and left the note ${blob} at the scene.`;
    parts.push(s);
    length += s.length + 1;
  }
  return parts.join(' ');
}

describe('coding time is linear in text length', () => {
  // Models, gazetteers and the JIT are loaded once before anything is timed.
  processArticle(
    article(
      'Rebels attacked an army base near Lisbon on Monday, the defence minister said. Police arrested two men.',
    ),
  );

  it('masks over-long runs for the tokenizer without moving any offset', () => {
    const long = 'Q'.repeat(MAX_TOKEN_CHARS + 5);
    const text = `Troops shelled ${long} twice.`;
    const { shadow, runEnds } = maskLongRuns(text);
    expect(shadow.length).toBe(text.length);
    expect(runEnds.get(text.indexOf(long))).toBe(text.indexOf(long) + long.length);
    expect(maskLongRuns('Troops shelled the town twice.').runEnds.size).toBe(0);
    const sentences = splitSentences(text);
    const toks = tokenize(text, sentences).flat();
    const blob = toks.find((t) => t.text === long);
    expect(blob?.pos).toBe('X');
    expect(text.slice(blob?.start, blob?.end)).toBe(long);
    expect(toks.map((t) => t.text)).toEqual(['Troops', 'shelled', long, 'twice', '.']);
  });

  it('cuts a sentence longer than the cap at a space, keeping every offset', () => {
    const text = `${'the army fired and '.repeat(400)}stopped.`;
    const sentences = splitSentences(text);
    expect(sentences.length).toBeGreaterThan(1);
    for (const s of sentences) {
      expect(s.text.length).toBeLessThanOrEqual(MAX_SENTENCE_CHARS);
      expect(text.slice(s.start, s.end)).toBe(s.text);
    }
  });

  it('codes a 300 KB single token and a 1 MB single token within 2 CPU-seconds per MB', () => {
    for (const size of [300_000, 1_000_000]) {
      const { seconds } = cpuSecondsToCode(base64(size));
      expect(seconds).toBeLessThan((CPU_SECONDS_PER_MB * size) / 1e6);
    }
  });

  it('codes 300 KB and 1 MB of base64 blobs inside sentences within 2 CPU-seconds per MB', () => {
    for (const size of [300_000, 1_000_000]) {
      const text = blobSentences(size);
      const { seconds, events } = cpuSecondsToCode(text);
      // the sentences around the blobs are still read and coded
      expect(events).toBeGreaterThan(0);
      expect(seconds).toBeLessThan((CPU_SECONDS_PER_MB * text.length) / 1e6);
    }
  });

  it('codes text with no full stop (a run-on line of events) in time that grows linearly', () => {
    const runOn = (chars: number) => {
      const parts: string[] = [];
      for (let i = 0, length = 0; length < chars; i++) {
        parts.push(`the militia attacked ${i} homes in Porto and the mayor said that`);
        length += parts[i].length + 1;
      }
      return parts.join(' ');
    };
    const small = cpuSecondsToCode(runOn(100_000));
    const large = cpuSecondsToCode(runOn(400_000));
    expect(large.events).toBeGreaterThan(small.events);
    // four times the text: about four times the time when linear, sixteen when quadratic
    expect(large.seconds).toBeLessThan(small.seconds * 8);
  });
});
