import type { SeriesPoint } from '../store/store.js';
import { api } from './api-client.js';
import { chartIn, SAFE_TOOLTIP } from './charts.js';
import { byId, replace } from './dom.js';
import { filterParams, type ViewState } from './url-state.js';

const DAY_MS = 86_400_000;
const BUCKET_MS = { day: DAY_MS, week: 7 * DAY_MS, month: 28 * DAY_MS } as const;

/**
 * Conflict and cooperation over time for the events the filters select (every event, whatever
 * its actors' countries, unless a dyad is chosen): event counts as stacked bars of whole numbers,
 * and the summed CAMEO Goldstein scores as a line; the summed PLOVER intensity, a different
 * scale, can be switched on in the legend. The axis steps by the bucket, never by hours.
 */
export async function renderTimeline(state: ViewState): Promise<void> {
  const caption = byId('timeline-caption');
  const params = filterParams(state);
  const label = state.filters.dyad
    ? `dyad ${state.filters.dyad.replace(',', ' ↔ ')}`
    : 'all events matching the filters (click an edge of the network for one dyad)';
  params.set('bucket', state.bucket);
  params.set('imprecise', 'true');
  const series = await api.series(params);
  const total = series.points.reduce((n, p) => n + p.events, 0);
  const vagueC = (p: SeriesPoint) => p.impreciseConflict ?? 0;
  const vagueK = (p: SeriesPoint) => p.impreciseCooperation ?? 0;
  const vague = series.points.reduce((n, p) => n + vagueC(p) + vagueK(p), 0);
  replace(
    caption,
    `${label}, per ${state.bucket}: ${total} event${total === 1 ? '' : 's'}` +
      (vague
        ? `, of which ${vague} known only to a month or a range (pale, in the bucket of their first day)`
        : '') +
      ". Goldstein: CAMEO score of each event, −10 to +10, summed; intensity: PLOVER's own scale, summed.",
  );
  chartIn(byId('timeline-chart')).setOption(
    {
      animation: false,
      tooltip: { trigger: 'axis', ...SAFE_TOOLTIP },
      legend: {
        top: 0,
        data: [
          'conflict',
          'cooperation',
          'conflict, date imprecise',
          'cooperation, date imprecise',
          'Goldstein (sum)',
          'PLOVER intensity (sum)',
        ],
        selected: { 'PLOVER intensity (sum)': false },
      },
      grid: { left: 48, right: 48, top: 44, bottom: 56 },
      dataZoom: [
        { type: 'inside', minValueSpan: BUCKET_MS[state.bucket] * 3 },
        { type: 'slider', height: 16, bottom: 8 },
      ],
      // Periods are ISO dates (day, week start) or YYYY-MM: a time axis keeps empty stretches
      // visible; its ticks step by whole buckets and show days or months, never hours.
      xAxis: {
        type: 'time',
        minInterval: BUCKET_MS[state.bucket],
        axisLabel: {
          formatter: state.bucket === 'month' ? '{yyyy}-{MM}' : '{yyyy}-{MM}-{dd}',
          hideOverlap: true,
        },
      },
      yAxis: [
        { type: 'value', name: 'events', minInterval: 1 },
        { type: 'value', name: 'score sum', splitLine: { show: false } },
      ],
      series: [
        {
          name: 'conflict',
          type: 'bar',
          stack: 'n',
          barMaxWidth: 28,
          barMinWidth: 3,
          color: '#c0392b',
          data: series.points.map((p) => [p.period, p.conflict - vagueC(p)]),
        },
        {
          name: 'cooperation',
          type: 'bar',
          stack: 'n',
          barMaxWidth: 28,
          barMinWidth: 3,
          color: '#2e86c1',
          data: series.points.map((p) => [p.period, p.cooperation - vagueK(p)]),
        },
        {
          name: 'conflict, date imprecise',
          type: 'bar',
          stack: 'n',
          barMaxWidth: 28,
          barMinWidth: 3,
          color: '#f1c6c0',
          itemStyle: { borderColor: '#c0392b', borderType: 'dashed', borderWidth: 1 },
          data: series.points.map((p) => [p.period, vagueC(p)]),
        },
        {
          name: 'cooperation, date imprecise',
          type: 'bar',
          stack: 'n',
          barMaxWidth: 28,
          barMinWidth: 3,
          color: '#d4e6f1',
          itemStyle: { borderColor: '#2e86c1', borderType: 'dashed', borderWidth: 1 },
          data: series.points.map((p) => [p.period, vagueK(p)]),
        },
        {
          name: 'Goldstein (sum)',
          type: 'line',
          yAxisIndex: 1,
          color: '#555',
          data: series.points.map((p) => [p.period, p.goldstein]),
        },
        {
          name: 'PLOVER intensity (sum)',
          type: 'line',
          yAxisIndex: 1,
          color: '#8e44ad',
          lineStyle: { type: 'dashed' },
          data: series.points.map((p) => [p.period, p.intensity]),
        },
      ],
    },
    true,
  );
}
