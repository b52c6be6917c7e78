import { describe, expect, it } from 'vitest';
import type { Article, CodedEvent } from '../../src/core/records.js';
import { buildIncidents } from '../../src/incidents/build-incidents.js';
import { resolvePlace } from '../../src/places/resolve-place.js';
import { article, COLGOV, day, strike, USGOV } from './fixtures.js';

function articles(...list: Article[]): Map<string, Article> {
  return new Map(list.map((a) => [a.id, a]));
}

const caribbean = resolvePlace('Caribbean Sea');
const pacific = resolvePlace('Eastern Pacific');

// 2025-03-04 is a Tuesday.
const wire = article('wire-0305', 'Sample Wire', '2025-03-05');
const times = article('times-0305', 'Example Times', '2025-03-05');
const daily = article('daily-0306', 'Demo Daily', '2025-03-06');

const wireEvent = strike(
  wire.id,
  0,
  'On Tuesday, US forces struck a speedboat in the Caribbean Sea, killing four people, the defense secretary said.',
  { date: day('2025-03-04'), location: caribbean, claim: 'attributed', claimSource: USGOV },
);
const timesEvent = strike(
  times.id,
  2,
  'Four alleged smugglers died when the American military destroyed their boat in Caribbean waters on Tuesday.',
  { date: day('2025-03-04') },
);
// No date and no place from the coder: both are read from the sentence.
const dailyEvent = strike(
  daily.id,
  1,
  "At least 4 people were killed in Tuesday's strike in the southern Caribbean, officials said.",
);

describe('buildIncidents: merging one incident across outlets', () => {
  it('merges differently worded reports of one strike and keeps every source', () => {
    const { incidents } = buildIncidents([wireEvent, timesEvent, dailyEvent], articles(wire, times, daily));
    expect(incidents).toHaveLength(1);
    const inc = incidents[0];
    expect(inc.date).toEqual({ from: '2025-03-04', to: '2025-03-04', granularity: 'day' });
    expect(inc.reported).toBe('2025-03-05');
    expect(inc.casualties.killed).toEqual({ low: 4, best: 4, high: 4 });
    expect(inc.sources.map((s) => s.outlet).sort()).toEqual(['Demo Daily', 'Example Times', 'Sample Wire']);
    expect(inc.sources.find((s) => s.outlet === 'Demo Daily')?.killed).toMatchObject({ min: 4, max: null });
    expect(inc.location?.name).toBe('Caribbean Sea');
    expect(inc.grade).toBe('confirmed');
  });

  it('merges slightly different counts of a large toll and reconciles low, best and high', () => {
    const a = article('a-1028', 'Sample Wire', '2025-10-28');
    const b = article('b-1028', 'Example Times', '2025-10-28');
    const c = article('c-1029', 'Demo Daily', '2025-10-29');
    const evs = [
      strike(a.id, 0, 'Three strikes on four boats in the eastern Pacific killed 14 people on Monday.', {
        date: day('2025-10-27'),
      }),
      strike(
        b.id,
        0,
        'The Monday attacks in the Eastern Pacific left 15 people dead, counting a missing survivor.',
        { date: day('2025-10-27') },
      ),
      strike(c.id, 3, 'Fourteen people were killed in the Monday strikes off Mexico, the Pentagon said.', {
        date: day('2025-10-27'),
      }),
    ];
    const { incidents } = buildIncidents(evs, articles(a, b, c));
    expect(incidents).toHaveLength(1);
    expect(incidents[0].casualties.killed).toEqual({ low: 14, best: 14, high: 15 });
    expect(incidents[0].grade).toBe('fair');
  });
});

