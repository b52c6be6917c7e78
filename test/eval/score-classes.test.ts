import { spawnSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import {
  type ClassPred,
  type GoldClassRecord,
  goldClassRecordSchema,
  pentaclassOf,
  scoreClasses,
} from '../../src/eval/score-classes.js';

const rec = (x: unknown): GoldClassRecord => goldClassRecordSchema.parse(x);
const ev = (cameo: string, actor: string, recipient: string | null): ClassPred => ({
  cameo,
  actor: { text: actor },
  recipient: recipient ? { text: recipient } : null,
});

describe('pentaclassOf', () => {
  it('maps CAMEO roots to the five classes', () => {
    expect(
      ['010', '020', '036', '051', '061', '081', '090', '112', '138', '141', '163', '190', '200'].map(
        pentaclassOf,
      ),
    ).toEqual([0, 0, 1, 1, 2, 2, 3, 3, 3, 4, 4, 4, 4]);
    expect(pentaclassOf(null)).toBeNull();
    expect(pentaclassOf('xx')).toBeNull();
    expect(pentaclassOf('210')).toBeNull();
  });
});

describe('scoreClasses', () => {
  const gold = [
    rec({
      id: 'a',
      text: 'Ruritania shelled Freedonia.',
      pentaclass: 4,
      source: ['Ruritania'],
      target: ['Freedonia'],
    }),
    rec({
      id: 'b',
      text: 'The minister criticised the court.',
      pentaclass: 3,
      source: ['The minister'],
      target: ['the court'],
    }),
    rec({ id: 'c', text: 'Both sides agreed to talk.', pentaclass: 1 }),
    rec({ id: 'd', text: 'The mayor spoke on radio.', pentaclass: 0 }),
  ];
  const preds = new Map<string, ClassPred[]>([
    // a: one hit with both roles right, and a second event of another class.
    ['a', [ev('195', 'the Ruritania army', 'Freedonia'), ev('112', 'Freedonia', 'Ruritania')]],
    // b: a hit whose recipient shares no word with the target.
    ['b', [ev('111', 'the minister', 'parliament')]],
    // c: no event of its class.
    ['c', [ev('173', 'police', null)]],
    ['d', [ev('010', 'the mayor', null)]],
  ]);
  const s = scoreClasses(gold, preds);

  it('counts class recall over sentences of class 1-4', () => {
    expect(s.classRecall).toEqual({ hit: 2, total: 3, value: 2 / 3 });
  });
  it('counts class agreement over predicted events of class 1-4', () => {
    // 195 (4, right), 112 (3, wrong), 111 (3, right), 173 (4, wrong); 010 is class 0 and not counted.
    expect(s.classAgreement).toEqual({ agree: 2, total: 4, value: 0.5 });
  });
  it('checks roles on each event of the sentence class where spans exist', () => {
    expect(s.rolesOnHits).toEqual({ right: 1, total: 2, value: 0.5 });
    expect(s.errors.filter((e) => e.kind === 'roles').map((e) => e.id)).toEqual(['b']);
    expect(s.errors.filter((e) => e.kind === 'class-miss').map((e) => e.id)).toEqual(['c']);
  });
  it('counts events told on class-0 sentences', () => {
    expect(s.onStatements).toBe(1);
  });
});

describe('lapwing eval on class records', () => {
  it('scores a predictions file and prints the three figures', () => {
    const dir = mkdtempSync(join(tmpdir(), 'lapwing-class-'));
    const goldPath = join(dir, 'gold.jsonl');
    const predPath = join(dir, 'pred.jsonl');
    writeFileSync(
      goldPath,
      [
        {
          id: 'x',
          text: 'Ruritania shelled Freedonia.',
          pentaclass: 4,
          source: ['Ruritania'],
          target: ['Freedonia'],
        },
        { id: 'y', text: 'Ruritania praised Freedonia.', pentaclass: 1 },
      ]
        .map((r) => JSON.stringify(r))
        .join('\n'),
    );
    writeFileSync(
      predPath,
      JSON.stringify({
        id: 'x',
        events: [
          {
            type: 'ASSAULT',
            cameo: '195',
            actor: { code: 'RUR', text: 'Ruritania' },
            recipient: { code: 'FRE', text: 'Freedonia' },
          },
        ],
      }),
    );
    const bin = join(import.meta.dirname, '../../bin/lapwing');
    const r = spawnSync(process.execPath, [bin, 'eval', '--gold', goldPath, '--pred', predPath, '--json'], {
      encoding: 'utf8',
    });
    expect(r.status).toBe(0);
    const out = JSON.parse(r.stdout);
    expect(out.kind).toBe('classes');
    expect(out.classRecall.value).toBe(0.5);
    expect(out.classAgreement.value).toBe(1);
    expect(out.rolesOnHits.value).toBe(1);
  });
});
