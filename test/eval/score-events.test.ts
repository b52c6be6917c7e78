import { describe, expect, it } from 'vitest';
import type { GoldEventRecord, PredEvent } from '../../src/eval/gold-schema.js';
import { goldEventRecordSchema } from '../../src/eval/gold-schema.js';
import { scoreActors } from '../../src/eval/score-actors.js';
import { citesEvidence, scoreEvents } from '../../src/eval/score-events.js';

const rec = (x: unknown): GoldEventRecord => goldEventRecordSchema.parse(x);
const ev = (
  type: string,
  actor: string,
  recipient: string | null,
  extra: Partial<PredEvent> = {},
): PredEvent => ({
  type,
  actor: { code: actor },
  recipient: recipient ? { code: recipient } : null,
  ...extra,
});

const gold: GoldEventRecord[] = [
  rec({
    id: 's1',
    text: 'A hit B.',
    events: [{ type: 'ASSAULT', cameo: '190', actors: [{ code: 'AAAMIL' }], recipients: [{ code: 'BBB' }] }],
  }),
  rec({
    id: 's2',
    text: 'C met D.',
    events: [
      {
        type: 'CONSULT',
        acceptTypes: ['CONSULT', 'AGREE'],
        actors: [{ code: 'CCC' }, { code: 'DDD' }],
        recipients: [],
      },
    ],
  }),
  rec({ id: 's3', text: 'Nothing.', noEvent: true, events: [] }),
  rec({
    id: 's4',
    text: 'Someone shot E.',
    events: [{ type: 'ASSAULT', actors: [{ code: '---' }], recipients: [{ code: 'EEECVL' }] }],
  }),
];

describe('event scoring', () => {
  it('compares legacy CAMEO country codes in the gold on the ISO code we emit', () => {
    const g = [
      rec({
        id: 'j1',
        text: 'Japan met Italy.',
        events: [{ type: 'CONSULT', actors: [{ code: 'JAPGOV' }], recipients: [{ code: 'ITL' }] }],
      }),
    ];
    const right = scoreEvents(g, new Map([['j1', [ev('CONSULT', 'JPNGOV', 'ITA')]]]));
    expect(right.dyad.tp).toBe(1);
    const wrong = scoreEvents(g, new Map([['j1', [ev('CONSULT', 'JPNGOV', 'FRA')]]]));
    expect(wrong.dyad.tp).toBe(0);
  });

  it('computes type and dyad precision, recall and F1 as the gold README defines them', () => {
    const preds = new Map<string, PredEvent[]>([
      ['s1', [ev('ASSAULT', 'AAA', 'BBBGOV', { cameo: '193' }), ev('ASSAULT', 'AAA', 'BBBGOV')]], // repeat counts once
      ['s2', [ev('AGREE', 'DDD', null), ev('ACCUSE', 'CCC', null)]], // accepted type; one false alarm
      ['s3', [ev('PROTEST', 'XXX', null)]], // anything on a noEvent record is wrong
      ['s4', [ev('ASSAULT', 'ZZZ', 'FFF')]], // type right, recipient wrong
    ]);
    const s = scoreEvents(gold, preds);
    expect(s.predictions).toBe(5);
    expect(s.goldEvents).toBe(3);
    expect(s.type).toMatchObject({ tp: 3, matchedGold: 3, precision: 0.6, recall: 1 });
    expect(s.type.f1).toBeCloseTo(0.75, 3);
    expect(s.dyad).toMatchObject({ tp: 2, matchedGold: 2, precision: 0.4, recall: 0.667 });
    expect(s.cameoRoot).toEqual({ correct: 1, total: 1, accuracy: 1 });
    const assault = s.perType.find((r) => r.type === 'ASSAULT');
    expect(assault).toMatchObject({ gold: 2, typeFound: 2, dyadFound: 1 });
    expect(
      s.errors
        .filter((e) => e.kind === 'false-alarm')
        .map((e) => e.id)
        .sort(),
    ).toEqual(['s2', 's3']);
  });

  it('leaves negated and hypothetical predictions out of the counts, unless asked', () => {
    const preds = new Map<string, PredEvent[]>([
      [
        's1',
        [
          ev('ASSAULT', 'AAA', 'BBB', { claim: 'negated' }),
          ev('REJECT', 'AAA', 'BBB', { claim: 'hypothetical' }),
        ],
      ],
    ]);
    const s = scoreEvents(gold.slice(0, 1), preds);
    expect(s.predictions).toBe(0);
    expect(s.droppedNegated).toBe(2);
    expect(s.type.recall).toBe(0);
    const all = scoreEvents(gold.slice(0, 1), preds, true);
    expect(all.type).toMatchObject({ tp: 1, predicted: 2, recall: 1 });
  });

  it('requires article predictions to cite the passage, and counts only core events', () => {
    const art = rec({
      id: 'a',
      kind: 'article',
      text: 'Long article.',
      events: [
        {
          type: 'ACCUSE',
          core: true,
          actors: [{ code: 'XXX' }],
          recipients: [],
          evidence: ['Xland condemned the border raid on Tuesday'],
        },
        {
          type: 'AGREE',
          core: false,
          actors: [{ code: 'YYY' }],
          recipients: [],
          evidence: 'Yland offered talks',
        },
      ],
    });
    const right = ev('ACCUSE', 'XXX', null, {
      sentence: 'On Tuesday Xland condemned the raid at the border.',
    });
    const wrongPlace = ev('ACCUSE', 'XXX', null, { sentence: 'Xland spoke about trade.' });
    const optional = ev('AGREE', 'YYY', null, { evidence: 'Yland offered talks to Xland' });
    const s = scoreEvents([art], new Map([['a', [right, wrongPlace, optional]]]));
    expect(s.goldEvents).toBe(1);
    expect(s.type).toMatchObject({ tp: 2, predicted: 3, matchedGold: 1, recall: 1 });
    expect(citesEvidence(wrongPlace, art.events[0])).toBe(false);
  });
});

describe('actor scoring', () => {
  it('scores country, sector and both', () => {
    const g = [
      { id: '1', text: 'Colombian police', expect: { country: 'COL', sector: 'COP' } },
      { id: '2', text: 'Peru', expect: { country: 'PER', sector: null } },
      { id: '3', text: 'rebels', expect: { country: 'PER', sector: 'REB' } },
    ];
    const answers: Record<string, { country: string | null; sector: string | null }> = {
      'Colombian police': { country: 'COL', sector: 'COP' },
      Peru: { country: 'PER', sector: 'GOV' },
      rebels: { country: null, sector: 'REB' },
    };
    const s = scoreActors(g, (r) => ({ code: '-', name: r.text, ...answers[r.text] }));
    expect(s).toMatchObject({ records: 3, country: 0.667, sector: 0.667, both: 0.333 });
    expect(s.errors.map((e) => e.id)).toEqual(['2', '3']);
  });

  it('reads a key the gold leaves out as expecting none', () => {
    const g = [
      { id: '1', text: 'Egypt', expect: { country: 'EGY' } },
      { id: '2', text: 'Cairo', expect: { country: 'EGY' } },
    ];
    const answers: Record<string, { country: string | null; sector: string | null }> = {
      Egypt: { country: 'EGY', sector: null },
      Cairo: { country: 'EGY', sector: 'GOV' },
    };
    const s = scoreActors(g, (r) => ({ code: '-', name: r.text, ...answers[r.text] }));
    expect(s).toMatchObject({ records: 2, country: 1, both: 0.5 });
    expect(s.errors.map((e) => e.id)).toEqual(['2']);
  });
});
