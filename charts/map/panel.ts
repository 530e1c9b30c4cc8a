// The map panel: border, river, the numbered towns of the route, context
// towns, country and river names, the inset and the scale bar. Every label
// goes through one Placer, so none overlaps another, the river or the edges.

import { geoPath, geoTransverseMercator } from "d3";
import type { Dataset } from "../../data/load.js";
import type { Place } from "../../data/schema.js";
import { actorClass } from "../../src/render/actors.js";
import { svgElement } from "../../src/render/dom.js";
import { dodge } from "../../src/render/layout/dodge.js";
import { getFormat, type Locale } from "../../src/render/locale/index.js";
import type { Theme } from "../../src/render/theme.js";
import { DIRECT_LABEL_CLASS, typeScale } from "../../src/render/typeScale.js";
import { fitted, kmPerPixel, lines, niceLength, outline, box as rectangle, sample } from "./geography.js";
import { around, type Label, labelAt, Placer } from "./labels.js";
import type { Stop } from "./route.js";

const defaults = {
  /** Wide enough for a two-digit number at the type scale's badge size. */
  badgeRadius: { narrow: 8, wide: 7.5 },
  /** Wide enough at phone width for the country names at the 12 px floor, clear of the frame. */
  insetWidth: { narrow: 112, wide: 140 },
  /** Where the country names sit, in degrees: in open desert on either side of the border. */
  countryAnchors: { syria: [40.72, 35.27], iraq: [41.3, 34.62] } as Record<string, [number, number]>,
  /** Where the inset names the countries, in degrees: clear of the frame around the map's area. */
  insetAnchors: { syria: [37.4, 35.35], iraq: [44.2, 32.6] } as Record<string, [number, number]>,
  /** The river's name goes beside its course at this latitude, between Deir ez-Zor and Hajin. */
  riverLabelLatitude: 35.12,
};

export interface MapPanelOptions {
  readonly document: Document;
  readonly dataset: Dataset;
  readonly locale: Locale;
  readonly theme: Theme;
  readonly width: number;
  readonly bounds: readonly number[];
  readonly stops: readonly Stop[];
  readonly context: readonly Place[];
}

type Point = [number, number];

