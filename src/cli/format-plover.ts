import type { CodedEvent, EventActor } from '../core/records.js';
import { type ArticleMeta, eventDay } from './article-meta.js';
import { type EventCasualties, eventCasualties } from './casualty-figures.js';
import type { IncidentIndex } from './incident-index.js';

/** ISO 639-3 codes back to the ISO 639-1 codes PLOVER's `cite_info.language` asks for. */
const ISO3_TO_ISO1: Record<string, string> = {
  eng: 'en',
  spa: 'es',
  por: 'pt',
  fra: 'fr',
  deu: 'de',
  ita: 'it',
  rus: 'ru',
  arb: 'ar',
  cmn: 'zh',
  jpn: 'ja',
  kor: 'ko',
  tur: 'tr',
  nld: 'nl',
  pol: 'pl',
  ukr: 'uk',
  hin: 'hi',
  ind: 'id',
  vie: 'vi',
  pes: 'fa',
  swh: 'sw',
};

function entity(a: EventActor) {
  return {
    code: a.country ?? a.code.slice(0, 3),
    sector: a.sector,
    full_code: a.code,
    entity_text: a.text,
    identifier_text: a.name,
    ...(a.entityId ? { identifier_id: a.entityId } : {}),
  };
}

/**
 * PLOVER's `size`: `dead` and `injured` are the ledger incident's reconciled figures, given on
 * the one record per incident that counts it (null on the others), so that summing `size.dead`
 * over an export gives the ledger's total and never adds a running total or a second report of
 * the same incident. `arrested` is this article's own figure.
 */
function ploverSize(c: EventCasualties) {
  const size = {
    dead: c.incidentKilled?.best ?? null,
    injured: c.incidentInjured?.best ?? null,
    arrested: c.arrested ? (c.arrested.best ?? c.arrested.low) : null,
  };
  return size.dead === null && size.injured === null && size.arrested === null ? null : size;
}

/** The named `casualties` extension: what this article states, with qualifier, flag and source. */
function ploverCasualties(e: CodedEvent, c: EventCasualties) {
  if (!c.killed && !c.killedTotal && !c.injured && !c.arrested && !c.incident) return null;
  return {
    killed: c.killed,
    killed_total: c.killedTotal,
    injured: c.injured,
    arrested: c.arrested,
    claim: e.claim,
    claim_source: e.claimSource?.name ?? null,
    incident_id: c.incident?.id ?? null,
    incident_counted: c.counted,
    incident_killed: c.incidentKilled,
    incident_injured: c.incidentInjured,
  };
}

/**
 * One event as a PLOVER JSON record, with the field names of the PLOVER manual's data-fields
 * chapter (`id`, `date`, `enddate`, `actor`, `recipient`, `event`, `mode`, `context`, `quad_code`,
 * `event_scale`, `event_loc`, `event_text`, `text_info`, `cite_info`, `coder`, `coded_date`), plus
 * named extensions the manual allows: `claim`, `claim_source`, `cameo`, `size`, `casualties`,
 * `confidence`, `rules`.
 */
export function ploverRecord(
  e: CodedEvent,
  meta: ArticleMeta | undefined,
  codedDate: string,
  incidents: IncidentIndex | null = null,
) {
  const loc = e.location;
  const c = eventCasualties(e, incidents);
  return {
    id: e.id,
    date: eventDay(e.date?.from, meta),
    enddate: e.date && e.date.to !== e.date.from ? e.date.to : null,
    // Extension: how precisely the date is known (a month-dated event is `month`, from the 1st to
    // the last day), so that `date` is never read as a known day.
    date_granularity: e.date?.granularity ?? null,
    actor: [entity(e.actor)],
    recipient: e.recipient ? [entity(e.recipient)] : [],
    event: [e.type],
    mode: e.mode ? [e.mode] : [],
    context: e.context ? e.context.split(/[,;]\s*/) : [],
    quad_code: e.quad,
    event_scale: e.goldstein,
    cameo: e.cameo,
    claim: e.claim,
    claim_source: e.claimSource ? entity(e.claimSource) : null,
    event_loc: loc
      ? {
          extracted_place: loc.text,
          resolved_place: loc.name,
          geonameid: loc.geonameId ?? null,
          lat: loc.lat,
          lon: loc.lon,
          country_code: loc.country,
        }
      : null,
    event_text: [e.evidence.text],
    text: e.sentenceText,
    text_info: { sequence: e.sentence, start: e.evidence.start, end: e.evidence.end },
    cite_info: {
      citation: e.articleId,
      url: meta?.url ?? null,
      title: meta?.title ?? null,
      language: meta?.language ? (ISO3_TO_ISO1[meta.language] ?? meta.language) : null,
      publication: meta?.outlet ?? null,
      codebook: 'plover-1.0',
    },
    size: ploverSize(c),
    casualties: ploverCasualties(e, c),
    confidence: e.confidence,
    rules: e.rules,
    coder: 'lapwing',
    coded_date: codedDate,
  };
}
