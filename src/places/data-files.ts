import type { DataFileSpec } from '../core/data-file.js';
import { areasFile, countriesFile, exonymsFile } from './place-data.js';

/** The domain data files this stage owns, validated at build time. */
export const dataFiles: DataFileSpec[] = [areasFile, countriesFile, exonymsFile] as DataFileSpec[];
