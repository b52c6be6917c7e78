import type { DataFileSpec } from '../core/data-file.js';
import { FIPS_FILE } from './fips-codes.js';

/** Data files the exports read (validated at build time). */
export const dataFiles: DataFileSpec[] = [FIPS_FILE];
