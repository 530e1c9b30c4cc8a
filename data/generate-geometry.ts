// Writes data/geometry.csv, the vertices the locator map draws, from two
// public-domain Natural Earth sources kept in or pinned by the project:
// data/euphrates.geojson (the river, with its source note) and the
// world-atlas package (the Syria and Iraq outlines). Only what the map needs
// is kept, so the SVGs stay small. Run with `npm run geometry`; a test checks
// the committed file is current.

import { readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { feature, mesh } from "topojson-client";
import type { GeometryCollection, Topology } from "topojson-specification";
import { PROJECT_ROOT } from "../src/cli/root.js";

const defaults = {
  /** Natural Earth ids of the two stretches of the river ("Al Furat" in Syria, "Euphrates" in Iraq), joined downstream. */
  river: [1159125949, 1159123947],
  countries: { syria: "760", iraq: "368" },
  /** Degrees kept on border vertices: 4 is about 10 m, finer than world-atlas's grid. */
  borderDecimals: 4,
  /** Douglas–Peucker tolerance for the inset's outlines, in degrees: far below a pixel there. */
  outlineTolerance: 0.02,
  outlineDecimals: 3,
};

type Position = [number, number];

interface RiverFile {
  features: { properties: { ne_id: number }; geometry: { coordinates: Position[] } }[];
}

/** Douglas–Peucker: keeps the vertices that stray more than `tolerance` from the simplified line. */
function simplify(points: readonly Position[], tolerance: number): Position[] {
  if (points.length < 3) return [...points];
  const [a, b] = [points[0], points[points.length - 1]];
  let far = 0;
  let index = 0;
  for (let i = 1; i < points.length - 1; i++) {
    const [x, y] = points[i];
    const length = Math.hypot(b[0] - a[0], b[1] - a[1]);
    const distance =
      length === 0 ? Math.hypot(x - a[0], y - a[1]) : Math.abs((b[0] - a[0]) * (a[1] - y) - (a[0] - x) * (b[1] - a[1])) / length;
    if (distance > far) [far, index] = [distance, i];
  }
  if (far <= tolerance) return [a, b];
  return [...simplify(points.slice(0, index + 1), tolerance).slice(0, -1), ...simplify(points.slice(index), tolerance)];
}

const round = (value: number, decimals: number) => String(Number(value.toFixed(decimals)));

export function generateGeometry(root = PROJECT_ROOT): string {
  const rows: string[] = ["feature,part,lon,lat"];
  const add = (id: string, part: number, points: readonly Position[], decimals: number) => {
    for (const [lon, lat] of points) rows.push(`${id},${part},${round(lon, decimals)},${round(lat, decimals)}`);
  };

  // The river: Natural Earth splits it at the border; both stretches are stored upstream-first, so reverse them.
  const river = JSON.parse(readFileSync(join(root, "data/euphrates.geojson"), "utf8")) as RiverFile;
  const stretches = defaults.river.map((id) => {
    const found = river.features.find((f) => f.properties.ne_id === id);
    if (!found) throw new Error(`data/euphrates.geojson: no feature with ne_id ${id}`);
    return [...found.geometry.coordinates].reverse();
  });
  add("euphrates", 0, [...stretches[0], ...stretches[1].slice(1)], 5);

  const topology = JSON.parse(readFileSync(join(root, "node_modules/world-atlas/countries-10m.json"), "utf8")) as Topology;
  const countries = topology.objects.countries as GeometryCollection;
  const { syria, iraq } = defaults.countries;
  const border = mesh(topology, countries, (a, b) => (a.id === syria && b.id === iraq) || (a.id === iraq && b.id === syria));
  border.coordinates.forEach((line, part) => {
    add("border", part, line as Position[], defaults.borderDecimals);
  });
  for (const [name, id] of Object.entries(defaults.countries)) {
    const geometry = countries.geometries.find((g) => g.id === id);
    if (!geometry) throw new Error(`world-atlas countries-10m.json: no country with id "${id}"`);
    const shape = (feature(topology, geometry) as GeoJSON.Feature).geometry;
    const polygons: GeoJSON.Position[][][] =
      shape.type === "Polygon" ? [shape.coordinates] : shape.type === "MultiPolygon" ? shape.coordinates : [];
    // Outer rings only, the islands of the Tigris too small to see in the inset dropped.
    polygons
      .map((polygon) => simplify(polygon[0] as Position[], defaults.outlineTolerance))
      .filter((ring) => ring.length > 3)
      .forEach((ring, part) => {
        add(name, part, ring, defaults.outlineDecimals);
      });
  }
  return `${rows.join("\n")}\n`;
}

if (import.meta.url === `file://${process.argv[1]}`) {
  writeFileSync(join(PROJECT_ROOT, "data/geometry.csv"), generateGeometry());
}
