import { readFileSync } from 'node:fs';
import type { Problem } from '../core/problem.js';

/** One parsed line of a JSONL file with where it came from. */
export interface JsonlLine {
  line: number;
  value: unknown;
}

/**
 * Reads a JSONL file (or `-` for stdin). Blank lines are skipped; a line that is not JSON, or not
 * an object, becomes a Problem naming the file and line, and reading goes on.
 */
export function readJsonl(path: string): { lines: JsonlLine[]; problems: Problem[] } {
  let raw: string;
  try {
    raw = path === '-' ? readFileSync(0, 'utf8') : readFileSync(path, 'utf8');
  } catch (e) {
    return {
      lines: [],
      problems: [{ code: 'unreadable-file', path, message: `cannot read: ${(e as Error).message}` }],
    };
  }
  const lines: JsonlLine[] = [];
  const problems: Problem[] = [];
  raw.split(/\r?\n/).forEach((text, i) => {
    if (!text.trim()) return;
    try {
      const value: unknown = JSON.parse(text);
      if (!value || typeof value !== 'object' || Array.isArray(value)) {
        problems.push({
          code: 'not-an-object',
          path: `${path}:${i + 1}`,
          message: 'expected one JSON object per line',
        });
        return;
      }
      lines.push({ line: i + 1, value });
    } catch (e) {
      problems.push({
        code: 'bad-json',
        path: `${path}:${i + 1}`,
        message: `not valid JSON: ${(e as Error).message}`,
      });
    }
  });
  if (!lines.length && !problems.length) problems.push({ code: 'empty-file', path, message: 'no records' });
  return { lines, problems };
}
