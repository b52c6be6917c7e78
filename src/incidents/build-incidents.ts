import type { Article, Campaign, CodedEvent, Incident } from '../core/records.js';
import { buildCampaigns, type StatedTotal, statedTotalOf } from './campaigns.js';
import { clusterEvents, dropExplainedVague } from './cluster-events.js';
import { eventFeatures, hasOwnCount, kindOf } from './event-features.js';
import { DEFAULT_INCIDENT_OPTIONS, type IncidentOptions } from './incident-options.js';
import { makeIncident } from './make-incident.js';
import { retractsFigure } from './retracted-figure.js';
import { tallySentences } from './tally-sentences.js';

/** Claim statuses that say the act did not (yet) happen. */
const NOT_HAPPENED = new Set(['negated', 'hypothetical', 'future']);

/**
 * Clusters events across sentences and articles into incidents and campaigns. Only events of
 * the configured QuadClasses and kinds (violence by default) that are told as having happened count. Events whose only figure is
 * a campaign running total do not become incidents; their totals are checked against the
 * campaign sums. The result depends only on the set of events, not their order, and incident ids
 * come from each incident's earliest-reported event, so a rebuild with more articles keeps them.
 */
export function buildIncidents(
  events: CodedEvent[],
  articles: Map<string, Article>,
  options: Partial<IncidentOptions> = {},
): { incidents: Incident[]; campaigns: Campaign[] } {
  const opts: IncidentOptions = { ...DEFAULT_INCIDENT_OPTIONS, ...options };
  const features = events
    .filter(
      (e) =>
        opts.quads.includes(e.quad) &&
        !NOT_HAPPENED.has(e.claim) &&
        opts.kinds.includes(kindOf(e)) &&
        // A correction note retells a figure the outlet has withdrawn.
        !retractsFigure(e.sentenceText),
    )
    .map((e) => eventFeatures(e, articles.get(e.articleId), opts.windowDays));
  const stated = features.map(statedTotalOf).filter((s): s is StatedTotal => !!s);
  // A sentence that only states a running total tells of the campaign, not of one incident,
  // unless it adds a count of the strike it follows ("bringing the toll to 57, and one more
  // person is missing"): then it may join that strike's incident, but never starts one.
  const incidentFeatures = features.flatMap((f) => {
    if (!(f.total && !f.killed)) return [f];
    return hasOwnCount(f) ? [{ ...f, tallyOnly: true }] : [];
  });
  const incidents = dropExplainedVague(clusterEvents(incidentFeatures, opts))
    .map(makeIncident)
    .sort((a, b) => a.date.from.localeCompare(b.date.from) || a.id.localeCompare(b.id));
  // Tallies in sentences the coder found no event in, from the articles that report incidents.
  const covered = new Set(stated.map((t) => `${t.articleId}|${t.sentenceText}`));
  const reporting = new Set(incidents.flatMap((i) => i.sources.map((x) => x.articleId)));
  // Death tolls tally violence; other kinds of incident have no running totals to read.
  if (opts.kinds.includes('violence'))
    stated.push(...tallySentences(articles.values(), reporting, covered, 'violence'));
  const campaigns = buildCampaigns(incidents, stated, opts.minCampaignIncidents);
  return { incidents, campaigns };
}
