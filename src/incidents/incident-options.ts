/** Knobs of incident building, with the defaults used by the ingest run. */
export interface IncidentOptions {
  /** Two day-precise events at most this many days apart may be one incident. */
  windowDays: number;
  /** Killed counts that do not overlap may still match when both are at least this... */
  countToleranceFloor: number;
  /** ...and differ by at most this share of the larger, rounded down (so 14 and 15 match, 5 and 6 do not). */
  countToleranceShare: number;
  /** QuadClasses whose events can become incidents (4: material conflict). */
  quads: number[];
  /**
   * Kinds of action that make incidents: `violence` (PLOVER ASSAULT, CAMEO 18-20) or PLOVER types
   * ("SANCTION", "COERCE"...). The ledger is of violent incidents by default, as in UCDP GED and
   * Airwars; other material acts are events, not incidents, unless asked for.
   */
  kinds: string[];
  /** A campaign needs at least this many incidents (fewer is a coincidence, not an operation). */
  minCampaignIncidents: number;
}

/** Defaults: a two-day window; counts of 10 or more may differ by 10% (a survivor presumed dead). */
export const DEFAULT_INCIDENT_OPTIONS: IncidentOptions = {
  windowDays: 2,
  countToleranceFloor: 5,
  countToleranceShare: 0.1,
  quads: [4],
  kinds: ['violence'],
  minCampaignIncidents: 3,
};
