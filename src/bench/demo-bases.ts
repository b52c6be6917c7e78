import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import matter from 'gray-matter';

/** A benchmark seed text with its publication day. */
export interface Base {
  text: string;
  published: string | null;
}

/**
 * The demo articles as benchmark seeds (body without front matter, and its date), or the given
 * fallback texts when `demo/` is missing, so benchmarks also run from an installed package.
 */
export function loadDemoBases(fallback: readonly string[], fallbackDate: string): Base[] {
  const dir = 'demo';
  const bases: Base[] = [];
  if (existsSync(dir)) {
    for (const f of readdirSync(dir).sort()) {
      if (!f.endsWith('.txt')) continue;
      const parsed = matter(readFileSync(join(dir, f), 'utf8'));
      const d = parsed.data.date;
      const published = d instanceof Date ? d.toISOString().slice(0, 10) : d ? String(d) : null;
      bases.push({ text: parsed.content.trim(), published });
    }
  }
  return bases.length ? bases : fallback.map((text) => ({ text, published: fallbackDate }));
}
