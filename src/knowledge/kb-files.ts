import type { DataFileSpec } from '../core/data-file.js';
import { type EntitiesFile, entitiesFile } from './entity-schema.js';

/** The curated knowledge-base files (persons and organisations with dated roles). */
export const CURATED_KB_FILES: DataFileSpec<EntitiesFile>[] = [
  'actors/kb/igos.json',
  'actors/kb/groups.json',
  'actors/kb/institutions.json',
  'actors/kb/leaders-americas.json',
  'actors/kb/leaders-europe.json',
  'actors/kb/leaders-asia-pacific.json',
  'actors/kb/leaders-africa-middle-east.json',
].map((path) => ({ path, schema: entitiesFile }));
