import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { ROOT } from './run-cli.js';

describe('npm run test:setup', () => {
  it('is the script .ci/run uses, so that the set-up is written once', () => {
    const pkg = JSON.parse(readFileSync(`${ROOT}package.json`, 'utf8')) as {
      scripts: Record<string, string>;
    };
    expect(pkg.scripts['test:setup']).toBe('bash scripts/test-setup.sh');
    const ci = readFileSync(`${ROOT}.ci/run`, 'utf8');
    expect(ci).toContain('bash scripts/test-setup.sh');
    // the packages and services are no longer listed in .ci/run itself
    expect(ci).not.toContain('apt-get');
    expect(ci).toContain('passed, ');
  });

  it('finds every service up on a machine already set up, and changes nothing', () => {
    const out = execFileSync('bash', [`${ROOT}scripts/test-setup.sh`], {
      encoding: 'utf8',
      timeout: 120_000,
    });
    expect(out).toContain('PostgreSQL is up');
    expect(out).toContain('NATS is up');
    expect(out).toContain('Redis is up');
    expect(out).not.toContain('installing');
    expect(out).not.toContain('starting');
  });
});
