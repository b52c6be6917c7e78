import { readFileSync } from 'node:fs';
import { analyzeArticle } from '../../src/text/analyze-stage.js';
const text = readFileSync('../shared/seed/colombia-2025-12-03.txt', 'utf8');
const art = { id: 'x', text, title: null, outlet: null, published: '2025-12-03', url: null, language: 'eng', origin: 'x', format: 'text' as const };
for (let i = 0; i < 1000; i++) analyzeArticle(art);
