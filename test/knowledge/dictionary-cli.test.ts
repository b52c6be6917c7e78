import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { runCli } from '../cli/run-cli.js';

const dir = mkdtempSync(join(tmpdir(), 'lapwing-dict-cli-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

const SENTENCE = 'The Zorvath Brotherhood attacked a police station in Velmoria on Tuesday.';

describe('--dictionary on the command line', () => {
  it('makes `lapwing code` find an actor that only the dictionary knows', async () => {
    const before = await runCli(['code', '--json', '--text', SENTENCE, '--date', '2024-03-05']);
    expect(before.code).toBe(0);
    const dict = join(dir, 'mine.jsonl');
    writeFileSync(
      dict,
      '{"names": ["Zorvath Brotherhood"], "code": "VELREB"}\n{"names": ["Velmoria"], "code": "VEL"}\n',
    );
    const after = await runCli([
      'code',
      '--json',
      '--dictionary',
      dict,
      '--text',
      SENTENCE,
      '--date',
      '2024-03-05',
    ]);
    expect(after.code).toBe(0);
    const codes = (s: string) =>
      (JSON.parse(s) as { events: { actor: { code: string } | null }[] }).events.map((e) => e.actor?.code);
    expect(codes(before.stdout)).not.toContain('VELREB');
    expect(codes(after.stdout)).toContain('VELREB');
  });

  it('stops with one line naming the file and line of a malformed entry', async () => {
    const bad = join(dir, 'bad.actors.txt');
    writeFileSync(bad, 'VELMORIA [VEL]\n+\n');
    const r = await runCli(['code', '--dictionary', bad, '--text', SENTENCE]);
    expect(r.code).toBe(2);
    expect(r.stderr.trim().split('\n')).toEqual([`lapwing: ${bad}:2: expected a name after +`]);
    expect(r.stdout).toBe('');
  });
});
