import type { CodedEvent, EventActor } from '../core/records.js';
import { type ArticleMeta, eventDay } from './article-meta.js';

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
 * One event as a PLOVER JSON record, with the field names of the PLOVER manual's data-fields
 * chapter (`id`, `date`, `enddate`, `actor`, `recipient`, `event`, `mode`, `context`, `quad_code`,
 * `event_scale`, `event_loc`, `event_text`, `text_info`, `cite_info`, `coder`, `coded_date`), plus
 * named extensions the manual allows: `claim`, `claim_source`, `cameo`, `size` (casualties),
 * `confidence`, `rules`.
 */
export function ploverRecord(e: CodedEvent, meta: ArticleMeta | undefined, codedDate: string) {
  const loc = e.location;
  const size: Record<string, number | null> = {};
  if (e.casualties?.killed) size.dead = e.casualties.killed.best ?? e.casualties.killed.min;
  if (e.casualties?.injured) size.injured = e.casualties.injured.best ?? e.casualties.injured.min;
  if (e.casualties?.arrested) size.arrested = e.casualties.arrested.best ?? e.casualties.arrested.min;
  return {
    id: e.id,
    date: eventDay(e.date?.from, meta),
    enddate: e.date && e.date.to !== e.date.from ? e.date.to : null,
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
    size: Object.keys(size).length ? size : null,
    confidence: e.confidence,
    rules: e.rules,
    coder: 'lapwing',
    coded_date: codedDate,
  };
}
