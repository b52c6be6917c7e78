import { articleId } from '../../src/core/ids.js';
import type { Article, CodedEvent } from '../../src/core/records.js';
import { processArticle } from '../../src/pipeline/pipeline.js';

/** Runs the whole pipeline (text, actors, coding) on one text, as `lapwing code` does. */
export function code(text: string, date = '2025-01-10'): CodedEvent[] {
  const article: Article = {
    id: articleId(text),
    text,
    title: null,
    outlet: null,
    published: date,
    url: null,
    language: 'eng',
    origin: 'test',
    format: 'text',
  };
  return processArticle(article).events;
}

/** A compact view of an event for assertions. */
export function brief(e: CodedEvent): string {
  return `${e.type} ${e.actor.country ?? '---'}>${e.recipient?.country ?? '-'} ${e.claim}`;
}
