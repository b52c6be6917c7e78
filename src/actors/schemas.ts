import { z } from 'zod';
import { ruleId } from '../knowledge/entity-schema.js';

export {
  actorCode,
  type EntitiesFile,
  type Entity,
  entitiesFile,
  entity,
  type Role,
  role,
} from '../knowledge/entity-schema.js';

/**
 * Zod schemas of the actor data files in `data/actors/`. Every rule and entity carries a stable id
 * so that a resolution can say which rules produced it.
 */

const sectorCode = z.string().regex(/^[A-Z]{3}$/, 'expected a three-letter sector code such as GOV');

/** A place or seat that stands for a country or one of its institutions. */
export const placeAlias = z.object({
  names: z.array(z.string().min(1)).min(1),
  /** Sector the place stands for ("the Pentagon" -> MIL), or null for the country or its people. */
  sector: sectorCode.nullable().default(null),
});

/** One country or territory with the words that name it. */
export const countryEntry = z.object({
  iso3: z.string().regex(/^[A-Z]{3}$/),
  /** ISO 3166-1 alpha-2, used to pull the names `i18n-iso-countries` knows. */
  alpha2: z
    .string()
    .regex(/^[A-Z]{2}$/)
    .optional(),
  names: z.array(z.string().min(1)).default([]),
  /** Library names that are too ambiguous to use ("Congo" for both Congos). */
  notNames: z.array(z.string().min(1)).default([]),
  /** Adjectives and people nouns; simple plurals are derived ("Colombian" -> "Colombians"). */
  demonyms: z.array(z.string().min(1)).default([]),
  /** Capitals and seats of government: they stand for the government (sector GOV). */
  capitals: z.array(z.string().min(1)).default([]),
  /** Buildings and places that stand for an institution ("the Kremlin", "the Pentagon"). */
  seats: z.array(placeAlias).default([]),
  /** Regions, provinces and breakaway territories inside the country. */
  regions: z.array(placeAlias).default([]),
  /** Cities the GeoNames list names otherwise or leaves out: former names ("Madras", "Bombay"). */
  cities: z.array(z.string().min(1)).default([]),
});

/** `data/actors/countries.json`. */
export const countriesFile = z.object({
  /** What the file holds, for humans (JSON has no comments). */
  about: z.string().optional(),
  version: z.number().int(),
  /** ISO alpha-3 codes of library entries that are not actors (e.g. Antarctica). */
  exclude: z.array(z.string().regex(/^[A-Z]{3}$/)).default([]),
  /**
   * World regions and seas: names that belong to no one country. Listing them keeps "Latin
   * America" from reading as "America" and "South American" as "American".
   */
  areas: z.array(z.string().min(1)).default([]),
  countries: z.array(countryEntry).min(1),
});

/** Words that give a sector ("minister" -> GOV). */
export const sectorRule = z.object({
  id: ruleId,
  sector: sectorCode,
  words: z.array(z.string().min(1)).min(1),
  /**
   * Strength when several sector words meet in one mention; the strongest wins, and among equals
   * the rightmost (the English head noun). Institutions are strong (60+), generic person nouns weak.
   */
  priority: z.number().int().min(0).max(100),
  /** A title that can stand before a personal name ("President", "Defense Secretary"). */
  title: z.boolean().optional(),
  /** Do not derive plurals (the words already list every form). */
  noPlural: z.boolean().optional(),
});

/** Words that change a resolution rather than give a sector. */
export const modifierRule = z.object({
  id: ruleId,
  effect: z.enum([
    'former',
    'determiner',
    'leader',
    'pronoun',
    'group-reference',
    'counterpart',
    'ally',
    'ignore',
  ]),
  words: z.array(z.string().min(1)).min(1),
});

/** `data/actors/sectors.yaml`. */
export const sectorsFile = z.object({
  version: z.number().int(),
  rules: z.array(sectorRule).min(1),
  modifiers: z.array(modifierRule).default([]),
});

export type CountriesFile = z.infer<typeof countriesFile>;
export type CountryEntry = z.infer<typeof countryEntry>;
export type SectorsFile = z.infer<typeof sectorsFile>;
export type SectorRule = z.infer<typeof sectorRule>;
export type ModifierRule = z.infer<typeof modifierRule>;
