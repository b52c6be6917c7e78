/**
 * Hand-built coded articles for the store conformance suite. Spans are computed from the text with
 * `span()`, so every offset points at the words it names, as the pipeline's would.
 */
import type {
  ActorRef,
  Article,
  Campaign,
  ClaimStatus,
  CodedArticle,
  CodedEvent,
  DateRange,
  EventActor,
  Incident,
  Mention,
  Place,
  Sentence,
} from '../../src/core/records.js';

/** Span of the first occurrence of `needle` in `text` at or after `from`. */
export function span(text: string, needle: string, from = 0): { start: number; end: number } {
  const start = text.indexOf(needle, from);
  if (start < 0) throw new Error(`fixture error: "${needle}" not in text`);
  return { start, end: start + needle.length };
}

/** Sentences of `text` split after `. ` (fixture texts are written that way). */
export function splitSentences(text: string): Sentence[] {
  const out: Sentence[] = [];
  let start = 0;
  const re = /\. (?=[A-Z])|\.$/g;
  for (;;) {
    const m = re.exec(text);
    if (!m) break;
    const end = m.index + 1;
    out.push({ index: out.length, start, end, text: text.slice(start, end), paragraph: 0 });
    start = end + 1;
    if (end >= text.length) break;
  }
  return out;
}

export const ACTORS = {
  usaMil: { code: 'USAMIL', country: 'USA', sector: 'MIL', name: 'US military', entityId: 'kb:usa-mil' },
  usaGov: { code: 'USAGOV', country: 'USA', sector: 'GOV', name: 'Donald Trump', rules: ['actor.leader'] },
  colGov: { code: 'COLGOV', country: 'COL', sector: 'GOV', name: 'Gustavo Petro' },
  venGov: { code: 'VENGOV', country: 'VEN', sector: 'GOV', name: 'Nicolás Maduro' },
  venCrm: { code: 'VENCRM', country: 'VEN', sector: 'CRM', name: 'alleged drug traffickers' },
  igoUno: { code: 'IGOUNO', country: 'IGO', sector: null, name: 'United Nations' },
} satisfies Record<string, ActorRef>;

export const PLACES = {
  caribbean: { text: 'the Caribbean', name: 'Caribbean Sea', country: null, lat: 15, lon: -75, kind: 'sea' },
  bogota: {
    text: 'Bogotá',
    name: 'Bogotá',
    country: 'COL',
    lat: 4.61,
    lon: -74.08,
    kind: 'city',
    geonameId: 3688689,
  },
  pacific: {
    text: 'the eastern Pacific',
    name: 'Pacific Ocean',
    country: null,
    lat: 5,
    lon: -90,
    kind: 'sea',
  },
} satisfies Record<string, Place>;

/** A compact event description; `event()` expands it into a full CodedEvent. */
export interface EventSpec {
  id: string;
  /** Words of the text the event rests on (its evidence). */
  evidence: string;
  type: string;
  cameo: string;
  goldstein: number;
  quad: 1 | 2 | 3 | 4;
  actor: ActorRef;
  actorText: string;
  recipient?: ActorRef | null;
  recipientText?: string;
  claim?: ClaimStatus;
  claimSource?: EventActor | null;
  date?: DateRange | null;
  location?: Place | null;
  killed?: number;
  confidence?: number;
}

