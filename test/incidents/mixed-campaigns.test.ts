/**
 * Campaigns on mixed news: articles written for this test (in mixed-campaigns/) about two
 * operations by different actors (US strikes on boats in the Caribbean, Thai shelling on the
 * Cambodian border), a protest crackdown (Kenyan police in Nairobi), a US strike in another
 * theatre, a shooting nobody is named for, and an old attack retold. Each is read, coded and
 * clustered by the real pipeline.
 */
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import type { Article, Campaign, CodedEvent, Incident } from '../../src/core/records.js';
import { buildIncidents } from '../../src/incidents/build-incidents.js';
import { isPlaceActor, sameTheatre } from '../../src/incidents/campaign-theatre.js';
import { buildCampaigns } from '../../src/incidents/campaigns.js';
import { readInputs } from '../../src/ingest/read-inputs.js';
import { processArticle } from '../../src/pipeline/pipeline.js';
import { resolvePlace } from '../../src/places/resolve-place.js';

const DIR = join(import.meta.dirname, 'mixed-campaigns');

describe('campaigns on mixed news', { timeout: 120_000 }, () => {
  let incidents: Incident[];
  let campaigns: Campaign[];
  let articles: Map<string, Article>;
  const file = (articleId: string) => articles.get(articleId)!.origin.split('/').pop()!.slice(0, 2);
  const membersOf = (c: Campaign) => incidents.filter((i) => i.campaignId === c.id);
  const campaignOf = (country: string) => campaigns.find((c) => c.actor.country === country);

  beforeAll(async () => {
    const events: CodedEvent[] = [];
    articles = new Map();
    for await (const item of readInputs([DIR])) {
      if (!('article' in item)) continue;
      articles.set(item.article.id, item.article);
      events.push(...processArticle(item.article).events);
    }
    expect(articles.size).toBe(13);
    ({ incidents, campaigns } = buildIncidents(events, articles));
  });

  it('makes one campaign per operation: the US strikes, the Thai shelling, the Kenyan crackdown', () => {
    expect(campaigns.map((c) => [c.actor.country, c.incidentIds.length]).sort()).toEqual([
      ['KEN', 3],
      ['THA', 3],
      ['USA', 3],
    ]);
    const us = campaignOf('USA')!;
    expect(membersOf(us).map((i) => i.date.from)).toEqual(['2025-09-09', '2025-09-22', '2025-10-07']);
    expect(us.killed).toMatchObject({ best: 15 });
    const thai = campaignOf('THA')!;
    expect(
      membersOf(thai)
        .flatMap((i) => i.sources.map((s) => file(s.articleId)))
        .sort(),
    ).toEqual(['04', '05', '06']);
  });

  it('keeps a strike by the same actor in another theatre out of the campaign', () => {
    const yemen = incidents.find((i) => i.location?.name === 'Yemen');
    expect(yemen).toBeDefined();
    expect(yemen!.campaignId).toBeNull();
  });

  it('keeps an incident with no named attacker and no place out of every campaign', () => {
    const shooting = incidents.find((i) => i.sources.some((s) => file(s.articleId) === '12'));
    expect(shooting).toBeDefined();
    expect(shooting!.campaignId).toBeNull();
  });

  it('makes no campaign of an old attack retold', () => {
    const old = incidents.find((i) => i.sources.some((s) => file(s.articleId) === '09'));
    expect(old?.campaignId ?? null).toBeNull();
    expect(campaigns.some((c) => /israel/i.test(c.name))).toBe(false);
  });

  it('sets a running total only beside the campaign whose actor or theatre it names', () => {
    const us = campaignOf('USA')!;
    expect(us.statedTotals.map((t) => file(t.articleId)).sort()).toEqual(['03', '13']);
    // "The shootings have killed 40 people so far this year" names no actor or theatre of any campaign.
    for (const c of campaigns) expect(c.statedTotals.some((t) => file(t.articleId) === '12')).toBe(false);
    expect(campaignOf('KEN')!.statedTotals.some((t) => file(t.articleId) === '13')).toBe(false);
  });

  it('judges "at least five" against a toll of 15 as disagreeing, not as within range', () => {
    const t = campaignOf('USA')!.statedTotals.find((x) => file(x.articleId) === '13')!;
    expect(t.stated).toMatchObject({ figure: 5, bound: 'at-least' });
    expect(t.verdict).toBe('disagrees');
    const own = campaignOf('USA')!.statedTotals.find((x) => file(x.articleId) === '03')!;
    expect(own.verdict).toBe('matches');
  });
});

describe('campaign rules on hand-built incidents', () => {
  const inc = (
    id: string,
    day: string,
    actorName: string,
    place: string | null,
    sector: string | null = null,
  ) =>
    ({
      id,
      type: 'ASSAULT',
      cameo: '190',
      date: { from: day, to: day, granularity: 'day' },
      reported: day,
      location: place ? resolvePlace(place) : null,
      actors: [{ code: sector ? `ISR${sector}` : 'ISR', country: 'ISR', sector, name: actorName }],
      recipients: [{ code: '---CVL', country: null, sector: 'CVL', name: 'civilians' }],
      casualties: { killed: { low: 3, best: 3, high: 3 } },
      grade: 'fair',
      campaignId: null,
      sources: [
        {
          articleId: `art_${id}`,
          eventId: `evt_${id}`,
          outlet: null,
          url: null,
          published: day,
          evidence: '',
        },
      ],
    }) as Incident;

  it('never makes a place the actor of a campaign', () => {
    expect(isPlaceActor({ code: 'ISR', country: 'ISR', sector: null, name: 'southern Israel' })).toBe(true);
    expect(isPlaceActor({ code: 'ISR', country: 'ISR', sector: null, name: 'Israel' })).toBe(false);
    expect(isPlaceActor({ code: 'USAGOV', country: 'USA', sector: 'GOV', name: 'Washington' })).toBe(false);
    const list = ['a', 'b', 'c'].map((x, n) => inc(x, `2023-10-0${n + 7}`, 'southern Israel', 'Gaza'));
    expect(buildCampaigns(list, [], 3)).toEqual([]);
  });

  it('needs three incidents, and splits a run at a long gap', () => {
    const two = [
      inc('a', '2024-01-01', 'Israeli army', 'Gaza', 'MIL'),
      inc('b', '2024-01-05', 'Israeli army', 'Gaza', 'MIL'),
    ];
    expect(buildCampaigns(two, [], 3)).toEqual([]);
    const gap = [...two, inc('c', '2024-09-01', 'Israeli army', 'Gaza', 'MIL')];
    expect(buildCampaigns(gap, [], 3)).toEqual([]);
    const three = [...two, inc('c', '2024-02-01', 'Israeli army', 'Gaza', 'MIL')];
    expect(buildCampaigns(three, [], 3)).toHaveLength(1);
  });

  it('takes neighbouring seas as one theatre and distant countries as two', () => {
    expect(sameTheatre(resolvePlace('Caribbean Sea'), resolvePlace('Eastern Pacific'))).toBe(true);
    expect(sameTheatre(resolvePlace('Caribbean Sea'), resolvePlace('Nairobi'))).toBe(false);
    expect(sameTheatre(resolvePlace('Caribbean'), resolvePlace('Yemen'))).toBe(false);
  });
});
