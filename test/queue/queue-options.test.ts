import { describe, expect, it } from 'vitest';
import { DEFAULT_STREAM, parseDuration, queueTarget, subjectFor } from '../../src/queue/queue-options.js';

describe('queue options', () => {
  it('parses durations in ms, s, m and h', () => {
    expect(parseDuration('500ms')).toBe(500);
    expect(parseDuration('2s')).toBe(2000);
    expect(parseDuration('1.5s')).toBe(1500);
    expect(parseDuration('2m')).toBe(120_000);
    expect(parseDuration('1h')).toBe(3_600_000);
    expect(parseDuration('750')).toBe(750);
    expect(parseDuration('soon')).toBeNull();
    expect(parseDuration('-1s')).toBeNull();
  });

  it('gives each stream its own subject so streams never overlap', () => {
    expect(subjectFor(DEFAULT_STREAM)).toBe('lapwing.articles');
    expect(subjectFor('LAPWING_TEST_1')).toBe('lapwing.lapwing_test_1.articles');
    expect(subjectFor('A')).not.toBe(subjectFor('B'));
  });

  it('rejects stream and consumer names NATS would refuse', () => {
    expect(() => queueTarget('nats://x', { stream: 'has space' })).toThrow(/invalid stream name/);
    expect(() => queueTarget('nats://x', { consumer: 'a.b' })).toThrow(/invalid consumer name/);
    expect(queueTarget('nats://x', { stream: 'S1', consumer: 'c1' })).toEqual({
      url: 'nats://x',
      stream: 'S1',
      subject: 'lapwing.s1.articles',
      consumer: 'c1',
    });
  });
});
