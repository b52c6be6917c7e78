import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';

const DEMO = join(import.meta.dirname, '..', '..', 'demo');
const files = readdirSync(DEMO)
  .filter((f) => f.endsWith('.txt'))
  .sort();

/** Splits a demo file into its YAML header and body, or null when the header is missing. */
function split(text: string): { header: Record<string, unknown>; body: string } | null {
  const m = /^---\n([\s\S]*?)\n---\n([\s\S]*)$/.exec(text);
  if (!m) return null;
  return { header: parse(m[1]) as Record<string, unknown>, body: m[2] };
}

describe('demo corpus', () => {
  it('holds 15 to 30 articles', () => {
    expect(files.length).toBeGreaterThanOrEqual(15);
    expect(files.length).toBeLessThanOrEqual(30);
  });

  it.each(files)('%s has valid front matter and a news-length body', (file) => {
    const parts = split(readFileSync(join(DEMO, file), 'utf8'));
    expect(parts, 'front matter delimited by --- lines').not.toBeNull();
    const { header, body } = parts!;
    expect(typeof header.title).toBe('string');
    expect((header.title as string).length).toBeGreaterThan(10);
    expect(header.outlet).toMatch(/\(sample\)$/);
    expect(String(header.date)).toMatch(/^\d{4}-\d{2}-\d{2}$/);
    expect(Number.isNaN(Date.parse(String(header.date)))).toBe(false);
    const url = new URL(String(header.url));
    expect(url.protocol).toBe('https:');
    expect(url.hostname).toBe('example.org');
    const words = body.split(/\s+/).filter(Boolean).length;
    expect(words).toBeGreaterThanOrEqual(100);
    expect(words).toBeLessThanOrEqual(320);
  });

  it('gives every article its own url and title', () => {
    const headers = files.map((f) => split(readFileSync(join(DEMO, f), 'utf8'))!.header);
    expect(new Set(headers.map((h) => h.url)).size).toBe(files.length);
    expect(new Set(headers.map((h) => h.title)).size).toBe(files.length);
  });

  it('lists every article in demo/README.md', () => {
    const readme = readFileSync(join(DEMO, 'README.md'), 'utf8');
    for (const f of files) expect(readme).toContain(f);
  });
});