describe('buildIncidents: keeping nearby incidents apart', () => {
  it('separates strikes a day apart in one sea by their dates and counts', () => {
    const a = article('tue', 'Sample Wire', '2025-10-22');
    const b = article('wed', 'Example Times', '2025-10-23');
    const evs: CodedEvent[] = [
      strike(a.id, 0, 'The military hit a vessel in the Eastern Pacific on Tuesday, killing two people.', {
        date: day('2025-10-21'),
      }),
      strike(
        b.id,
        0,
        'A second vessel was struck in the eastern Pacific on Wednesday, and three people aboard were killed.',
        {
          date: day('2025-10-22'),
        },
      ),
      // The second article recalls the first strike too.
      strike(
        b.id,
        4,
        'That came a day after two people died in a strike on another boat in the Eastern Pacific on Tuesday.',
        {
          date: day('2025-10-21'),
        },
      ),
    ];
    const { incidents } = buildIncidents(evs, articles(a, b));
    expect(incidents.map((i) => [i.date.from, i.casualties.killed?.best, i.sources.length])).toEqual([
      ['2025-10-21', 2, 2],
      ['2025-10-22', 3, 1],
    ]);
  });

  it('separates same-day strikes with the same toll in different seas', () => {
    const a = article('two-seas', 'Sample Wire', '2025-11-02');
    const evs = [
      strike(a.id, 0, 'Forces struck a boat in the Caribbean on Saturday, killing three.', {
        date: day('2025-11-01'),
        location: caribbean,
      }),
      strike(
        a.id,
        5,
        'Separately, three people were killed on Saturday in a strike in the Eastern Pacific.',
        {
          date: day('2025-11-01'),
          location: pacific,
        },
      ),
    ];
    expect(buildIncidents(evs, articles(a)).incidents).toHaveLength(2);
  });
});

describe('buildIncidents: incident date against report date', () => {
  it('dates the incident by the strike, not by its announcement', () => {
    // 2025-11-13 is a Thursday; the strike was on Monday 2025-11-10.
    const a = article('late', 'Sample Wire', '2025-11-13');
    const ev = strike(
      a.id,
      0,
      'Officials announced on Thursday a strike carried out on Monday that killed four people in the Caribbean.',
    );
    const { incidents } = buildIncidents([ev], articles(a));
    expect(incidents[0].date).toEqual({ from: '2025-11-10', to: '2025-11-10', granularity: 'day' });
    expect(incidents[0].reported).toBe('2025-11-13');
  });

  it("takes the act's day when the coder took the announcement's", () => {
    // 2025-10-18 is a Saturday; the strike was on Thursday 2025-10-16.
    const a = article('sat', 'Sample Wire', '2025-10-18');
    const ev = strike(
      a.id,
      0,
      'The president said on Saturday that forces had struck a vessel on Thursday, killing two people.',
      {
        date: day('2025-10-18'),
      },
    );
    expect(buildIncidents([ev], articles(a)).incidents[0].date.from).toBe('2025-10-16');
  });

  it('treats a day given only to an announcement as a report date, not the strike date', () => {
    const a = article('fri-a', 'Sample Wire', '2025-11-14');
    const b = article('fri-b', 'Example Times', '2025-11-14');
    const dated = strike(
      a.id,
      0,
      'On Monday, Nov. 10, forces struck a boat in the Caribbean, killing four.',
      { date: day('2025-11-10') },
    );
    const announced = strike(
      b.id,
      0,
      'The command said on Thursday that it had struck a vessel in the Caribbean, killing four people.',
      {
        date: day('2025-11-13'),
      },
    );
    const both = buildIncidents([dated, announced], articles(a, b)).incidents;
    expect(both).toHaveLength(1);
    expect(both[0].date).toEqual({ from: '2025-11-10', to: '2025-11-10', granularity: 'day' });
    // Told only by the announcement, the incident takes the announcement's day as its best guess.
    const alone = buildIncidents([announced], articles(b)).incidents;
    expect(alone[0].date).toEqual({ from: '2025-11-13', to: '2025-11-13', granularity: 'day' });
    expect(alone[0].reported).toBe('2025-11-14');
  });

  it('lets an undated report join the strike it follows, within the window', () => {
    const a = article('dated', 'Sample Wire', '2025-10-17');
    const b = article('undated', 'Example Times', '2025-10-18');
    const evs = [
      strike(
        a.id,
        0,
        'The military struck a submarine-like vessel in the Caribbean on Thursday, killing two.',
        { date: day('2025-10-16') },
      ),
      strike(
        b.id,
        0,
        'Two people were killed when the US destroyed a semi-submersible in the Caribbean, officials said.',
      ),
    ];
    const { incidents } = buildIncidents(evs, articles(a, b));
    expect(incidents).toHaveLength(1);
    expect(incidents[0].date.from).toBe('2025-10-16');
  });
});

