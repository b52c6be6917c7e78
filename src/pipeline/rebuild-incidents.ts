import { ALL_CLAIMS } from '../cli/claim-statuses.js';
import type { Article, CodedEvent } from '../core/records.js';
import { buildIncidents } from '../incidents/build-incidents.js';
import type { Store } from '../store/store.js';

/**
 * Rebuilds the incident ledger from every stored event (flagged ones included, since a denial is
 * part of an incident's record) and returns the number of incidents. The pending marks present
 * before the events are read are cleared with the new ledger, in its transaction; marks of
 * articles committed meanwhile stay for the next rebuild.
 */
export async function rebuildIncidents(store: Store): Promise<number> {
  const claim = await store.claimPendingIncidents();
  const events: CodedEvent[] = [];
  for await (const e of store.iterateEvents({ claim: ALL_CLAIMS })) events.push(e);
  const articles = new Map<string, Article>();
  let cursor: string | null = null;
  do {
    const page = await store.listArticles({ limit: 1000, cursor });
    for (const a of page.items) articles.set(a.id, a);
    cursor = page.next;
  } while (cursor);
  const { incidents, campaigns } = buildIncidents(events, articles);
  await store.replaceIncidents(incidents, campaigns, { settles: claim });
  return incidents.length;
}
