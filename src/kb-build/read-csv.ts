import { readFileSync } from 'node:fs';
import { parse } from 'csv-parse/sync';

/** Reads a CSV file with a header row into records (BOM stripped, every value a string). */
export function readCsv(path: string): Record<string, string>[] {
  return parse(readFileSync(path, 'utf8'), { columns: true, bom: true, relax_column_count: true });
}
