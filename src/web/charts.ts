/** ECharts with only the parts the dashboard uses, so the bundle stays small and offline. */
import { BarChart, GraphChart, LineChart } from 'echarts/charts';
import { DataZoomComponent, GridComponent, LegendComponent, TooltipComponent } from 'echarts/components';
import { type EChartsType, init, use } from 'echarts/core';
import { CanvasRenderer } from 'echarts/renderers';

use([
  BarChart,
  LineChart,
  GraphChart,
  GridComponent,
  TooltipComponent,
  LegendComponent,
  DataZoomComponent,
  CanvasRenderer,
]);

const charts = new Map<HTMLElement, EChartsType>();

/** The chart living in a container, created on first use. */
export function chartIn(container: HTMLElement): EChartsType {
  let chart = charts.get(container);
  if (!chart) {
    chart = init(container, undefined, { renderer: 'canvas' });
    charts.set(container, chart);
    new ResizeObserver(() => chart?.resize()).observe(container);
  }
  return chart;
}

/**
 * Tooltips drawn on the canvas rather than as HTML: actor names come from articles, and ECharts
 * builds HTML tooltips with innerHTML.
 */
export const SAFE_TOOLTIP = { renderMode: 'richText' as const };