export function mapPanel(options: MapPanelOptions): SVGSVGElement {
  const { document, dataset, locale, theme, width, bounds, stops, context } = options;
  const narrow = width < 480;
  const sizes = typeScale(width);
  // Towns the SDF took carry the SDF's colour, as in every chart of the package (src/render/actors.ts).
  const taken = theme.actors.sdf;
  const takenClass = actorClass("sdf");
  const { projection, height } = fitted(bounds, width);
  const path = geoPath(projection).digits(1);
  const panel = svgElement(document, "svg", { width, height, viewBox: `0 0 ${width} ${height}` });
  const add = <K extends keyof SVGElementTagNameMap>(name: K, attributes: Record<string, string | number | undefined>, text?: string) =>
    panel.appendChild(svgElement(document, name, attributes, text));
  const at = (p: Place) => projection([p.lon, p.lat]) as Point;
  const write = (label: Label, fill: string, extra: Record<string, string | number | undefined> = {}) =>
    add(
      "text",
      {
        x: label.x,
        y: label.y,
        "text-anchor": label.anchor === "start" ? undefined : label.anchor,
        "font-size": label.size,
        "font-weight": label.weight === "regular" ? undefined : label.weight === "bold" ? 700 : 600,
        fill,
        ...extra,
      },
      label.text,
    );

  const riverLine = lines(dataset, "euphrates");
  const inside = ([x, y]: Point) => x >= -20 && x <= width + 20 && y >= -20 && y <= height + 20;
  const riverPoints = riverLine.coordinates.flatMap((part) => sample(part.map((p) => projection(p as Point) as Point))).filter(inside);
  const placer = new Placer(width, height, riverPoints);

  add("path", {
    d: path(lines(dataset, "border")) ?? "",
    fill: "none",
    stroke: theme.rule,
    "stroke-width": 1.2,
    "stroke-dasharray": "5 3",
  });
  add("path", { d: path(riverLine) ?? "", fill: "none", stroke: theme.water, "stroke-width": narrow ? 2 : 2.5 });

  // Inset, top right: Syria and Iraq, with the map's area framed.
  const insetWidth = defaults.insetWidth[narrow ? "narrow" : "wide"];
  const countries = { syria: outline(dataset, "syria"), iraq: outline(dataset, "iraq") };
  const both: GeoJSON.GeometryCollection = { type: "GeometryCollection", geometries: Object.values(countries) };
  const inset = geoTransverseMercator()
    .rotate([-42, -34])
    .fitWidth(insetWidth - 8, both);
  const insetPath = geoPath(inset).digits(1);
  const insetHeight = Math.ceil(insetPath.bounds(both)[1][1]) + 8;
  const insetX = width - insetWidth;
  placer.reserve({ left: insetX - 4, right: width, top: 0, bottom: insetHeight + 4 });
  const g = add("g", { transform: `translate(${insetX},0)` });
  g.append(svgElement(document, "rect", { width: insetWidth, height: insetHeight, fill: theme.background, stroke: theme.grid }));
  const inner = g.appendChild(svgElement(document, "g", { transform: "translate(4,4)" }));
  for (const [id, shape] of Object.entries(countries)) {
    inner.append(
      svgElement(document, "path", {
        d: insetPath(shape) ?? "",
        // Syria, the map's country, is the brighter shape in both themes.
        fill: id === "syria" ? theme.land.focus : theme.land.other,
        stroke: theme.rule,
        "stroke-width": 0.75,
      }),
    );
  }
  inner.append(
    // The frame is no actor's: it takes the text colour, the strongest neutral.
    svgElement(document, "path", { d: insetPath(rectangle(bounds)) ?? "", fill: "none", stroke: theme.text, "stroke-width": 1.5 }),
  );
  for (const feature of dataset.features.filter((f) => f.kind === "country")) {
    const [x, y] = inset(defaults.insetAnchors[feature.id]) as Point;
    inner.append(
      svgElement(
        document,
        "text",
        { x, y: y + 3, "text-anchor": "middle", "font-size": sizes.badge, fill: theme.text },
        feature[`name_${locale}`],
      ),
    );
  }

  // Scale bar, bottom left.
  const km = niceLength(kmPerPixel(projection, [width / 2, height / 2]) * (narrow ? 70 : 100));
  const barLength = km / kmPerPixel(projection, [width / 2, height / 2]);
  const barY = height - 6;
  const scaleText = labelAt(`${getFormat(locale).number(km)}\u00a0km`, 2 + barLength + 5, barY + 3, "start", sizes.annotation);
  placer.reserve({ left: 0, right: scaleText.right, top: scaleText.top - 2, bottom: height });
  add("path", { d: `M2,${barY - 4}V${barY}H${2 + barLength}V${barY - 4}`, fill: "none", stroke: theme.muted, "stroke-width": 1.2 });
  write(scaleText, theme.muted);

  // The route: a marker on each town, a numbered badge west of the river, the name beside it.
  const r = defaults.badgeRadius[narrow ? "narrow" : "wide"];
  const towns = stops.map((stop) => at(stop.place));
  const badgeY = dodge(
    towns.map(([, y]) => y),
    2 * r + 3,
    r,
    height - r,
  );
  for (const [i, stop] of stops.entries()) {
    const [tx, ty] = towns[i];
    const y = badgeY[i];
    const riverLeft = Math.min(tx, ...riverPoints.filter(([, py]) => Math.abs(py - y) <= r + 4).map(([px]) => px));
    const x = riverLeft - 10 - r;
    const estimated = stop.place.position === "estimated";
    const markerRadius = estimated ? (stop.place.uncertainty_km ?? 0) / kmPerPixel(projection, [tx, ty]) : 4;
    add("line", { x1: x + r, y1: y, x2: tx - markerRadius, y2: ty, stroke: theme.muted, "stroke-width": 0.75 });
    add("circle", {
      cx: tx,
      cy: ty,
      r: markerRadius,
      fill: estimated ? "none" : taken,
      stroke: estimated ? taken : undefined,
      "stroke-width": estimated ? 1.5 : undefined,
      "stroke-dasharray": estimated ? "2 2" : undefined,
      class: takenClass,
    });
    // The badge and its number are one mark: the attribute says so to whoever reads the geometry (test/rules).
    const badge = `badge-${i + 1}`;
    add("circle", { cx: x, cy: y, r, fill: taken, "data-datum": badge, class: takenClass });
    const number = labelAt(String(i + 1), x, y + sizes.badge * 0.35, "middle", sizes.badge, "bold");
    placer.reserve({ left: x - r, right: x + r, top: y - r, bottom: y + r });
    write(number, theme.background, { "data-datum": badge });
    const name = placer.place([
      labelAt(stop.name, x - r - 4, y + 4, "end", sizes.directLabel, "semibold"),
      labelAt(stop.name, x - r - 4, y - 6, "end", sizes.directLabel, "semibold"),
    ]);
    if (name) write(name, theme.text, { class: DIRECT_LABEL_CLASS });
  }

  // Context towns, then the country and river names, wherever they find room.
  for (const place of context) {
    const point = at(place);
    add("circle", { cx: point[0], cy: point[1], r: 2.5, fill: theme.actors.neutral });
    const name = place[`name_${locale}`];
    // Reference towns, not the story's data: annotation size, so Deir ez-Zor still fits by the phone map's edge.
    const label = placer.place(around(name.charAt(0).toUpperCase() + name.slice(1), point, sizes.annotation, "regular"));
    if (label) write(label, theme.text);
  }
  for (const feature of dataset.features.filter((f) => f.kind === "country")) {
    const anchor = projection(defaults.countryAnchors[feature.id]) as Point;
    const label = placer.place(around(feature[`name_${locale}`].toUpperCase(), anchor, sizes.annotation, "semibold", 0).slice(6));
    if (label) write(label, theme.muted);
  }
  const river = dataset.features.find((f) => f.kind === "river");
  const course = riverLine.coordinates.flat() as Point[];
  const near = course.reduce((best, p) =>
    Math.abs(p[1] - defaults.riverLabelLatitude) < Math.abs(best[1] - defaults.riverLabelLatitude) ? p : best,
  );
  if (river) {
    const label = placer.place(around(river[`name_${locale}`], projection(near) as Point, sizes.directLabel, "semibold", 8));
    // Italic, as hydrography is named; grey, since any blue text would read as the SDF's.
    if (label) write(label, theme.muted, { "font-style": "italic", class: DIRECT_LABEL_CLASS });
  }
  return panel;
}
