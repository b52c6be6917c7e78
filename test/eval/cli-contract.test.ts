import { spawnSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';

const BIN = join(import.meta.dirname, '../../bin/lapwing');

function run(args: string[], input?: string) {
  return spawnSync(process.execPath, [BIN, ...args], { input, encoding: 'utf8', timeout: 60_000 });
}

describe('lapwing code', () => {
  it('writes one JSON line per input record with the contract fields', () => {
    const input = [
      JSON.stringify({ id: 'a', text: 'Brazil imposed sanctions against Peru.', date: '2025-01-10' }),
      JSON.stringify({ id: 'b', text: 'The weather was fine.' }),
      '',
    ].join('\n');
    const r = run(['code', '-'], input);
    expect(r.status).toBe(0);
    const lines = r.stdout
      .trim()
      .split('\n')
      .map((l) => JSON.parse(l));
    expect(lines.map((l) => l.id)).toEqual(['a', 'b']);
    expect(lines[1].events).toEqual([]);
    const e = lines[0].events[0];
    for (const k of [
      'type',
      'mode',
      'context',
      'cameo',
      'goldstein',
      'quad',
      'actor',
      'recipient',
      'claim',
      'claimSource',
      'evidence',
      'sentence',
      'date',
      'location',
      'casualties',
      'confidence',
      'rules',
    ])
      expect(e, k).toHaveProperty(k);
    expect(e).toMatchObject({
      type: 'SANCTION',
      cameo: '163',
      quad: 4,
      claim: 'asserted',
      sentence: 'Brazil imposed sanctions against Peru.',
    });
    expect(Object.keys(e.actor).sort()).toEqual(['code', 'country', 'name', 'sector', 'text']);
    expect(e.recipient.country).toBe('PER');
    expect(e.date).toEqual({ from: '2025-01-10', to: '2025-01-10' });
  });

  it('reports a bad line as a problem naming file and line, and goes on', () => {
    const dir = mkdtempSync(join(tmpdir(), 'lw-code-'));
    const f = join(dir, 'in.jsonl');
    writeFileSync(f, `{"id": 1, "text": "Egypt did not attack Libya."}\nnot json\n{"text": "no id"}\n`);
    const r = run(['code', f]);
    expect(r.status).toBe(1);
    expect(r.stdout.trim().split('\n')).toHaveLength(1);
    const e = JSON.parse(r.stdout).events[0];
    expect(e.claim).toBe('negated');
    expect(r.stderr).toContain(`${f}:2`);
    expect(r.stderr).toContain('bad-json');
    expect(r.stderr).toContain(`${f}:3#id`);
  });

  it('carries the claim source and casualty ranges, as stored events do', () => {
    const input = JSON.stringify({
      id: 'k',
      text: 'Police said gunmen killed at least 14 farmers in a village in Kenya on Tuesday.',
      date: '2025-06-05',
    });
    const r = run(['code', '-'], input);
    expect(r.status).toBe(0);
    const e = JSON.parse(r.stdout).events.find((x: { type: string }) => x.type === 'ASSAULT');
    expect(e.claim).toBe('attributed');
    expect(e.claimSource).toMatchObject({ text: 'Police', sector: 'COP' });
    expect(e.casualties.killed).toMatchObject({ min: 14, max: null, qualifier: 'at least' });
    const readable = run(['code', '--text', JSON.parse(input).text, '--date', '2025-06-05']);
    expect(readable.stdout).toContain('source');
    expect(readable.stdout).toMatch(/casualties: killed 14\+/);
  });

  it('prints --text readably and flags negated events', () => {
    const r = run(['code', '--text', 'Egypt did not attack Libya.', '--date', '2025-01-10']);
    expect(r.status).toBe(0);
    expect(r.stdout).toContain('ASSAULT');
    expect(r.stdout).toContain('NEGATED');
  });
});

describe('lapwing eval', () => {
  it('scores a predictions file and prints JSON', () => {
    const dir = mkdtempSync(join(tmpdir(), 'lw-eval-'));
    const gold = join(dir, 'gold.jsonl');
    const pred = join(dir, 'pred.jsonl');
    writeFileSync(
      gold,
      `${JSON.stringify({ id: 'x', text: 'A hit B.', events: [{ type: 'ASSAULT', actors: [{ code: 'AAA' }], recipients: [{ code: 'BBB' }] }] })}\n`,
    );
    writeFileSync(
      pred,
      `${JSON.stringify({ id: 'x', events: [{ type: 'ASSAULT', actor: { code: 'AAAMIL' }, recipient: { code: 'CCC' } }] })}\n`,
    );
    const r = run(['eval', '--gold', gold, '--pred', pred, '--json']);
    expect(r.status).toBe(0);
    const s = JSON.parse(r.stdout);
    expect(s.kind).toBe('events');
    expect(s.type.f1).toBe(1);
    expect(s.dyad.f1).toBe(0);
  });

  it('runs the coder in-process on event gold and lists errors', () => {
    const dir = mkdtempSync(join(tmpdir(), 'lw-eval-'));
    const gold = join(dir, 'gold.jsonl');
    writeFileSync(
      gold,
      `${JSON.stringify({ id: 'g1', text: 'Norway and Sweden condemned Russia.', date: '2025-01-10', events: [{ type: 'ACCUSE', actors: [{ code: 'NOR' }, { code: 'SWE' }], recipients: [{ code: 'RUS' }] }] })}\n${JSON.stringify({ id: 'g2', text: 'Chile praised Peru.', events: [{ type: 'REJECT', actors: [{ code: 'CHL' }], recipients: [] }] })}\n`,
    );
    const r = run(['eval', '--gold', gold, '--errors']);
    expect(r.status).toBe(0);
    expect(r.stdout).toMatch(/type\s+0\.667\s+0\.500/);
    expect(r.stdout).toContain('MISSED');
    expect(r.stdout).toContain('FALSE ALARM SUPPORT');
    expect(r.stdout).toContain('Chile praised Peru.');
  });
});
