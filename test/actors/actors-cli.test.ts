import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { runCli } from '../cli/run-cli.js';

const dir = mkdtempSync(join(tmpdir(), 'lapwing-actors-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('lapwing actors', () => {
  it('reads JSONL from a file and writes {id, code, country, sector, name} per line', async () => {
    const file = join(dir, 'in.jsonl');
    writeFileSync(
      file,
      [
        JSON.stringify({ id: 'a', text: 'Colombian President Gustavo Petro', date: '2025-12-03' }),
        JSON.stringify({ id: 'b', text: 'the Kremlin' }),
        '',
        JSON.stringify({ id: 'c', text: 'the two countries', context: 'Venezuela and Colombia' }),
      ].join('\n'),
    );
    const r = await runCli(['actors', file]);
    expect(r.code).toBe(0);
    const rows = r.stdout
      .trim()
      .split('\n')
      .map((l) => JSON.parse(l));
    expect(rows).toEqual([
      { id: 'a', code: 'COLGOV', country: 'COL', sector: 'GOV', name: 'Gustavo Petro' },
      { id: 'b', code: 'RUSGOV', country: 'RUS', sector: 'GOV', name: 'the Kremlin' },
      { id: 'c', code: 'VEN', country: 'VEN', sector: null, name: 'Venezuela' },
    ]);
  });

  it('reads standard input and reports bad lines as problems with their line number', async () => {
    const stdin = `${JSON.stringify({ id: 1, text: 'Hamas' })}\nnot json\n${JSON.stringify({ id: 3 })}\n${JSON.stringify({ id: 4, text: 'UN', date: 'yesterday' })}\n`;
    const r = await runCli(['actors', '-'], { stdin });
    expect(r.code).toBe(1);
    expect(
      r.stdout
        .trim()
        .split('\n')
        .map((l) => JSON.parse(l)),
    ).toEqual([{ id: 1, code: 'PSEREB', country: 'PSE', sector: 'REB', name: 'Hamas' }]);
    expect(r.stderr).toContain('stdin:2');
    expect(r.stderr).toContain('[bad-json]');
    expect(r.stderr).toContain('stdin:3: text');
    expect(r.stderr).toContain('stdin:4: date');
  });

  it('fails with a problem for a missing file', async () => {
    const r = await runCli(['actors', join(dir, 'missing.jsonl')]);
    expect(r.code).toBe(1);
    expect(r.stderr).toContain('[unreadable]');
  });
});
