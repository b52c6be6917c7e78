import type { IngestCounts } from '../pipeline/ingest-run.js';

/** The one summary line every ingest prints, exactly `stored N, duplicate N, skipped N, failed N`. */
export function summaryLine(c: IngestCounts): string {
  return `stored ${c.stored}, duplicate ${c.duplicate}, skipped ${c.skipped}, failed ${c.failed}`;
}

/** A second line with what the new articles gave: events, articles left uncoded, incidents. */
export function detailLine(c: IngestCounts & { incidents: number | null }): string {
  const parts = [`events ${c.events}`];
  if (c.notCoded) parts.push(`not coded (language) ${c.notCoded}`);
  if (c.incidents !== null) parts.push(`incidents ${c.incidents}`);
  return parts.join(', ');
}