describe('buildIncidents: vague and cumulative events', () => {
  const a = article('vague', 'Sample Wire', '2025-03-20');
  const precise = strike(a.id, 0, 'On Tuesday, a strike in the Caribbean killed four people.', {
    date: day('2025-03-04'),
  });
  const monthly = strike(a.id, 3, 'In March, a strike killed seven people in the Caribbean.', {
    date: { from: '2025-03-01', to: '2025-03-31', granularity: 'month' },
  });
  const retold = strike(a.id, 4, 'Earlier in March, a strike killed four people in the Caribbean.', {
    date: { from: '2025-03-01', to: '2025-03-31', granularity: 'month' },
  });
  const weekly = strike(a.id, 5, 'Two strikes this week killed eleven people in the Caribbean.', {
    date: { from: '2025-03-16', to: '2025-03-22', granularity: 'week' },
  });
  const tue = strike(a.id, 11, 'A strike on Tuesday killed five people in the Caribbean.', {
    date: day('2025-03-18'),
  });
  const thu = strike(a.id, 12, 'Another strike on Thursday killed six people in the Caribbean.', {
    date: day('2025-03-20'),
  });
  const background = strike(a.id, 6, 'The military has carried out strikes in the region this year.', {
    date: { from: '2025-01-01', to: '2025-03-20', granularity: 'range' },
  });
  const total = strike(a.id, 8, 'Since February, the strikes have killed more than 20 people.', {
    date: { from: '2025-02-01', to: '2025-03-20', granularity: 'range' },
  });

  it('does not merge a month-level mention into a specific strike, and drops background mentions', () => {
    const { incidents } = buildIncidents([precise, monthly, background], articles(a));
    expect(incidents.map((i) => [i.date.granularity, i.casualties.killed?.best]).sort()).toEqual([
      ['day', 4],
      ['month', 7],
    ]);
    expect(incidents.find((i) => i.date.granularity === 'day')?.sources).toHaveLength(1);
  });

  it('drops vague retellings whose deaths specific strikes already account for', () => {
    const { incidents } = buildIncidents([precise, retold, weekly, tue, thu], articles(a));
    expect(incidents.map((i) => [i.date.from, i.casualties.killed?.best])).toEqual([
      ['2025-03-04', 4],
      ['2025-03-18', 5],
      ['2025-03-20', 6],
    ]);
  });

  it('turns no running total into an incident', () => {
    const { incidents } = buildIncidents([precise, total], articles(a));
    expect(incidents).toHaveLength(1);
    expect(incidents[0].casualties.killed?.best).toBe(4);
  });

  it('skips negated and non-violent events', () => {
    const negated = strike(a.id, 9, 'The navy did not strike any boat on Friday.', {
      claim: 'negated',
      date: day('2025-03-07'),
    });
    const protest = strike(a.id, 10, 'Petro condemned the strike on Tuesday that killed four.', {
      type: 'ACCUSE',
      cameo: '111',
      quad: 3,
      actor: COLGOV,
      date: day('2025-03-04'),
    });
    expect(buildIncidents([negated, protest], articles(a)).incidents).toEqual([]);
  });
});

describe('buildIncidents: bad input', () => {
  it('treats a malformed date or an unknown article as no date instead of failing', () => {
    const bad = strike('missing-article', 0, 'Forces struck a boat in the Caribbean, killing two.', {
      date: { from: '2025-13-45', to: '2025-13-45', granularity: 'day' },
    });
    const { incidents } = buildIncidents([bad], new Map());
    expect(incidents).toHaveLength(1);
    expect(incidents[0].reported).toBeNull();
    expect(incidents[0].casualties.killed?.best).toBe(2);
  });
});

