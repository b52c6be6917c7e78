import type { DataFileSpec } from '../core/data-file.js';
import { areasFile, countriesFile } from './place-data.js';

/** The domain data files this stage owns, validated at build time. */
export const dataFiles: DataFileSpec[] = [areasFile, countriesFile] as DataFileSpec[];
