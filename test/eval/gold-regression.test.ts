import { existsSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { runEval } from '../../src/eval/run-eval.js';

const GSR = '../shared/gold/plover-gsr.dev.jsonl';
const SEED = '../shared/seed/colombia-2025-12-03.gold.jsonl';

// Measurements of the whole path on the shared gold (read only; the product never needs it).
describe.skipIf(!existsSync(GSR) || !existsSync(SEED))('coder against the shared gold', () => {
  it('keeps type F1 on the PLOVER gold standard records at 0.85 or more', () => {
    const r = runEval(GSR);
    if (r.kind !== 'events') throw new Error('expected event scores');
    expect(r.scores.type.f1).toBeGreaterThanOrEqual(0.85);
  }, 60_000);

  it('finds every core event of the seed article with precision of 0.85 or more', () => {
    const r = runEval(SEED);
    if (r.kind !== 'events') throw new Error('expected event scores');
    expect(r.scores.type.recall).toBe(1);
    expect(r.scores.type.precision).toBeGreaterThanOrEqual(0.85);
  }, 60_000);
});
