import type {
  ActorRef,
  Campaign,
  CasualtyRange,
  ClaimGrade,
  DateGranularity,
  Incident,
  Place,
} from '../core/records.js';
import type { CampaignRow, IncidentActorRow, IncidentRow, IncidentSourceRow } from './db-schema.js';
import { storableRows } from './storable-text.js';

/** Rows one incident writes. */
export interface IncidentRows {
  incident: IncidentRow;
  actors: IncidentActorRow[];
  sources: IncidentSourceRow[];
}

/** Flattens an incident into its rows, with U+0000 made storable (see `storable-text.ts`). */
export function incidentToRows(i: Incident): IncidentRows {
  const rows = rowsOf(i);
  storableRows([rows.incident]);
  storableRows(rows.actors);
  storableRows(rows.sources);
  return rows;
}

function rowsOf(i: Incident): IncidentRows {
  const actorRows = (role: string, list: ActorRef[]): IncidentActorRow[] =>
    list.map((a, ord) => ({ incident_id: i.id, role, ord, code: a.code, name: a.name }));
  return {
    incident: {
      id: i.id,
      type: i.type,
      cameo: i.cameo,
      date_from: i.date.from,
      date_to: i.date.to,
      date_granularity: i.date.granularity,
      reported: i.reported,
      location_name: i.location?.name ?? null,
      location_country: i.location?.country ?? null,
      location_json: i.location ? JSON.stringify(i.location) : null,
      actors_json: JSON.stringify(i.actors),
      recipients_json: JSON.stringify(i.recipients),
      casualties_json: JSON.stringify(i.casualties),
      killed_best: i.casualties.killed?.best ?? null,
      grade: i.grade,
      campaign_id: i.campaignId === undefined ? null : i.campaignId,
    },
    actors: [...actorRows('actor', i.actors), ...actorRows('recipient', i.recipients)],
    sources: i.sources.map((s, ord) => ({
      incident_id: i.id,
      ord,
      article_id: s.articleId,
      event_id: s.eventId,
      outlet: s.outlet,
      url: s.url,
      published: s.published,
      killed_json: s.killed === undefined ? null : JSON.stringify(s.killed),
      evidence: s.evidence,
    })),
  };
}

/** Rebuilds an incident from its row and source rows (in `ord` order). */
export function rowsToIncident(r: IncidentRow, sources: IncidentSourceRow[]): Incident {
  const i: Incident = {
    id: r.id,
    type: r.type,
    cameo: r.cameo,
    date: { from: r.date_from, to: r.date_to, granularity: r.date_granularity as DateGranularity },
    reported: r.reported,
    location: r.location_json ? (JSON.parse(r.location_json) as Place) : null,
    actors: JSON.parse(r.actors_json) as ActorRef[],
    recipients: JSON.parse(r.recipients_json) as ActorRef[],
    casualties: JSON.parse(r.casualties_json) as Incident['casualties'],
    grade: r.grade as ClaimGrade,
    campaignId: r.campaign_id,
    sources: sources.map(rowToSource),
  };
  return i;
}

/** Rebuilds one incident source from its row. */
export function rowToSource(s: IncidentSourceRow): Incident['sources'][number] {
  const out: Incident['sources'][number] = {
    articleId: s.article_id,
    eventId: s.event_id,
    outlet: s.outlet,
    url: s.url,
    published: s.published,
    evidence: s.evidence,
  };
  if (s.killed_json !== null) out.killed = JSON.parse(s.killed_json) as CasualtyRange;
  return out;
}

/** Flattens a campaign into its row. */
export function campaignToRow(c: Campaign): CampaignRow {
  return storableRows([campaignRowOf(c)])[0];
}

function campaignRowOf(c: Campaign): CampaignRow {
  return {
    id: c.id,
    name: c.name,
    actor_code: c.actor.code,
    actor_json: JSON.stringify(c.actor),
    target_sector: c.targetSector,
    type: c.type,
    incident_ids_json: JSON.stringify(c.incidentIds),
    date_from: c.date.from,
    date_to: c.date.to,
    killed_sum: c.killedSum,
    killed_json: c.killed ? JSON.stringify(c.killed) : null,
    stated_totals_json: JSON.stringify(c.statedTotals),
  };
}

/** Rebuilds a campaign from its row. */
export function rowToCampaign(r: CampaignRow): Campaign {
  const c: Campaign = {
    id: r.id,
    name: r.name,
    actor: JSON.parse(r.actor_json) as ActorRef,
    targetSector: r.target_sector,
    type: r.type,
    incidentIds: JSON.parse(r.incident_ids_json) as string[],
    date: { from: r.date_from, to: r.date_to },
    killedSum: Number(r.killed_sum),
    statedTotals: JSON.parse(r.stated_totals_json) as Campaign['statedTotals'],
  };
  if (r.killed_json) c.killed = JSON.parse(r.killed_json) as Campaign['killed'];
  return c;
}
