import { geoGraticule10, geoNaturalEarth1, geoPath } from 'd3-geo';
import type { FeatureCollection, Geometry } from 'geojson';
import { feature } from 'topojson-client';
import type { Topology } from 'topojson-specification';
import world from 'world-atlas/countries-110m.json';
import type { Incident } from '../core/records.js';
import { byId, replace, svg } from './dom.js';

const WIDTH = 640;
const HEIGHT = 340;

let countries: FeatureCollection<Geometry> | null = null;

function worldShapes(): FeatureCollection<Geometry> {
  countries ??= feature(
    world as unknown as Topology,
    (world as unknown as Topology).objects.countries!,
  ) as unknown as FeatureCollection<Geometry>;
  return countries;
}

function killedBest(i: Incident): number | null {
  const k = i.casualties.killed;
  return k ? (k.best ?? k.low ?? k.high) : null;
}

/**
 * Incidents on offline world shapes (world-atlas, Natural Earth 1:110m) drawn as SVG with d3-geo,
 * framed on the incidents; circles grow with the best estimate of the killed.
 */
export function renderMap(incidents: Incident[], onPick: (id: string) => void): void {
  const placed = incidents.filter((i) => i.location?.lat != null && i.location?.lon != null);
  const projection = geoNaturalEarth1();
  if (placed.length) {
    const lons = placed.map((i) => i.location!.lon!);
    const lats = placed.map((i) => i.location!.lat!);
    const pad = 12;
    const corners: [number, number][] = [
      [Math.max(-180, Math.min(...lons) - pad), Math.max(-85, Math.min(...lats) - pad)],
      [Math.min(180, Math.max(...lons) + pad), Math.min(85, Math.max(...lats) + pad)],
    ];
    projection.fitExtent(
      [
        [10, 10],
        [WIDTH - 10, HEIGHT - 10],
      ],
      { type: 'MultiPoint', coordinates: corners },
    );
  } else {
    projection.fitSize([WIDTH, HEIGHT], { type: 'Sphere' });
  }
  const path = geoPath(projection);
  const root = svg('svg', {
    viewBox: `0 0 ${WIDTH} ${HEIGHT}`,
    role: 'img',
    'aria-label': 'Map of incidents',
  });
  root.appendChild(svg('path', { d: path({ type: 'Sphere' }) ?? '', class: 'sea' }));
  root.appendChild(svg('path', { d: path(geoGraticule10()) ?? '', class: 'graticule' }));
  const land = svg('g', { class: 'land' });
  for (const f of worldShapes().features) {
    const d = path(f);
    if (d) land.appendChild(svg('path', { d }, svg('title', {}, String(f.properties?.name ?? ''))));
  }
  root.appendChild(land);
  const dots = svg('g', { class: 'incidents' });
  for (const i of placed) {
    const xy = projection([i.location!.lon!, i.location!.lat!]);
    if (!xy) continue;
    const k = killedBest(i);
    const c = svg(
      'circle',
      {
        cx: xy[0].toFixed(1),
        cy: xy[1].toFixed(1),
        r: (4 + 2.5 * Math.sqrt(k ?? 0)).toFixed(1),
        class: `incident grade-${i.grade}`,
        tabindex: 0,
        'data-incident': i.id,
      },
      svg(
        'title',
        {},
        `${i.date.from} ${i.type} at ${i.location!.name ?? i.location!.text}${k !== null ? `, ${k} killed` : ''} (${i.grade})`,
      ),
    );
    c.addEventListener('click', () => onPick(i.id));
    dots.appendChild(c);
  }
  root.appendChild(dots);
  replace(byId('map'), root);
  replace(
    byId('map-caption'),
    `${placed.length} of ${incidents.length} incidents placed${placed.length ? '' : ' (none has coordinates)'}`,
  );
}
