import { describe, expect, it } from 'vitest';
import { analyze } from './helpers.js';

/** Dates of a text published on Wednesday 2025-12-03. */
function d(text: string, published: string | null = '2025-12-03') {
  return analyze(text, published).dates.map((x) => ({
    text: x.text,
    ...x.range,
    ...(x.since ? { since: true } : {}),
  }));
}

describe('dates', () => {
  it('resolves a month without a year to the most recent one not after the publication date', () => {
    expect(d('In November, the talks failed.')).toEqual([
      { text: 'In November', from: '2025-11-01', to: '2025-11-30', granularity: 'month' },
    ]);
    expect(d('Back in December the port reopened.')[0]).toMatchObject({
      from: '2025-12-01',
      to: '2025-12-31',
      granularity: 'month',
    });
    expect(d('The raid came back in September.')[0]).toMatchObject({
      text: 'back in September',
      from: '2025-09-01',
      granularity: 'month',
    });
    expect(d('Elections were held in January.')[0]).toMatchObject({ from: '2025-01-01', to: '2025-01-31' });
    expect(d('The war began in March 2022.')[0]).toMatchObject({
      from: '2022-03-01',
      to: '2022-03-31',
      granularity: 'month',
    });
  });

  it('reads early, mid and late month as thirds', () => {
    expect(d('In early September they met.')[0]).toMatchObject({
      from: '2025-09-01',
      to: '2025-09-10',
      granularity: 'range',
    });
    expect(d('By mid-October it was over.')[0]).toMatchObject({ from: '2025-10-11', to: '2025-10-20' });
    expect(d('In late February the rains came.')[0]).toMatchObject({ from: '2025-02-21', to: '2025-02-28' });
  });

  it('opens a range to the publication date after "since"', () => {
    expect(d('Since early September, strikes have killed dozens.')[0]).toEqual({
      text: 'Since early September',
      from: '2025-09-01',
      to: '2025-12-03',
      granularity: 'range',
      since: true,
    });
  });

  it('resolves weekdays, last week, this month, earlier and relative days', () => {
    expect(d('On Monday the army moved.')[0]).toMatchObject({
      from: '2025-12-01',
      to: '2025-12-01',
      granularity: 'day',
    });
    expect(d('On Thursday the army moved.')[0]).toMatchObject({ from: '2025-11-27', granularity: 'day' });
    expect(d('Last week the army moved.')[0]).toMatchObject({
      from: '2025-11-24',
      to: '2025-11-30',
      granularity: 'week',
    });
    expect(d('Talks resume this month.')[0]).toMatchObject({
      from: '2025-12-01',
      to: '2025-12-31',
      granularity: 'month',
    });
    expect(d('Earlier, the minister spoke.')[0]).toMatchObject({
      text: 'Earlier',
      to: '2025-12-03',
      granularity: 'range',
    });
    expect(d('Yesterday two boats sank.')[0]).toMatchObject({ from: '2025-12-02', granularity: 'day' });
  });

  it('reads exact dates with chrono, past-leaning, and never invents a day', () => {
    expect(d('The deal was signed on Sept. 4.')[0]).toMatchObject({
      from: '2025-09-04',
      to: '2025-09-04',
      granularity: 'day',
    });
    expect(d('It was signed on March 3.')[0]).toMatchObject({ from: '2025-03-03', granularity: 'day' });
    expect(d('Published: Dec 3, 2025 06:30 pm')[0]).toMatchObject({ from: '2025-12-03', granularity: 'day' });
    expect(d('Fighting has gone on since 2019.')[0]).toMatchObject({
      from: '2019-01-01',
      to: '2025-12-03',
      since: true,
    });
  });

  it('reads day ranges, day-month order, ISO dates, "since" a day, "ago" and slash dates', () => {
    expect(d('Talks ran Sept. 1-5 in Lima.')[0]).toMatchObject({
      text: 'Sept. 1-5',
      from: '2025-09-01',
      to: '2025-09-05',
      granularity: 'range',
    });
    expect(d('It ended on 3 December 2024.')[0]).toMatchObject({ from: '2024-12-03', granularity: 'day' });
    expect(d('The file is dated 2025-11-30.')[0]).toMatchObject({ from: '2025-11-30', granularity: 'day' });
    expect(d('Strikes have continued since Oct. 2.')[0]).toMatchObject({
      text: 'since Oct. 2',
      from: '2025-10-02',
      to: '2025-12-03',
      since: true,
    });
    expect(d('Two weeks ago a boat sank.')[0]).toMatchObject({
      from: '2025-11-16',
      to: '2025-11-22',
      granularity: 'week',
    });
    expect(d('They met tonight.')[0]).toMatchObject({ from: '2025-12-03', granularity: 'day' });
    expect(d('The decree of 11/28/2025 stands.')[0]).toMatchObject({
      from: '2025-11-28',
      granularity: 'day',
    });
  });

  it('does not take "may" the verb for the month, nor a duration for a date', () => {
    expect(d('Troops may stay for the first time in nearly 30 years.')).toEqual([]);
  });

  it('resolves only explicit years without a publication date', () => {
    expect(d('In November 2024 and on Monday they met.', null)).toEqual([
      { text: 'In November 2024', from: '2024-11-01', to: '2024-11-30', granularity: 'month' },
    ]);
  });
});
