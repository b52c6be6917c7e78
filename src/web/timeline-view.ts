import { api } from './api-client.js';
import { chartIn, SAFE_TOOLTIP } from './charts.js';
import { byId, replace } from './dom.js';
import { filterParams, type ViewState } from './url-state.js';

/**
 * Conflict and cooperation over time for one dyad: event counts as stacked bars (conflict below
 * zero) and summed Goldstein as a line. Without a dyad filter it follows the busiest dyad.
 */
export async function renderTimeline(state: ViewState, busiest: [string, string] | null): Promise<void> {
  const caption = byId('timeline-caption');
  const params = filterParams(state);
  let label: string;
  if (state.filters.dyad) {
    label = state.filters.dyad.replace(',', ' ↔ ');
  } else if (busiest) {
    params.set('dyad', busiest.join(','));
    label = `${busiest[0]} ↔ ${busiest[1]} (busiest dyad; click an edge of the network to pick another)`;
  } else {
    label = 'all events';
  }
  params.set('bucket', state.bucket);
  const series = await api.series(params);
  replace(
    caption,
    `${label}, per ${state.bucket}: ${series.points.reduce((n, p) => n + p.events, 0)} events`,
  );
  chartIn(byId('timeline-chart')).setOption(
    {
      animation: false,
      tooltip: { trigger: 'axis', ...SAFE_TOOLTIP },
      legend: { top: 0, data: ['conflict', 'cooperation', 'Goldstein', 'intensity'] },
      grid: { left: 48, right: 48, top: 44, bottom: 56 },
      dataZoom: [{ type: 'inside' }, { type: 'slider', height: 16, bottom: 8 }],
      // Periods are ISO dates (day, week start) or YYYY-MM: a time axis keeps empty stretches visible.
      xAxis: { type: 'time' },
      yAxis: [
        { type: 'value', name: 'events' },
        { type: 'value', name: 'sum', splitLine: { show: false } },
      ],
      series: [
        {
          name: 'conflict',
          type: 'bar',
          stack: 'n',
          barMaxWidth: 28,
          barMinWidth: 3,
          color: '#c0392b',
          data: series.points.map((p) => [p.period, -p.conflict]),
        },
        {
          name: 'cooperation',
          type: 'bar',
          stack: 'n',
          barMaxWidth: 28,
          barMinWidth: 3,
          color: '#2e86c1',
          data: series.points.map((p) => [p.period, p.cooperation]),
        },
        {
          name: 'Goldstein',
          type: 'line',
          yAxisIndex: 1,
          color: '#555',
          data: series.points.map((p) => [p.period, p.goldstein]),
        },
        {
          name: 'intensity',
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
