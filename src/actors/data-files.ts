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
export const countriesSpec: DataFileSpec<CountriesFile> = { path: 'actors/countries.yaml', schema: countriesFile };

/** Sector words and modifiers. */
export const sectorsSpec: DataFileSpec<SectorsFile> = { path: 'actors/sectors.yaml', schema: sectorsFile };

/** Knowledge-base files (persons and organisations with dated roles). */
export const entitySpecs: DataFileSpec<EntitiesFile>[] = [
  'actors/kb/igos.yaml',
  'actors/kb/groups.yaml',
  'actors/kb/institutions.yaml',
  'actors/kb/leaders-americas.yaml',
  'actors/kb/leaders-europe.yaml',
  'actors/kb/leaders-asia-pacific.yaml',
  'actors/kb/leaders-africa-middle-east.yaml',
].map((path) => ({ path, schema: entitiesFile }));

/** The domain data files this stage owns, validated at build time. */
export const dataFiles: DataFileSpec[] = [
  countriesSpec as DataFileSpec,
  sectorsSpec as DataFileSpec,
  ...(entitySpecs as DataFileSpec[]),
];
