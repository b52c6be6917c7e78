import type { IngestCounts } from '../pipeline/ingest-run.js';

/** The one summary line every ingest prints: `stored N, duplicate N, skipped N, failed N`. */
export function summaryLine(c: IngestCounts): string {
  const extra = [
    c.events ? `${c.events} events` : '',
    c.notCoded ? `${c.notCoded} not coded (language)` : '',
  ].filter(Boolean);
  return `stored ${c.stored}, duplicate ${c.duplicate}, skipped ${c.skipped}, failed ${c.failed}${extra.length ? ` (${extra.join(', ')})` : ''}`;
}
