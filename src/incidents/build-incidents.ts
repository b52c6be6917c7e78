import type { Article, Campaign, CodedEvent, Incident } from '../core/records.js';

/** Clusters events across sentences and articles into incidents and campaigns. (placeholder) */
export function buildIncidents(
  _events: CodedEvent[],
  _articles: Map<string, Article>,
): { incidents: Incident[]; campaigns: Campaign[] } {
  return { incidents: [], campaigns: [] };
}