function eventFrom(article: Article, sentences: Sentence[], s: EventSpec): CodedEvent {
  const ev = span(article.text, s.evidence);
  const sentence = sentences.find((x) => x.start <= ev.start && ev.end <= x.end);
  if (!sentence) throw new Error(`fixture error: evidence "${s.evidence}" crosses sentences`);
  const at = (r: ActorRef, text: string): EventActor => ({
    ...r,
    text,
    span: span(article.text, text, sentence.start),
  });
  const e: CodedEvent = {
    id: s.id,
    articleId: article.id,
    sentence: sentence.index,
    type: s.type,
    mode: s.quad === 4 ? 'kinetic' : null,
    context: null,
    cameo: s.cameo,
    goldstein: s.goldstein,
    quad: s.quad,
    actor: at(s.actor, s.actorText),
    recipient: s.recipient ? at(s.recipient, s.recipientText ?? s.recipient.name) : null,
    claim: s.claim ?? 'asserted',
    evidence: { ...ev, text: s.evidence },
    sentenceText: sentence.text,
    date: s.date === undefined ? null : s.date,
    location: s.location ?? null,
    confidence: s.confidence ?? 0.8,
    rules: [`fixture.${s.type.toLowerCase()}`, 'fixture.any'],
  };
  if (s.claimSource !== undefined) e.claimSource = s.claimSource;
  if (s.killed !== undefined) {
    const phrase = `killing ${s.killed}`;
    e.casualties = { killed: { min: s.killed, max: s.killed, best: s.killed, qualifier: null, phrase } };
  }
  return e;
}

/** Builds a coded article from text, metadata and event specs. */
export function codedArticle(
  meta: Partial<Article> & { id: string; text: string },
  specs: EventSpec[],
  mentionSpecs: { id: string; text: string; kind: Mention['kind']; actor?: ActorRef }[] = [],
): CodedArticle {
  const article: Article = {
    title: null,
    outlet: 'Sample Wire (sample)',
    published: null,
    url: null,
    language: 'eng',
    origin: `fixture:${meta.id}`,
    format: 'text',
    ...meta,
  };
  const sentences = splitSentences(article.text);
  const mentions: Mention[] = mentionSpecs.map((m) => {
    const sp = span(article.text, m.text);
    const sentence = sentences.find((x) => x.start <= sp.start && sp.end <= x.end)?.index ?? 0;
    const out: Mention = { id: m.id, sentence, ...sp, text: m.text, kind: m.kind };
    if (m.actor) out.actor = m.actor;
    return out;
  });
  return {
    article,
    sentences,
    tokens: [],
    mentions,
    quotes: [],
    markers: [],
    quantities: [],
    dates: [],
    events: specs.map((s) => eventFrom(article, sentences, s)),
  };
}

const day = (d: string): DateRange => ({ from: d, to: d, granularity: 'day' });

/** Article 1: a strike, a condemnation and a negated consultation; full annotation layers. */
export function strikeArticle(): CodedArticle {
  const text =
    'US forces struck a boat in the Caribbean on September 2, killing 11 people. ' +
    'Gustavo Petro condemned the strike in Bogotá. ' +
    'Washington did not consult Colombia before the attack.';
  const a = codedArticle(
    {
      id: 'art_fixture_strike',
      text,
      title: 'Strike in the Caribbean',
      published: '2025-09-03T10:00:00Z',
      url: 'https://example.org/strike',
    },
    [
      {
        id: 'evt_strike_1',
        evidence: 'struck a boat',
        type: 'ASSAULT',
        cameo: '190',
        goldstein: -10,
        quad: 4,
        actor: ACTORS.usaMil,
        actorText: 'US forces',
        recipient: ACTORS.venCrm,
        recipientText: 'a boat',
        date: day('2025-09-02'),
        location: PLACES.caribbean,
        killed: 11,
        confidence: 0.9,
      },
      {
        id: 'evt_strike_2',
        evidence: 'condemned the strike',
        type: 'DISAPPROVE',
        cameo: '111',
        goldstein: -2,
        quad: 3,
        actor: ACTORS.colGov,
        actorText: 'Gustavo Petro',
        recipient: ACTORS.usaMil,
        recipientText: 'the strike',
        location: PLACES.bogota,
        claimSource: null,
      },
      {
        id: 'evt_strike_3',
        evidence: 'did not consult Colombia',
        type: 'CONSULT',
        cameo: '040',
        goldstein: 1,
        quad: 1,
        actor: ACTORS.usaGov,
        actorText: 'Washington',
        recipient: ACTORS.colGov,
        recipientText: 'Colombia',
        claim: 'negated',
        date: day('2025-09-02'),
      },
    ],
    [
      { id: 'm1', text: 'US forces', kind: 'organization', actor: ACTORS.usaMil },
      { id: 'm0', text: 'Gustavo Petro', kind: 'person', actor: ACTORS.colGov },
      { id: 'm2', text: 'Bogotá', kind: 'city' },
    ],
  );
  a.mentions[1].title = 'President';
  a.mentions[1].canonical = 'Gustavo Petro';
  a.quotes = [];
  a.markers = [{ ...span(text, 'did not'), sentence: 2, kind: 'negation', text: 'did not' }];
  a.quantities = [
    {
      ...span(text, '11 people'),
      sentence: 0,
      text: '11 people',
      min: 11,
      max: 11,
      best: 11,
      qualifier: null,
      unit: 'people',
    },
  ];
  a.dates = [{ ...span(text, 'September 2'), sentence: 0, text: 'September 2', range: day('2025-09-02') }];
  return a;
}

