// The map's geography as GeoJSON, from data/geometry.csv, and the projections
// that place it on the page. Transverse Mercator is conformal: shapes and
// angles stay true, so the valley looks as it does on any atlas page.

import { type GeoProjection, geoDistance, geoPath, geoTransverseMercator } from "d3";
import type { Dataset } from "../../data/load.js";

type Position = [number, number];

/** The feature's parts (lines or rings), in order, as [lon, lat] pairs. */
export function featureParts(dataset: Dataset, id: string): Position[][] {
  const parts: Position[][] = [];
  for (const vertex of dataset.geometry) {
    if (vertex.feature !== id) continue;
    parts[vertex.part] ??= [];
    parts[vertex.part].push([vertex.lon, vertex.lat]);
  }
  return parts.filter(Boolean);
}

export function lines(dataset: Dataset, id: string): GeoJSON.MultiLineString {
  return { type: "MultiLineString", coordinates: featureParts(dataset, id) };
}

/** A country outline; rings are closed and, as d3 wants them, clockwise. */
export function outline(dataset: Dataset, id: string): GeoJSON.MultiPolygon {
  const rings = featureParts(dataset, id).map((ring) => {
    const closed = ring[0][0] === ring.at(-1)?.[0] && ring[0][1] === ring.at(-1)?.[1] ? ring : [...ring, ring[0]];
    // Shoelace sum in lon/lat: positive means clockwise on a north-up map.
    let sum = 0;
    for (let i = 1; i < closed.length; i++) sum += (closed[i][0] - closed[i - 1][0]) * (closed[i][1] + closed[i - 1][1]);
    return sum < 0 ? [...closed].reverse() : closed;
  });
  return { type: "MultiPolygon", coordinates: rings.map((ring) => [ring]) };
}

/** A rectangle in degrees, as a polygon d3 fits a projection to. */
export function box([west, south, east, north]: readonly number[]): GeoJSON.Polygon {
  return {
    type: "Polygon",
    coordinates: [
      [
        [west, south],
        [west, north],
        [east, north],
        [east, south],
        [west, south],
      ],
    ],
  };
}

/** Transverse Mercator centred on the box, fitted to `width`; returns the projection and the height it needs. */
export function fitted(bounds: readonly number[], width: number): { projection: GeoProjection; height: number } {
  const [west, south, east, north] = bounds;
  const projection = geoTransverseMercator()
    .rotate([-(west + east) / 2, -(south + north) / 2])
    .fitWidth(width, box(bounds));
  const height = Math.ceil(geoPath(projection).bounds(box(bounds))[1][1]);
  return {
    projection: projection.clipExtent([
      [0, 0],
      [width, height],
    ]),
    height,
  };
}

const EARTH_RADIUS_KM = 6371;

/** Kilometres per pixel at a point on the page. */
export function kmPerPixel(projection: GeoProjection, [x, y]: Position): number {
  const a = projection.invert?.([x - 50, y]) as Position;
  const b = projection.invert?.([x + 50, y]) as Position;
  return (geoDistance(a, b) * EARTH_RADIUS_KM) / 100;
}

/** The longest round length (1, 2 or 5 times a power of ten) that fits in `pixels`. */
export function niceLength(km: number): number {
  const power = 10 ** Math.floor(Math.log10(km));
  return [5, 2, 1].map((step) => step * power).find((length) => length <= km) ?? power;
}

/** Points along a projected line, at most `step` pixels apart: what labels must keep clear of. */
export function sample(points: readonly Position[], step = 2): Position[] {
  const out: Position[] = [];
  for (let i = 1; i < points.length; i++) {
    const [[x0, y0], [x1, y1]] = [points[i - 1], points[i]];
    const n = Math.max(1, Math.ceil(Math.hypot(x1 - x0, y1 - y0) / step));
    for (let k = 0; k < n; k++) out.push([x0 + ((x1 - x0) * k) / n, y0 + ((y1 - y0) * k) / n]);
  }
  if (points.length > 0) out.push(points[points.length - 1]);
  return out;
}
