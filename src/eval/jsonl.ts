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
 * The one problem for an input that is not JSONL at all (its first line is not JSON: a text file,
 * a CSV, a JSON array over many lines), said once instead of once per line.
 */
export function notJsonl(path: string, firstLine: string, expect: string): Problem {
  const shown = firstLine.length > 40 ? `${firstLine.slice(0, 40)}...` : firstLine;
  return {
    code: 'not-jsonl',
    path,
    message: `expected JSONL, one JSON object per line such as ${expect}; line 1 is ${JSON.stringify(shown)}`,
  };
}

/**
 * Reads a JSONL file (or `-` for stdin). Blank lines are skipped; a line that is not JSON, or not
 * an object, becomes a Problem naming the file and line, and reading goes on. When the first
 * line is not JSON the input is not JSONL: one `not-jsonl` problem says what was expected.
 */
export function readJsonl(
  path: string,
  expect = '{"id": "1", "text": "..."}',
): { lines: JsonlLine[]; problems: Problem[] } {
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
  const all = raw.split(/\r?\n/);
  const first = all.find((l) => l.trim())?.trim();
  if (first !== undefined && !startsJson(first)) return { lines, problems: [notJsonl(path, first, expect)] };
  all.forEach((text, i) => {
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

/** Whether a line can begin a JSON object line (it parses, or at least opens an object). */
export function startsJson(line: string): boolean {
  if (line.startsWith('{')) return true;
  try {
    JSON.parse(line);
    return true;
  } catch {
    return false;
  }
}
