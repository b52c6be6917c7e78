import { api, type Network } from './api-client.js';
import { chartIn, SAFE_TOOLTIP } from './charts.js';
import { byId, replace } from './dom.js';
import { currentState, filterParams, navigate, type ViewState } from './url-state.js';

/** How many of the busiest actors to draw: the `#network-top` control (0 = all). */
function topN(): number {
  const select = document.getElementById('network-top') as HTMLSelectElement | null;
  if (select && !select.dataset.wired) {
    select.dataset.wired = 'true';
    select.addEventListener('change', () => void renderNetwork(currentState()));
  }
  return Number(select?.value ?? 25);
}

/** The busiest `n` actors and the edges between them (all when `n` is 0). */
export function busiest(net: Network, n: number): Network {
  if (!n || net.nodes.length <= n) return net;
  const nodes = [...net.nodes].sort((a, b) => b.events - a.events || a.id.localeCompare(b.id)).slice(0, n);
  const keep = new Set(nodes.map((x) => x.id));
  return { nodes, edges: net.edges.filter((e) => keep.has(e.source) && keep.has(e.target)) };
}

/**
 * Who acts on whom: nodes sized by events, directed edges as wide as their event count and
 * coloured by the sign of their summed Goldstein (red conflict, blue cooperation). Only the
 * busiest actors are drawn (the control beside the chart sets how many), so that a hundred
 * actors do not make an unreadable ring. Clicking an edge filters everything to that dyad.
 */
export async function renderNetwork(state: ViewState): Promise<Network> {
  const params = filterParams(state);
  params.set('limit', '1000');
  const full = await api.network(params);
  const net = busiest(full, topN());
  replace(
    byId('network-caption'),
    net.nodes.length < full.nodes.length
      ? `the ${net.nodes.length} busiest of ${full.nodes.length} actors, ${net.edges.length} directed pairs`
      : `${net.nodes.length} actors, ${net.edges.length} directed pairs`,
  );
  const maxEdge = Math.max(1, ...net.edges.map((e) => e.events));
  const maxNode = Math.max(1, ...net.nodes.map((n) => n.events));
  const chart = chartIn(byId('network-chart'));
  chart.setOption(
    {
      animation: false,
      tooltip: { ...SAFE_TOOLTIP },
      series: [
        {
          type: 'graph',
          // A circle always fits its box and reads the same on every load, unlike a force layout.
          layout: 'circular',
          circular: { rotateLabel: true },
          roam: true,
          draggable: false,
          edgeSymbol: ['none', 'arrow'],
          edgeSymbolSize: 7,
          label: { show: true, position: 'right', fontSize: 11 },
          labelLayout: { hideOverlap: true },
          // Room for the labels outside the ring, so none is cut at the chart's edge.
          left: 90,
          right: 90,
          top: 50,
          bottom: 50,
          data: net.nodes.map((n) => ({
            id: n.id,
            name: n.id,
            value: n.events,
            symbolSize: 8 + 26 * Math.sqrt(n.events / maxNode),
            itemStyle: { color: n.goldstein < 0 ? '#e59866' : '#85c1e9' },
            tooltip: { formatter: `${n.id}: ${n.events} events, Goldstein ${n.goldstein.toFixed(1)}` },
          })),
          links: net.edges.map((e) => ({
            source: e.source,
            target: e.target,
            value: e.events,
            lineStyle: {
              width: 1 + 6 * (e.events / maxEdge),
              color: e.goldstein < 0 ? '#c0392b' : e.goldstein > 0 ? '#2e86c1' : '#999',
              opacity: 0.75,
              curveness: 0.15,
            },
            tooltip: {
              formatter: `${e.source} → ${e.target}: ${e.events} events, Goldstein ${e.goldstein.toFixed(1)}`,
            },
          })),
        },
      ],
    },
    true,
  );
  chart.off('click');
  chart.on('click', (ev) => {
    if (ev.dataType !== 'edge') return;
    const d = ev.data as { source: string; target: string };
    const now = currentState();
    navigate({
      ...now,
      filters: { ...now.filters, dyad: `${d.source},${d.target}` },
      article: null,
      event: null,
    });
  });
  return net;
}
