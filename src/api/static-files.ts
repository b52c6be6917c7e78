import { existsSync } from 'node:fs';
import { readFile, stat } from 'node:fs/promises';
import { extname, join, normalize, resolve, sep } from 'node:path';
import { fileURLToPath } from 'node:url';

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.ico': 'image/x-icon',
  '.woff2': 'font/woff2',
  '.map': 'application/json; charset=utf-8',
  '.txt': 'text/plain; charset=utf-8',
};

/**
 * Finds the built dashboard, `dist/web` at the package root, from the compiled server (`dist/api`)
 * or from the sources (`src/api`, as under vitest); never `src/web`, which holds the unbuilt
 * sources. Returns null when the dashboard has not been built.
 */
export function findWebRoot(explicit?: string): string | null {
  const here = fileURLToPath(new URL('.', import.meta.url));
  const candidates = explicit ? [explicit] : [resolve(here, '../../dist/web')];
  return candidates.find((dir) => existsSync(join(dir, 'index.html'))) ?? null;
}

/**
 * Reads a file under `root` for a URL path, refusing anything that would leave it. `/` is the
 * dashboard's index. Returns null for a missing file.
 */
export async function readStatic(
  root: string,
  urlPath: string,
): Promise<{ body: Buffer; type: string; immutable: boolean } | null> {
  let rel: string;
  try {
    rel = decodeURIComponent(urlPath);
  } catch {
    return null;
  }
  if (rel.includes('\0')) return null;
  if (rel === '/' || rel === '') rel = '/index.html';
  const file = normalize(join(root, rel));
  if (file !== root && !file.startsWith(root.endsWith(sep) ? root : root + sep)) return null;
  try {
    const s = await stat(file);
    if (!s.isFile()) return null;
  } catch {
    return null;
  }
  const type = TYPES[extname(file).toLowerCase()] ?? 'application/octet-stream';
  // Vite names bundled assets by content hash, so they never change under the same name.
  const immutable = rel.startsWith('/assets/');
  return { body: await readFile(file), type, immutable };
}
