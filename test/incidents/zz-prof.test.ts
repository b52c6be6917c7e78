import { it } from 'vitest';
import { readInputs } from '../../src/ingest/read-inputs.js';
import { processArticle } from '../../src/pipeline/pipeline.js';
import { eventFeatures } from '../../src/incidents/event-features.js';
import { findPlaceInText } from '../../src/incidents/find-place.js';
import { statedDays } from '../../src/incidents/event-date.js';
import { casualtiesFromText } from '../../src/incidents/casualties.js';
it('prof', async () => {
  const evs = []; const arts = new Map();
  for await (const item of readInputs(['demo'])) { if (!('article' in item)) continue; arts.set(item.article.id, item.article); evs.push(...processArticle(item.article).events); }
  const N = 20;
  let t = performance.now(); for (let k = 0; k < N; k++) for (const e of evs) eventFeatures(e, arts.get(e.articleId), 2); console.log('features', (performance.now() - t) / (N * evs.length), 'ms/event');
  t = performance.now(); for (let k = 0; k < N; k++) for (const e of evs) findPlaceInText(e.sentenceText); console.log('place', (performance.now() - t) / (N * evs.length));
  t = performance.now(); for (let k = 0; k < N; k++) for (const e of evs) statedDays(e.sentenceText, '2025-10-10'); console.log('days', (performance.now() - t) / (N * evs.length));
  t = performance.now(); for (let k = 0; k < N; k++) for (const e of evs) casualtiesFromText(e.sentenceText); console.log('cas', (performance.now() - t) / (N * evs.length));
}, 300000);
