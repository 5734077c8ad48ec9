import type { Topology } from 'topojson-specification';

/** A planar topology's geometry as the app's map file holds it: rings of arc indices. */
export type PlanarGeometry =
  | { readonly type: 'Polygon'; readonly arcs: readonly (readonly number[])[] }
  | { readonly type: 'MultiPolygon'; readonly arcs: readonly (readonly (readonly number[])[])[] }
  | { readonly type: null };

/**
 * SVG path strings straight from the planar topology, one per geometry: the characters
 * topojson-client's `feature` and d3-geo's `geoPath().digits(1)` write from it (planarPaths.test.ts
 * holds the two to the same output on the real map), without building GeoJSON on the way. The
 * projection is done at build time, so the browser has only this to do; writing it here keeps
 * d3-geo and topojson-client (about 2.5 KB gzip) out of the first map's script, and skips a
 * copy of every point.
 */
export function planarPaths(
  topology: Pick<Topology, 'arcs' | 'transform'>,
  geometries: readonly PlanarGeometry[],
): string[] {
  const arcs = decodeArcs(topology);
  return geometries.map((g) => {
    if (g.type === 'Polygon') return polygonPath(g.arcs, arcs);
    if (g.type === 'MultiPolygon') return g.arcs.map((p) => polygonPath(p, arcs)).join('');
    return '';
  });
}

/** Each arc's points, absolute and flat (x0, y0, x1, y1, …): delta-decoded and scaled. */
function decodeArcs({ arcs, transform }: Pick<Topology, 'arcs' | 'transform'>): number[][] {
  return arcs.map((arc) => {
    const out = new Array<number>(arc.length * 2);
    let x = 0;
    let y = 0;
    for (let k = 0; k < arc.length; k++) {
      const p = arc[k] ?? [];
      if (transform) {
        x += p[0] ?? 0;
        y += p[1] ?? 0;
        out[2 * k] = x * transform.scale[0] + transform.translate[0];
        out[2 * k + 1] = y * transform.scale[1] + transform.translate[1];
      } else {
        out[2 * k] = p[0] ?? 0;
        out[2 * k + 1] = p[1] ?? 0;
      }
    }
    return out;
  });
}

/**
 * A coordinate rounded to a tenth, written as `Math.round(v * 10) / 10` prints: from the integer
 * of tenths, since printing a whole number is several times faster than a fraction's shortest
 * digits, and the map has some 200,000 of them.
 */
function tenths(v: number): string {
  const q = Math.round(v * 10);
  const a = q < 0 ? -q : q;
  const whole = Math.floor(a / 10);
  const tenth = a - whole * 10;
  const text = tenth ? `${whole}.${tenth}` : `${whole}`;
  return q < 0 ? `-${text}` : text;
}

function polygonPath(rings: readonly (readonly number[])[], arcs: number[][]): string {
  let d = '';
  for (const ring of rings) d += ringPath(ringPoints(ring, arcs));
  return d;
}

/**
 * A ring's points, flat, as topojson-client stitches them: each arc in turn (reversed for a
 * negative index), the point two arcs share written once, padded to four points as it pads.
 */
function ringPoints(ring: readonly number[], arcs: number[][]): number[] {
  const points: number[] = [];
  for (const index of ring) {
    if (points.length) points.length -= 2;
    const arc = arcs[index < 0 ? ~index : index] ?? [];
    if (index < 0) {
      for (let k = arc.length - 2; k >= 0; k -= 2) points.push(arc[k] ?? 0, arc[k + 1] ?? 0);
    } else {
      for (let k = 0; k < arc.length; k++) points.push(arc[k] ?? 0);
    }
  }
  if (points.length < 4) points.push(points[0] ?? 0, points[1] ?? 0);
  while (points.length < 8) points.push(points[0] ?? 0, points[1] ?? 0);
  return points;
}

/** A closed ring as geoPath writes it: its closing point (the first again) left to the Z. */
function ringPath(points: number[]): string {
  let d = '';
  for (let k = 0; k < points.length - 2; k += 2) {
    d += `${k ? 'L' : 'M'}${tenths(points[k] ?? 0)},${tenths(points[k + 1] ?? 0)}`;
  }
  return `${d}Z`;
}