/** Article 2: a threat (future), a hypothetical attack, an alleged one; dates fall back to publication. */
export function threatArticle(): CodedArticle {
  const text =
    'Donald Trump said Colombia could be subject to attack. ' +
    'Officials alleged that traffickers attacked a patrol in the eastern Pacific. ' +
    'Nicolás Maduro will ask the United Nations for a meeting.';
  return codedArticle(
    {
      id: 'art_fixture_threat',
      text,
      title: 'Threats and claims',
      published: '2025-09-15T08:30:00Z',
      url: 'https://example.org/threat',
    },
    [
      {
        id: 'evt_threat_1',
        evidence: 'could be subject to attack',
        type: 'THREATEN',
        cameo: '138',
        goldstein: -7,
        quad: 3,
        actor: ACTORS.usaGov,
        actorText: 'Donald Trump',
        recipient: ACTORS.colGov,
        recipientText: 'Colombia',
        claim: 'hypothetical',
      },
      {
        id: 'evt_threat_2',
        evidence: 'attacked a patrol',
        type: 'ASSAULT',
        cameo: '1823',
        goldstein: -9,
        quad: 4,
        actor: ACTORS.venCrm,
        actorText: 'traffickers',
        recipient: ACTORS.usaMil,
        recipientText: 'a patrol',
        claim: 'alleged',
        claimSource: { code: 'USAGOV', country: 'USA', sector: 'GOV', name: 'officials', text: 'Officials' },
        location: PLACES.pacific,
        date: day('2025-09-14'),
      },
      {
        id: 'evt_threat_3',
        evidence: 'will ask the United Nations for a meeting',
        type: 'CONSULT',
        cameo: '041',
        goldstein: 1,
        quad: 1,
        actor: ACTORS.venGov,
        actorText: 'Nicolás Maduro',
        recipient: ACTORS.igoUno,
        recipientText: 'the United Nations',
        claim: 'future',
      },
    ],
  );
}

/** Article 3: no publication date and an undated event (sorted first, outside date filters). */
export function undatedArticle(): CodedArticle {
  const text = 'The United Nations urged restraint. Colombia recalled its ambassador.';
  return codedArticle({ id: 'art_fixture_undated', text, published: null, format: 'json' }, [
    {
      id: 'evt_undated_1',
      evidence: 'urged restraint',
      type: 'APPEAL',
      cameo: '020',
      goldstein: 3,
      quad: 1,
      actor: ACTORS.igoUno,
      actorText: 'The United Nations',
    },
    {
      id: 'evt_undated_2',
      evidence: 'recalled its ambassador',
      type: 'REDUCE',
      cameo: '161',
      goldstein: -4,
      quad: 3,
      actor: ACTORS.colGov,
      actorText: 'Colombia',
      recipient: ACTORS.usaGov,
      recipientText: 'its ambassador',
      date: null,
    },
  ]);
}

