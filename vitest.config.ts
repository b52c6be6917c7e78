import { defineConfig } from 'vitest/config';

/**
 * Two projects run one after the other: every test file, two at a time; then the load test alone,
 * so that its latency figures measure the server under its own load, not under another test file's.
 */
const LOAD = 'test/api/load.test.ts';
const shared = { testTimeout: 60_000, hookTimeout: 120_000, pool: 'forks' as const };

export default defineConfig({
  test: {
    maxWorkers: 2,
    projects: [
      { test: { ...shared, name: 'main', include: ['test/**/*.test.ts'], exclude: [LOAD] } },
      { test: { ...shared, name: 'load', include: [LOAD], sequence: { groupOrder: 1 } } },
    ],
  },
});
