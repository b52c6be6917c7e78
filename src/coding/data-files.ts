import type { DataFileSpec } from '../core/data-file.js';

/** The domain data files this stage owns, validated at build time. */
export const dataFiles: DataFileSpec[] = [];
