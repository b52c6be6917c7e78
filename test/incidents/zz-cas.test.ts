import { readdirSync, readFileSync } from 'node:fs';
import matter from 'gray-matter';
import { it } from 'vitest';
import { casualtiesFromText } from '../../src/incidents/casualties.js';
it('demo', () => {
  for (const f of readdirSync('demo').filter((f) => f.endsWith('.txt')).sort()) {
    const m = matter(readFileSync(`demo/${f}`, 'utf8'));
    const sents = m.content.split(/(?<=[.!?])\s+(?=[A-Z"“])/);
    for (const s of sents) {
      if (!/kill|dead|died|death|toll|surviv|missing|wounded|injur/i.test(s)) continue;
      const c = casualtiesFromText(s);
      const fmt = (k: string, r: any) => r ? `${k}=${r.min}/${r.best}/${r.max}${r.cumulative ? 'C' : ''}${r.nationality ? ' ' + r.nationality : ''}` : '';
      console.log(`${f.slice(0, 10)} | ${s.slice(0, 150)}\n      => ${Object.entries(c).map(([k, r]) => fmt(k, r)).join(' ')}`);
    }
  }
});