describe('buildIncidents: grades', () => {
  const a = article('g1', 'Sample Wire', '2025-04-02');
  const b = article('g2', 'Example Times', '2025-04-02');
  const base = 'US forces struck a boat in the Caribbean on Tuesday, killing three people.';
  it('grades one outlet weak and a denial contested', () => {
    expect(
      buildIncidents([strike(a.id, 0, base, { date: day('2025-04-01') })], articles(a)).incidents[0].grade,
    ).toBe('weak');
    const denied = strike(b.id, 0, base, { date: day('2025-04-01'), claim: 'denied' });
    const { incidents } = buildIncidents(
      [strike(a.id, 0, base, { date: day('2025-04-01') }), denied],
      articles(a, b),
    );
    expect(incidents).toHaveLength(1);
    expect(incidents[0].grade).toBe('contested');
  });
});

describe('buildIncidents: stable ids', () => {
  it('keeps ids when events arrive in another order or later articles are added', () => {
    const first = buildIncidents([wireEvent, timesEvent], articles(wire, times));
    const shuffled = buildIncidents([timesEvent, dailyEvent, wireEvent], articles(wire, times, daily));
    expect(shuffled.incidents.map((i) => i.id)).toEqual(first.incidents.map((i) => i.id));
    const again = buildIncidents([dailyEvent, wireEvent, timesEvent], articles(wire, times, daily));
    expect(again).toEqual(shuffled);
  });
});

