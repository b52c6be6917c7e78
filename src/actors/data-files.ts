import type { DataFileSpec } from '../core/data-file.js';
import { CURATED_KB_FILES } from '../knowledge/kb-files.js';
import { mentionNamesSpec } from '../knowledge/mention-names.js';
import {
  type CountriesFile,
  countriesFile,
  type EntitiesFile,
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
export const entitySpecs: DataFileSpec<EntitiesFile>[] = CURATED_KB_FILES;

/** The domain data files this stage owns, validated at build time. */
export const dataFiles: DataFileSpec[] = [
  countriesSpec as DataFileSpec,
  sectorsSpec as DataFileSpec,
  ...(entitySpecs as DataFileSpec[]),
  mentionNamesSpec as DataFileSpec,
];
