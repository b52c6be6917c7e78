import { geoGraticule10, geoNaturalEarth1, geoPath } from 'd3-geo';
import type { FeatureCollection, Geometry } from 'geojson';
import { feature } from 'topojson-client';
import type { Topology } from 'topojson-specification';
import world from 'world-atlas/countries-110m.json';
import { dateText } from '../core/date-text.js';
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

/** Incidents at one place (coordinates rounded to a tenth of a degree), drawn as one circle. */
interface Cluster {
  name: string;
  lat: number;
  lon: number;
  items: Incident[];
  killed: number;
  grade: string;
}

const GRADES = ['confirmed', 'fair', 'weak', 'contested'] as const;

function clusterByPlace(placed: Incident[]): Cluster[] {
  const byKey = new Map<string, Cluster>();
  for (const i of placed) {
    const { lat, lon } = i.location as { lat: number; lon: number };
    const key = `${lat.toFixed(1)},${lon.toFixed(1)}`;
    const c = byKey.get(key) ?? {
      name: i.location!.name ?? i.location!.text,
      lat,
      lon,
      items: [],
      killed: 0,
      grade: i.grade,
    };
    c.items.push(i);
    c.killed += killedBest(i) ?? 0;
    byKey.set(key, c);
  }
  for (const c of byKey.values()) {
    // The grade most of its incidents have, the better on a tie.
    const n = (g: string) => c.items.filter((i) => i.grade === g).length;
    c.grade = [...GRADES].sort((a, b) => n(b) - n(a))[0]!;
  }
  return [...byKey.values()];
}

/** Circle area grows with the killed: radius 4 for none, about 29 for 100. */
function radius(killed: number): number {
  return 4 + 2.5 * Math.sqrt(killed);
}

/** Names of the places with the most killed (at most eight, so labels stay readable), with counts. */
function labels(
  clusters: Cluster[],
  projection: (p: [number, number]) => [number, number] | null,
): SVGGElement {
  const g = svg('g', { class: 'labels' });
  const top = [...clusters]
    .sort((a, b) => b.killed - a.killed || b.items.length - a.items.length)
    .slice(0, 8);
  for (const c of top) {
    const xy = projection([c.lon, c.lat]);
    if (!xy) continue;
    const text = `${c.name}${c.items.length > 1 ? ` ×${c.items.length}` : ''}`;
    g.appendChild(
      svg(
        'text',
        { x: (xy[0] + radius(c.killed) + 3).toFixed(1), y: (xy[1] + 4).toFixed(1), class: 'map-label' },
        text,
      ),
    );
  }
  return g;
}

/** The key: circle size is the number killed, colour the grade. */
function legend(): SVGGElement {
  const g = svg('g', { class: 'legend', transform: `translate(12 ${HEIGHT - 84})` });
  g.appendChild(svg('rect', { x: -6, y: -14, width: 190, height: 94, rx: 4, class: 'legend-box' }));
  g.appendChild(svg('text', { x: 0, y: 0, class: 'legend-title' }, 'size = killed · colour = grade'));
  let x = 8;
  for (const k of [1, 10, 50]) {
    const r = radius(k);
    g.appendChild(svg('circle', { cx: x + r, cy: 30, r: r.toFixed(1), class: 'legend-size' }));
    g.appendChild(
      svg('text', { x: x + r, y: 30 + r + 11, class: 'legend-text', 'text-anchor': 'middle' }, String(k)),
    );
    x += 2 * r + 14;
  }
  GRADES.forEach((grade, n) => {
    g.appendChild(svg('circle', { cx: 120, cy: 8 + n * 16, r: 5, class: `incident grade-${grade}` }));
    g.appendChild(svg('text', { x: 130, y: 12 + n * 16, class: 'legend-text' }, grade));
  });
  return g;
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
  const clusters = clusterByPlace(placed);
  const dots = svg('g', { class: 'incidents' });
  // Largest first, so that smaller circles lie on top of it and none hides another whole.
  for (const c of [...clusters].sort((a, b) => radius(b.killed) - radius(a.killed))) {
    const xy = projection([c.lon, c.lat]);
    if (!xy) continue;
    const circle = svg(
      'circle',
      {
        cx: xy[0].toFixed(1),
        cy: xy[1].toFixed(1),
        r: radius(c.killed).toFixed(1),
        class: `incident grade-${c.grade}`,
        tabindex: 0,
        'data-incident': c.items[0]!.id,
        'data-count': c.items.length,
        'data-killed': c.killed,
        'data-place': c.name,
      },
      svg(
        'title',
        {},
        `${c.name}: ${c.items.length} incident${c.items.length === 1 ? '' : 's'}, ${c.killed} killed\n` +
          c.items
            .map(
              (i) =>
                `${dateText(i.date)} ${i.type}${killedBest(i) !== null ? `, ${killedBest(i)} killed` : ''} (${i.grade})`,
            )
            .join('\n'),
      ),
    );
    circle.addEventListener('click', () => onPick(c.items[0]!.id));
    dots.appendChild(circle);
  }
  root.appendChild(dots);
  root.appendChild(labels(clusters, projection));
  root.appendChild(legend());
  replace(byId('map'), root);
  replace(
    byId('map-caption'),
    `${placed.length} of ${incidents.length} incidents placed, at ${clusters.length} place${clusters.length === 1 ? '' : 's'}${placed.length ? '' : ' (none has coordinates)'}`,
  );
}