/** Article 4: events spread over weeks and months for series buckets; one aid event (quad 2). */
export function seriesArticle(): CodedArticle {
  const text =
    'US forces struck another boat on October 5. ' +
    'US forces struck a third boat on October 6. ' +
    'Colombia sent aid to Venezuela on November 1. ' +
    'Colombia 100% agreed_with the plan.';
  return codedArticle(
    { id: 'art_fixture_series', text, published: '2025-11-02T00:00:00Z', outlet: 'Other Outlet (sample)' },
    [
      {
        id: 'evt_series_1',
        evidence: 'struck another boat',
        type: 'ASSAULT',
        cameo: '190',
        goldstein: -10,
        quad: 4,
        actor: ACTORS.usaMil,
        actorText: 'US forces',
        recipient: ACTORS.venCrm,
        recipientText: 'another boat',
        date: day('2025-10-05'),
        location: PLACES.caribbean,
        killed: 3,
      },
      {
        id: 'evt_series_2',
        evidence: 'struck a third boat',
        type: 'ASSAULT',
        cameo: '190',
        goldstein: -10,
        quad: 4,
        actor: ACTORS.usaMil,
        actorText: 'US forces',
        recipient: ACTORS.venCrm,
        recipientText: 'a third boat',
        date: day('2025-10-06'),
        location: PLACES.caribbean,
      },
      {
        id: 'evt_series_3',
        evidence: 'sent aid to Venezuela',
        type: 'AID',
        cameo: '070',
        goldstein: 7,
        quad: 2,
        actor: ACTORS.colGov,
        actorText: 'Colombia',
        recipient: ACTORS.venGov,
        recipientText: 'Venezuela',
        date: { from: '2025-11-01', to: '2025-11-30', granularity: 'month' },
      },
      {
        id: 'evt_series_4',
        evidence: '100% agreed_with',
        type: 'AGREE',
        cameo: '030',
        goldstein: 4,
        quad: 1,
        actor: ACTORS.colGov,
        actorText: 'Colombia',
        date: day('2025-11-01'),
      },
    ],
  );
}

/** Article 5: Spanish, stored and flagged, with no events. */
export function spanishArticle(): CodedArticle {
  const text = 'Petro rechazó las sanciones. El gobierno pidió calma.';
  return codedArticle({ id: 'art_fixture_spa', text, language: 'spa', published: '2025-10-25' }, []);
}

/** Every fixture article. */
export function allFixtures(): CodedArticle[] {
  return [strikeArticle(), threatArticle(), undatedArticle(), seriesArticle(), spanishArticle()];
}

/** Synthetic articles for volume tests: `n` articles with `perArticle` events each. */
export function syntheticArticles(n: number, perArticle: number, seed = 'syn'): CodedArticle[] {
  const actors = Object.values(ACTORS);
  const out: CodedArticle[] = [];
  for (let i = 0; i < n; i++) {
    const parts: string[] = [];
    for (let k = 0; k < perArticle; k++) parts.push(`Party ${k} of item ${i} met envoys.`);
    const text = parts.join(' ');
    const month = String((i % 12) + 1).padStart(2, '0');
    const dayOfMonth = String((i % 28) + 1).padStart(2, '0');
    const specs: EventSpec[] = parts.map((p, k) => ({
      id: `evt_${seed}_${i}_${k}`,
      evidence: p.slice(0, -1),
      type: k % 2 ? 'CONSULT' : 'ASSAULT',
      cameo: k % 2 ? '040' : '190',
      goldstein: k % 2 ? 1 : -10,
      quad: k % 2 ? 1 : 4,
      actor: actors[(i + k) % actors.length],
      actorText: `Party ${k}`,
      recipient: actors[(i + k + 1) % actors.length],
      recipientText: 'envoys',
      date: day(`2025-${month}-${dayOfMonth}`),
    }));
    // Evidence must be unique per article for span(): the item number makes it so.
    out.push(codedArticle({ id: `art_${seed}_${i}`, text, published: `2025-${month}-${dayOfMonth}` }, specs));
  }
  return out;
}

