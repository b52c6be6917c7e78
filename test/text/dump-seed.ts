import { readFileSync } from 'node:fs';
import { analyzeArticle } from '../../src/text/analyze-stage.js';

const raw = readFileSync(process.argv[2] ?? '../shared/seed/colombia-2025-12-03.txt', 'utf8');
const fm = /^---\n([\s\S]*?)\n---\n/.exec(raw);
const text = fm ? raw.slice(fm[0].length) : raw;
const pub = fm ? (/date: (\S+)/.exec(fm[1])?.[1] ?? null) : '2025-12-03';
const a = analyzeArticle({
  id: 'x',
  text,
  title: null,
  outlet: null,
  published: pub,
  url: null,
  language: 'eng',
  origin: 'x',
  format: 'text',
});
for (const s of a.sentences) console.log(`S${s.index} p${s.paragraph}: ${s.text}`);
const byId = new Map(a.mentions.map((m) => [m.id, m]));
for (const m of a.mentions)
  console.log(
    `${m.id} s${m.sentence} ${m.kind} [${m.text}] title=${m.title ?? ''} ant=${m.antecedent ? byId.get(m.antecedent)?.text : ''} can=${m.canonical ?? ''}`,
  );
for (const q of a.quotes)
  console.log(
    `Q s${q.sentence} ${q.kind} speaker=${q.speaker ? `${byId.get(q.speaker)?.text}/${byId.get(q.speaker)?.canonical}` : '-'} verb=${q.verb} :: ${text.slice(q.content.start, q.content.end).slice(0, 70)}`,
  );
for (const m of a.markers) console.log(`M s${m.sentence} ${m.kind} ${m.text}`);
for (const q of a.quantities)
  console.log(
    `N s${q.sentence} [${q.text}] ${q.min}..${q.max} best ${q.best} q=${q.qualifier} unit=${q.unit}`,
  );
for (const d of a.dates)
  console.log(`D s${d.sentence} [${d.text}] ${JSON.stringify(d.range)} since=${d.since ?? ''}`);
