import type { CasualtyRange, CodedEvent, IncidentCount } from '../core/records.js';
import type { IncidentIndex, IncidentRef } from './incident-index.js';

/**
 * A casualty figure as an analyst reads it: the range, the qualifier and the words, a display
 * form that never drops the qualifier ("at least 40" is "40+"), and whether it is a running total.
 */
export interface FigureOut {
  low: number | null;
  best: number | null;
  high: number | null;
  qualifier: string | null;
  /** "40+", "62-68", "~65", "up to 14", "11". */
  shown: string;
  phrase: string;
  cumulative: boolean;
}

/** The display form of a range: the qualifier survives as "+", a range or "~". */
export function shownFigure(r: Pick<CasualtyRange, 'min' | 'max' | 'best'>): string {
  const { min, max, best } = r;
  if (min !== null && max !== null && min === max) return String(min);
  if (min !== null && max === null) return best !== null && best !== min ? `~${best} (${min}+)` : `${min}+`;
  if (min !== null && max !== null) return best !== null ? `~${best} (${min}-${max})` : `${min}-${max}`;
  if (max !== null) return best !== null ? `~${best} (up to ${max})` : `up to ${max}`;
  if (best !== null) return `~${best}`;
  return '';
}

/** The display form of a ledger count: "40+" when it is only a floor. */
export function shownCount(c: IncidentCount | null | undefined): string {
  if (!c) return '';
  const n = c.best ?? c.low;
  if (n === null) return '';
  if (c.open) return `${c.low ?? n}+`;
  return c.low !== null && c.high !== null && c.low !== c.high ? `${n} (${c.low}-${c.high})` : String(n);
}

function figure(r: CasualtyRange, cumulative: boolean): FigureOut {
  return {
    low: r.min,
    best: r.best,
    high: r.max,
    qualifier: r.qualifier ?? null,
    shown: shownFigure(r),
    phrase: r.phrase,
    cumulative,
  };
}

/**
 * What an export says about one event's casualties. `killed` and `injured` are this article's
 * figures for the incident it tells of, never a running total; `killedTotal` is the running total
 * the sentence states ("bringing the toll to 99"), flagged cumulative. `counted` marks the one row
 * per ledger incident that carries the incident's reconciled figures (`incidentKilled`,
 * `incidentInjured`): summing those over an export gives the ledger's totals, where summing the
 * articles' own figures would count an incident once per report.
 */
export interface EventCasualties {
  killed: FigureOut | null;
  killedTotal: FigureOut | null;
  injured: FigureOut | null;
  arrested: FigureOut | null;
  incident: IncidentRef | null;
  counted: boolean;
  incidentKilled: IncidentCount | null;
  incidentInjured: IncidentCount | null;
}

/** Sorts one event's casualty figures into per-incident figures, running totals and ledger figures. */
export function eventCasualties(e: CodedEvent, index: IncidentIndex | null): EventCasualties {
  const c = e.casualties ?? {};
  const killedIsTotal = !!c.killed?.cumulative;
  const total = c.killedTotal ?? (killedIsTotal ? c.killed : undefined);
  const incident = index?.incidentOf(e.id) ?? null;
  const counted = !!incident && index!.isCounting(e.id, incident.id);
  return {
    killed: c.killed && !killedIsTotal ? figure(c.killed, false) : null,
    killedTotal: total ? figure(total, true) : null,
    injured: c.injured && !c.injured.cumulative ? figure(c.injured, false) : null,
    arrested: c.arrested && !c.arrested.cumulative ? figure(c.arrested, false) : null,
    incident,
    counted,
    incidentKilled: counted ? (incident!.killed ?? null) : null,
    incidentInjured: counted ? (incident!.injured ?? null) : null,
  };
}
