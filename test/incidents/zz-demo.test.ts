import { readdirSync, readFileSync } from 'node:fs';
import matter from 'gray-matter';
import { it } from 'vitest';
import { articleId } from '../../src/core/ids.js';
import type { Article, CodedEvent } from '../../src/core/records.js';
import { processArticle } from '../../src/pipeline/pipeline.js';
import { buildIncidents } from '../../src/incidents/build-incidents.js';
it('demo', () => {
  const arts = new Map<string, Article>();
  const events: CodedEvent[] = [];
  for (const f of readdirSync('demo').filter((f) => f.endsWith('.txt')).sort()) {
    const m = matter(readFileSync(`demo/${f}`, 'utf8'));
    const a: Article = { id: articleId(m.content), text: m.content.trim(), title: m.data.title, outlet: m.data.outlet, published: new Date(m.data.date).toISOString(), url: m.data.url, language: 'eng', origin: f, format: 'text' };
    arts.set(a.id, a);
    const coded = processArticle(a);
    for (const e of coded.events) if (e.quad === 4) console.log(f, e.type, e.cameo, e.actor.code, e.recipient?.code, e.claim, JSON.stringify(e.date), e.location?.name, JSON.stringify(e.casualties?.killed?.best), '|', e.sentenceText.slice(0, 100));
    events.push(...coded.events);
  }
  const { incidents, campaigns } = buildIncidents(events, arts);
  for (const i of incidents) for (const s of i.sources) { const e = events.find((x) => x.id === s.eventId)!; console.log('   ', i.date.from, '<-', e.actor.code, e.recipient?.code, JSON.stringify(e.date), e.location?.name, e.location?.kind, JSON.stringify(s.killed?.best), e.sentenceText.slice(0, 90)); }
  for (const i of incidents) console.log(i.date.from, i.date.to, i.location?.name, JSON.stringify(i.casualties.killed), i.grade, i.sources.length, i.sources.map((s) => s.evidence.slice(0, 60)).join(' || '));
  for (const c of campaigns) console.log(c.name, c.killedSum, JSON.stringify(c.statedTotals.map((t) => [t.asOf, t.min, t.delta])));
});
import { eventFeatures } from '../../src/incidents/event-features.js';
it('dbg', () => {
  const f = 'demo/2025-10-23-eastern-pacific-strikes.txt';
  const m = matter(readFileSync(f, 'utf8'));
  const a: Article = { id: articleId(m.content), text: m.content.trim(), title: m.data.title, outlet: m.data.outlet, published: new Date(m.data.date).toISOString(), url: m.data.url, language: 'eng', origin: f, format: 'text' };
  const coded = processArticle(a);
  for (const e of coded.events) { const x = eventFeatures(e, a, 2); console.log('DBG', e.type, e.quad, e.cameo, x.kind, x.precision, JSON.stringify(x.window), JSON.stringify(x.killed), JSON.stringify(x.total), x.followUpKilled, e.sentenceText.slice(0, 60)); }
});
