import { stableId } from '../core/ids.js';
import type { Incident, IncidentCount } from '../core/records.js';
import type { Store } from '../store/store.js';

/** The little of a ledger incident an export row needs. */
export interface IncidentRef {
  id: string;
  killed?: IncidentCount;
  injured?: IncidentCount;
}

/**
 * Which ledger incident each event reports, and which one event per incident carries the
 * incident's figures in an export. That event is the incident's earliest-reported one, whose id
 * names the incident (`inc_` + hash of the event id), so it is found without reading sources.
 */
export interface IncidentIndex {
  incidentOf(eventId: string): IncidentRef | null;
  isCounting(eventId: string, incidentId: string): boolean;
  /** Every incident, for totals. */
  incidents(): IncidentRef[];
}

function ref(i: Incident): IncidentRef {
  const out: IncidentRef = { id: i.id };
  if (i.casualties.killed) out.killed = i.casualties.killed;
  if (i.casualties.injured) out.injured = i.casualties.injured;
  return out;
}

/** Builds an index from incidents in memory. */
export function indexIncidents(list: Incident[]): IncidentIndex {
  const byId = new Map<string, IncidentRef>();
  const byEvent = new Map<string, IncidentRef>();
  for (const i of list) {
    const r = ref(i);
    byId.set(i.id, r);
    for (const s of i.sources) byEvent.set(s.eventId, r);
  }
  return {
    incidentOf: (eventId) => byEvent.get(eventId) ?? byId.get(stableId('inc', eventId)) ?? null,
    isCounting: (eventId, incidentId) => stableId('inc', eventId) === incidentId,
    incidents: () => [...byId.values()],
  };
}

/** Reads the whole incident ledger, page by page, into an index. */
export async function loadIncidentIndex(store: Store): Promise<IncidentIndex> {
  const all: Incident[] = [];
  let cursor: string | null = null;
  do {
    const page = await store.queryIncidents({}, { limit: 1000, cursor });
    all.push(...page.items);
    cursor = page.next;
  } while (cursor);
  return indexIncidents(all);
}
