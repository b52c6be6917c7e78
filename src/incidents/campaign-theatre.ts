import countries from 'i18n-iso-countries';
import type { ActorRef, Incident, Place } from '../core/records.js';
import { foldName } from '../places/fold-name.js';
import { findNationalities } from '../places/nationality.js';
import { areaOf, resolvePlace } from '../places/resolve-place.js';
import { dayDiff } from './event-date.js';
import { placesCompatible } from './place-compat.js';

/**
 * Bounds of one campaign (rule ids `cmp-theatre`, `cmp-gap`): a campaign is one actor's
 * operation in one theatre, so its incidents lie within `theatreKm` of one another (or in
 * compatible places: a sea and its coast) and no more than `maxGapDays` pass between two of them.
 * The Caribbean and the Eastern Pacific (about 1,750 km apart) are one theatre of a maritime
 * operation; Kenya and the Caribbean are not.
 */
export const CAMPAIGN_BOUNDS = { theatreKm: 2500, maxGapDays: 90 } as const;

function distanceKm(a: Place, b: Place): number | null {
  if (a.lat === null || a.lon === null || b.lat === null || b.lon === null) return null;
  const r = Math.PI / 180;
  const dLat = (b.lat - a.lat) * r;
  const dLon = (b.lon - a.lon) * r;
  const h = Math.sin(dLat / 2) ** 2 + Math.cos(a.lat * r) * Math.cos(b.lat * r) * Math.sin(dLon / 2) ** 2;
  return 2 * 6371 * Math.asin(Math.min(1, Math.sqrt(h)));
}

function known(p: Place | null | undefined): p is Place {
  return !!p && p.kind !== 'unknown';
}

/** Whether two incident places can belong to one theatre of operations. */
export function sameTheatre(a: Place | null, b: Place | null): boolean {
  if (!known(a) || !known(b)) return true;
  if (placesCompatible(a, b)) return true;
  const d = distanceKm(a, b);
  return d !== null && d <= CAMPAIGN_BOUNDS.theatreKm;
}

/** Whether an incident fits a run of incidents: in its theatre and within the gap of one of them. */
export function fitsRun(run: Incident[], i: Incident, needPlace: boolean): boolean {
  if (needPlace && !known(i.location)) return false;
  const near = run.some((x) => Math.abs(dayDiff(x.date.from, i.date.from)) <= CAMPAIGN_BOUNDS.maxGapDays);
  if (!near) return false;
  if (!known(i.location)) return true;
  const placed = run.filter((x) => known(x.location));
  if (!placed.length) return !needPlace;
  return placed.some((x) => sameTheatre(x.location, i.location));
}

/**
 * Splits the incidents of one actor, kind of action and kind of target into runs in one theatre
 * with bounded gaps, in date order. An incident without a place joins the run it is nearest to in
 * time; one that fits several runs joins the largest.
 */
export function splitIntoRuns(items: Incident[]): Incident[][] {
  const sorted = [...items].sort(
    (a, b) => a.date.from.localeCompare(b.date.from) || a.id.localeCompare(b.id),
  );
  const runs: Incident[][] = [];
  for (const i of sorted) {
    const fit = runs.filter((r) => fitsRun(r, i, false)).sort((a, b) => b.length - a.length)[0];
    if (fit) fit.push(i);
    else runs.push([i]);
  }
  return runs;
}

/**
 * Whether an actor is a place the coder took for an actor ("southern Israel", "Gaza"): no sector,
 * and a name that is a sea, region or city rather than its country's own name. A place is never a
 * campaign's actor (rule id `cmp-place-actor`).
 */
export function isPlaceActor(a: ActorRef): boolean {
  if (a.sector || !a.name) return false;
  if (a.country && countryNames(a.country).has(foldName(a.name))) return false;
  if (areaOf(a.name)) return true;
  const p = resolvePlace(a.name.replace(/^(?:northern|southern|eastern|western|central)\s+/i, ''));
  if (!p) return false;
  if (p.kind === 'country') return foldName(a.name) !== foldName(p.name ?? '');
  return true;
}

const namesMemo = new Map<string, Set<string>>();

/** Folded names and short forms of a country ("united states", "us", "usa"). */
function countryNames(iso3: string): Set<string> {
  const memo = namesMemo.get(iso3);
  if (memo) return memo;
  const iso2 = countries.alpha3ToAlpha2(iso3);
  const names = iso2 ? (countries.getNames('en', { select: 'all' })[iso2] ?? []) : [];
  const out = new Set((Array.isArray(names) ? names : [names]).map(foldName));
  namesMemo.set(iso3, out);
  return out;
}

/**
 * Whether a sentence names a campaign's actor (its country by name, short form or nationality
 * word, or one of its actors by name) or its theatre (a place of its incidents). A stated
 * running total with no coded actor is set beside a campaign only when it does (rule id
 * `cmp-tally-names`): "the strikes have killed 40" in a story about another war is not a tally of
 * this one.
 */
export function namesCampaign(sentence: string, actorCountry: string | null, members: Incident[]): boolean {
  const folded = ` ${foldName(sentence)} `;
  const has = (name: string) => {
    const f = foldName(name);
    return f.length > 1 && folded.includes(` ${f} `);
  };
  if (actorCountry) {
    for (const n of countryNames(actorCountry)) if (n.length > 1 && folded.includes(` ${n} `)) return true;
    if (findNationalities(sentence).some((h) => h.country === actorCountry)) return true;
  }
  for (const i of members) {
    for (const a of i.actors)
      if (a.country === actorCountry && a.name && !/^unknown$/i.test(a.name) && has(a.name)) return true;
    const loc = i.location;
    if (known(loc)) {
      if (has(loc.name ?? loc.text) || has(loc.text)) return true;
      const area = areaOf(loc.name ?? loc.text);
      if (area?.aliases.some(has)) return true;
    }
  }
  return false;
}
