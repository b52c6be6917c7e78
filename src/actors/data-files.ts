import type { DataFileSpec } from '../core/data-file.js';
import {
  type CountriesFile,
  countriesFile,
  type EntitiesFile,
  entitiesFile,
  type SectorsFile,
  sectorsFile,
} from './schemas.js';

/** Countries, demonyms, capitals, seats and regions. */
export const countriesSpec: DataFileSpec<CountriesFile> = {
  path: 'actors/countries.json',
  schema: countriesFile,
};

/** Sector words and modifiers. */
export const sectorsSpec: DataFileSpec<SectorsFile> = { path: 'actors/sectors.yaml', schema: sectorsFile };

/** Knowledge-base files (persons and organisations with dated roles). */
export const entitySpecs: DataFileSpec<EntitiesFile>[] = [
  'actors/kb/igos.json',
  'actors/kb/groups.json',
  'actors/kb/institutions.json',
  'actors/kb/leaders-americas.json',
  'actors/kb/leaders-europe.json',
  'actors/kb/leaders-asia-pacific.json',
  'actors/kb/leaders-africa-middle-east.json',
].map((path) => ({ path, schema: entitiesFile }));

/** The domain data files this stage owns, validated at build time. */
export const dataFiles: DataFileSpec[] = [
  countriesSpec as DataFileSpec,
  sectorsSpec as DataFileSpec,
  ...(entitySpecs as DataFileSpec[]),
];
