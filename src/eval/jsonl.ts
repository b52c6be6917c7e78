import { readFileSync } from 'node:fs';
import type { Problem } from '../core/problem.js';

/** One parsed line of a JSONL file with where it came from. */
export interface JsonlLine {
  line: number;
  value: unknown;
}

const strictUtf8 = new TextDecoder('utf-8', { fatal: true });

/** The bytes as text, or null when they are not UTF-8 or hold a NUL byte (no JSONL does). */
function utf8Text(bytes: Buffer): string | null {
  if (bytes.includes(0)) return null;
  try {
    return strictUtf8.decode(bytes);
  } catch {
    return null;
  }
}

/**
 * Reads a JSONL file (or `-` for stdin). Blank lines are skipped; a line that is not JSON, or not
 * an object, becomes a Problem naming the file and line, and reading goes on.
 */
export function readJsonl(path: string): { lines: JsonlLine[]; problems: Problem[] } {
  let bytes: Buffer;
  try {
    bytes = path === '-' ? readFileSync(0) : readFileSync(path);
  } catch (e) {
    return {
      lines: [],
      problems: [{ code: 'unreadable-file', path, message: `cannot read: ${(e as Error).message}` }],
    };
  }
  // Binary input (an image, a compressed file) is one problem, not one per line of garbage.
  const raw = utf8Text(bytes);
  if (raw === null) {
    return {
      lines: [],
      problems: [
        {
          code: 'not-text',
          path: path === '-' ? 'stdin' : path,
          message: 'input is not UTF-8 text (binary data?); expected JSONL, one JSON object per line',
        },
      ],
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
