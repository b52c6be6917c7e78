import { articleId } from '../../src/core/ids.js';
import type { Article, CodedEvent, DateRange, EventActor, Place } from '../../src/core/records.js';

/** A hand-built article; the text is ours and only the metadata matter to incident building. */
export function article(id: string, outlet: string, published: string): Article {
  return {
    id,
    text: '',
    title: null,
    outlet,
    published: `${published}T12:00:00Z`,
    url: `https://example.org/${id}`,
    language: 'eng',
    origin: `${id}.txt`,
    format: 'text',
  };
}

export const USMIL: EventActor = {
  code: 'USAMIL',
  country: 'USA',
  sector: 'MIL',
  name: 'United States military',
  text: 'the U.S. military',
};
export const USGOV: EventActor = {
  code: 'USAGOV',
  country: 'USA',
  sector: 'GOV',
  name: 'Pete Hegseth',
  text: 'Hegseth',
};
export const CRM: EventActor = {
  code: '---CRM',
  country: null,
  sector: 'CRM',
  name: 'drug traffickers',
  text: 'alleged traffickers',
};
export const COLGOV: EventActor = {
  code: 'COLGOV',
  country: 'COL',
  sector: 'GOV',
  name: 'Gustavo Petro',
  text: 'Petro',
};

export function day(d: string): DateRange {
  return { from: d, to: d, granularity: 'day' };
}

/** A coded strike event built from one of our sentences; casualties are left to the sentence reader unless given. */
export function strike(
  articleId: string,
  sentence: number,
  text: string,
  opts: Partial<
    Pick<
      CodedEvent,
      | 'date'
      | 'location'
      | 'claim'
      | 'claimSource'
      | 'casualties'
      | 'actor'
      | 'recipient'
      | 'type'
      | 'cameo'
      | 'quad'
    >
  > = {},
): CodedEvent {
  return {
    id: `${articleId}-e${sentence}`,
    articleId,
    sentence,
    type: opts.type ?? 'ASSAULT',
    mode: null,
    context: null,
    cameo: opts.cameo ?? '190',
    goldstein: -10,
    quad: opts.quad ?? 4,
    actor: opts.actor ?? USMIL,
    recipient: opts.recipient === undefined ? CRM : opts.recipient,
    claim: opts.claim ?? 'asserted',
    claimSource: opts.claimSource ?? null,
    evidence: { start: 0, end: text.length, text },
    sentenceText: text,
    date: opts.date ?? null,
    location: opts.location ?? null,
    casualties: opts.casualties,
    confidence: 0.8,
    rules: ['test'],
  };
}

export function place(name: string, kind: Place['kind']): Place {
  return { text: name, name, country: null, lat: null, lon: null, kind };
}

/** A plain-text article with the given text and publication day, its id made from the text. */
export function textArticle(text: string, published: string): Article {
  return {
    id: articleId(text),
    text,
    title: null,
    outlet: null,
    published,
    url: null,
    language: 'eng',
    origin: 'test',
    format: 'text',
  };
}