/** Two incidents (one in a campaign) and the campaign, built from the fixture events. */
export function incidentFixtures(): { incidents: Incident[]; campaigns: Campaign[] } {
  const strike: Incident = {
    id: 'inc_strike_0902',
    type: 'ASSAULT',
    cameo: '190',
    date: day('2025-09-02'),
    reported: '2025-09-03',
    location: PLACES.caribbean,
    actors: [ACTORS.usaMil],
    recipients: [ACTORS.venCrm],
    casualties: { killed: { low: 11, best: 11, high: 11 } },
    grade: 'fair',
    campaignId: 'camp_boats',
    sources: [
      {
        articleId: 'art_fixture_strike',
        eventId: 'evt_strike_1',
        outlet: 'Sample Wire (sample)',
        url: 'https://example.org/strike',
        published: '2025-09-03T10:00:00Z',
        killed: { min: 11, max: 11, best: 11, qualifier: null, phrase: 'killing 11' },
        evidence: 'struck a boat',
      },
    ],
  };
  const second: Incident = {
    id: 'inc_strike_1005',
    type: 'ASSAULT',
    cameo: '190',
    date: day('2025-10-05'),
    reported: '2025-11-02',
    location: PLACES.caribbean,
    actors: [ACTORS.usaMil],
    recipients: [ACTORS.venCrm],
    casualties: { killed: { low: 3, best: 3, high: 3 } },
    grade: 'weak',
    campaignId: 'camp_boats',
    sources: [
      {
        articleId: 'art_fixture_series',
        eventId: 'evt_series_1',
        outlet: 'Other Outlet (sample)',
        url: null,
        published: '2025-11-02T00:00:00Z',
        evidence: 'struck another boat',
      },
      {
        articleId: 'art_fixture_series',
        eventId: 'evt_series_2',
        outlet: 'Other Outlet (sample)',
        url: null,
        published: '2025-11-02T00:00:00Z',
        killed: { min: 2, max: null, best: 2, qualifier: 'at least', phrase: 'at least 2 killed' },
        evidence: 'struck a third boat',
      },
    ],
  };
  const protest: Incident = {
    id: 'inc_protest_bogota',
    type: 'DISAPPROVE',
    cameo: '111',
    date: { from: '2025-09-01', to: '2025-09-30', granularity: 'month' },
    reported: null,
    location: PLACES.bogota,
    actors: [ACTORS.colGov],
    recipients: [ACTORS.usaMil, ACTORS.usaGov],
    casualties: {},
    grade: 'confirmed',
    campaignId: null,
    sources: [],
  };
  const campaign: Campaign = {
    id: 'camp_boats',
    name: 'US strikes on boats',
    actor: ACTORS.usaMil,
    targetSector: 'CRM',
    type: 'ASSAULT',
    incidentIds: ['inc_strike_0902', 'inc_strike_1005'],
    date: { from: '2025-09-02', to: '2025-10-05' },
    killedSum: 14,
    killed: { low: 14, best: 14, high: 15, incidents: 2, missing: 1 },
    statedTotals: [
      {
        articleId: 'art_fixture_series',
        outlet: 'Fixture Wire',
        asOf: '2025-11-02',
        min: 14,
        phrase: 'at least 14 people',
        delta: 0,
        stated: { figure: 14, low: 14, high: null, bound: 'at-least' },
        campaign: { low: 14, best: 14, high: 15, incidents: 2, missing: 1, sameDay: 'none' },
        verdict: 'matches',
        reason: 'stated at least 14 (14+) is the campaign 14-15, best 14 (2 incidents)',
      },
    ],
  };
  return { incidents: [strike, second, protest], campaigns: [campaign] };
}