describe('buildIncidents: campaigns', () => {
  const a1 = article('c1', 'Sample Wire', '2025-05-02');
  const a2 = article('c2', 'Sample Wire', '2025-05-09');
  const a3 = article('c3', 'Example Times', '2025-05-16');
  const a4 = article('c4', 'Demo Daily', '2025-05-20');
  const evs = [
    strike(a1.id, 0, 'On Thursday, US forces struck a boat in the Caribbean, killing four people.', {
      date: day('2025-05-01'),
    }),
    strike(
      a2.id,
      0,
      'The military struck another boat in the Caribbean on Thursday, killing three people, bringing the toll of the campaign to 7.',
      {
        date: day('2025-05-08'),
      },
    ),
    strike(a3.id, 0, 'Two people died on Thursday when forces hit a vessel in the Eastern Pacific.', {
      date: day('2025-05-15'),
    }),
    strike(a4.id, 2, 'Since May, the strikes have killed more than 10 people.', {
      date: { from: '2025-05-01', to: '2025-05-20', granularity: 'range' },
    }),
  ];

  it('groups repeated strikes on one kind of target with running totals', () => {
    const { incidents, campaigns } = buildIncidents(evs, articles(a1, a2, a3, a4));
    expect(incidents).toHaveLength(3);
    expect(campaigns).toHaveLength(1);
    const c = campaigns[0];
    expect(c.targetSector).toBe('CRM');
    expect(c.actor.country).toBe('USA');
    expect(c.killedSum).toBe(9);
    expect(c.running?.map((r) => r.total)).toEqual([4, 7, 9]);
    expect(incidents.every((i) => i.campaignId === c.id)).toBe(true);
  });

  it("puts strikes with an unnamed attacker into the campaign, and ignores a target of the attacker's own side", () => {
    const a5 = article('c5', 'Demo Daily', '2025-05-23');
    const unnamed = strike(
      a5.id,
      0,
      'On Thursday a boat was destroyed in the Caribbean, killing five people.',
      {
        date: day('2025-05-22'),
        actor: { code: '---', country: null, sector: null, name: 'unknown', text: 'unknown' },
      },
    );
    const slip = strike(
      a5.id,
      3,
      'On Thursday forces hit a boat in the Eastern Pacific, killing one person, the president said.',
      {
        date: day('2025-05-22'),
        recipient: USGOV,
      },
    );
    const { incidents, campaigns } = buildIncidents([...evs, unnamed, slip], articles(a1, a2, a3, a4, a5));
    expect(campaigns).toHaveLength(1);
    expect(incidents.every((i) => i.campaignId === campaigns[0].id)).toBe(true);
    expect(campaigns[0].killedSum).toBe(15);
  });

  it('checks stated running totals against the sum up to each article', () => {
    const { campaigns } = buildIncidents(evs, articles(a1, a2, a3, a4));
    expect(campaigns[0].statedTotals.map((t) => [t.asOf, t.min, t.delta, t.verdict])).toEqual([
      ['2025-05-09', 7, 0, 'matches'],
      ['2025-05-20', 11, 2, 'disagrees'],
    ]);
    expect(campaigns[0].statedTotals[1].reason).toMatch(
      /^stated more than 10 \(11\+\) is 2 above the campaign 9/,
    );
    expect(campaigns[0].killed).toEqual({ low: 9, best: 9, high: 9, incidents: 3, missing: 0 });
  });

  it('counts a person missing after a strike in the high end, and a tally that allows for it fits', () => {
    const a5 = article('c5', 'Demo Daily', '2025-05-24');
    const a6 = article('c6', 'Sample Wire', '2025-05-25');
    const more = [
      strike(a5.id, 0, 'On Friday, US forces struck a boat in the Eastern Pacific, killing two people.', {
        date: day('2025-05-23'),
      }),
      strike(
        a5.id,
        2,
        'The strike brings the number of people killed in the campaign to 11, and one more person is missing.',
      ),
      strike(a6.id, 1, 'The strikes have now killed 12 people since May.'),
    ];
    const { incidents, campaigns } = buildIncidents([...evs, ...more], articles(a1, a2, a3, a4, a5, a6));
    expect(incidents).toHaveLength(4);
    const pacific = incidents.find((i) => i.date.from === '2025-05-23')!;
    expect(pacific.casualties.killed?.best).toBe(2);
    expect(pacific.casualties.missing?.best).toBe(1);
    expect(campaigns[0].killed).toMatchObject({ low: 11, best: 11, high: 12, missing: 1 });
    const last = campaigns[0].statedTotals.at(-1)!;
    expect([last.asOf, last.delta, last.verdict]).toEqual(['2025-05-25', 1, 'within-range']);
  });

  it('reads tallies from sentences no event carries, only in articles that report incidents', () => {
    const withText = {
      ...a3,
      text: 'Two people died on Thursday. Other tallies put the number of dead at 10.',
    };
    const bystander = {
      ...article('c9', 'Demo Daily', '2025-05-21'),
      text: 'Elsewhere, the death toll of the floods rose to 40, officials said.',
    };
    const { campaigns } = buildIncidents(evs, articles(a1, a2, withText, a4, bystander));
    const t = campaigns[0].statedTotals.find((x) => x.articleId === a3.id);
    expect([t?.stated?.figure, t?.verdict, t?.delta]).toEqual([10, 'disagrees', 1]);
    expect(campaigns[0].statedTotals.some((x) => x.articleId === bystander.id)).toBe(false);
  });

  it('sets a tally that dates itself against the campaign through that day', () => {
    // 2025-05-12 is a Monday; the tally counts up to the strike of Thursday, May 8.
    const a5 = {
      ...article('c5', 'Demo Daily', '2025-05-12'),
      text: "One research group that tracks the strikes counted 7 dead after Thursday's strike.",
    };
    // A later strike, reported the day before: the campaign by publication is 9, not 7.
    const a6 = article('c6', 'Sample Wire', '2025-05-11');
    const later = strike(
      a6.id,
      0,
      'On Sunday, US forces struck another boat in the Caribbean, killing two people.',
      {
        date: day('2025-05-11'),
      },
    );
    const retold = strike(
      a5.id,
      0,
      'On Thursday, US forces struck a boat in the Caribbean, killing three people.',
      {
        date: day('2025-05-08'),
      },
    );
    const { campaigns } = buildIncidents([...evs, later, retold], articles(a1, a2, a3, a4, a5, a6));
    const t = campaigns[0].statedTotals.find((x) => x.articleId === a5.id)!;
    expect(t.verdict).toBe('matches');
    expect(t.campaign).toMatchObject({ best: 7, through: '2025-05-08' });
  });

  it('does not start an incident from a tally sentence with only a missing count', () => {
    const a5 = article('c5', 'Demo Daily', '2025-06-30');
    const tally = strike(
      a5.id,
      4,
      'The strikes have killed 40 people since May, and one more person is missing.',
    );
    const { incidents } = buildIncidents([...evs, tally], articles(a1, a2, a3, a4, a5));
    expect(incidents).toHaveLength(3);
    expect(incidents.some((i) => i.casualties.missing)).toBe(false);
  });
});
