import { loadDataFile } from '../core/data-file.js';
import type { AnalyzedArticle, Mention } from '../core/records.js';
import { sectorsSpec } from './data-files.js';
import { contextPlaces } from './resolve-text.js';

/** Rules by which an actor was placed where a sentence sets its events ("police in Nairobi"). */
const PLACED = new Set(['article.phrase-complement', 'article.sentence-place', 'context.place']);
/** Groups as often foreigners as locals: never given the scene's country. */
const NOT_LOCAL = new Set(['CVL', 'REF', 'UNK']);
/** Below this strength a sector word names people of any side (officials, gunmen, leaders). */
const WEAK_PRIORITY = 50;

let institutions: Set<string> | null = null;

/**
 * The sector rules that name institutions and organised groups ("authorities", "police", "the
 * opposition"), not people by their titles ("the minister", "officials"), who as often come from
 * abroad to where events happen.
 */
function institutionRules(): Set<string> {
  institutions ??= new Set(
    loadDataFile(sectorsSpec)
      .rules.filter((r) => !r.title && r.priority >= WEAK_PRIORITY)
      .map((r) => r.id),
  );
  return institutions;
}

/**
 * The one country an article sets all its events in: the countries of the places its sentences
 * locate things in ("in Kaduna State", "in Tel Aviv"), of actors placed there ("police in the
 * Kenyan capital") and of its dateline, when they are all the same. Null when the article names
 * no place or places in several countries.
 */
export function sceneCountry(analyzed: AnalyzedArticle, mentions: readonly Mention[]): string | null {
  const found = new Set<string>();
  // a second country settles it: the sentences after need not be read
  for (const s of analyzed.sentences) {
    for (const c of contextPlaces(s.text)) found.add(c);
    if (found.size > 1) return null;
  }
  for (const m of mentions) {
    const a = m.actor;
    if (a?.country && a.country.length === 3 && a.rules?.some((r) => PLACED.has(r))) found.add(a.country);
  }
  if (analyzed.dateline?.country) found.add(analyzed.dateline.country);
  return found.size === 1 ? [...found][0] : null;
}

/**
 * Institutions and groups still named by their sector alone ("the authorities", "police", "a
 * court", "the opposition movement") belong to the country the whole article is set in, when it
 * is set in one: "Gunmen attacked a church in Kaduna State ... The authorities imposed a curfew."
 * (rule `article.scene-country`). People named by a title or a weak noun ("officials", "the
 * minister", "gunmen"), civilians, refugees and unknown nouns are left as they are.
 */
export function sceneCountries(analyzed: AnalyzedArticle, mentions: readonly Mention[]): void {
  let country: string | null | undefined;
  for (const m of mentions) {
    const a = m.actor;
    if (!a || a.country || !a.sector || NOT_LOCAL.has(a.sector) || a.entityId || m.kind === 'pronoun')
      continue;
    if (/^(IGO|IMG|NGO|MNC)/.test(a.code) || !a.rules?.some((r) => institutionRules().has(r))) continue;
    if (country === undefined) country = sceneCountry(analyzed, mentions);
    if (!country) return;
    m.actor = {
      ...a,
      country,
      code: `${country}${a.sector}`,
      rules: [...(a.rules ?? []), 'article.scene-country'],
    };
  }
}

/**
 * The country the dateline stands for: its own, unless the article never names it while naming
 * one other country in most of its mentions, as a report filed from a regional hub does ("BEIRUT
 * - Syria's new authorities said ...": the civilians killed are Syria's). Rule
 * article.dateline-hub on the roles it places.
 */
export function sceneOfDateline(mentions: readonly Mention[], datelineCountry: string): string {
  const counts = new Map<string, number>();
  let total = 0;
  for (const m of mentions) {
    const c = m.actor?.country;
    if (c?.length !== 3 || /^(IGO|IMG|NGO)/.test(m.actor?.code ?? '')) continue;
    counts.set(c, (counts.get(c) ?? 0) + 1);
    total++;
  }
  if (counts.has(datelineCountry)) return datelineCountry;
  let top: string | null = null;
  let best = 0;
  for (const [c, n] of counts)
    if (n > best) {
      top = c;
      best = n;
    }
  return top && best >= 2 && best / total >= 0.6 ? top : datelineCountry;
}
