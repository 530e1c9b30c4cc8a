// Chart 1: territory lost from the 2015 peak. The IHS series is a line; the
// estimates made on other definitions are hollow dots, never joined to it
// (conflict C2). A second panel zooms in on the last months.

import type { Dataset } from "../../data/load.js";
import type { TerritoryRow } from "../../data/schema.js";
import * as schema from "../../data/schema.js";
import { DataError } from "../../src/build/errors.js";
import { actorClass } from "../../src/render/actors.js";
import type { Chart, ChartOptions } from "../../src/render/chart.js";
import { figure, isNarrow, panelWidth } from "../../src/render/figure.js";
import { placeAvoiding, placementCost } from "../../src/render/layout/avoid.js";
import { yAxisMargin } from "../../src/render/layout/axis.js";
import { pixels } from "../../src/render/layout/pixels.js";
import { getFormat } from "../../src/render/locale/index.js";
import { keyMomentRowHeight, keyMomentRows, keyMoments } from "../../src/render/marks/keyMoments.js";
import { Plot } from "../../src/render/plot.js";
import { provenanceFooter, provenanceOf } from "../../src/render/provenance.js";
import { measureText, wrapText } from "../../src/render/text/measure.js";
import { typeScale } from "../../src/render/typeScale.js";
import { territoryTable } from "./table.js";
import { notebook } from "./territory.notebook.js";
import { qualifiedArea, strings } from "./territory.strings.js";

const defaults = {
  height: { narrow: 250, wide: 300 },
  zoomHeight: { narrow: 210, wide: 200 },
  domain: [new Date(Date.UTC(2015, 0, 1)), new Date(Date.UTC(2019, 3, 1))] as [Date, Date],
  zoomDomain: [new Date(Date.UTC(2018, 10, 20)), new Date(Date.UTC(2019, 2, 31))] as [Date, Date],
  /** Events (data/events.csv) marked on the main panel; at phone width Iraq's victory would crowd Mosul's. */
  keyMoments: { narrow: ["mosul", "launch"], wide: ["mosul", "iraq-victory", "launch"] },
  /** Estimates (by date) labelled with their value in the zoom panel; figures in m² are always labelled. */
  zoomLabels: ["2018-12", "2019-01-15", "2019-02-10", "2019-03-23"],
  /** Line heights of the zoom panel's labels and heading, past their size (sizes: src/render/typeScale.ts). */
  zoomLeading: 2,
  zoomTitleLeading: 3,
  /** How far a two-line call-out's top stands above its point, in lines of its size (ascent included), less the label rows' descent. */
  calloutRise: (21 - 2 + 1) / 12,
};

const SQUARE_KILOMETRES: Record<TerritoryRow["unit"], number> = { km2: 1, m2: 1e-6, "sq-mi": 2.589988110336 };

export function areaKm2(row: TerritoryRow): number {
  return row.value * SQUARE_KILOMETRES[row.unit];
}

export function isDerived(row: TerritoryRow): boolean {
  return row.unit !== "km2";
}

/** A figure in square metres measures a space far below the chart's resolution, and often another thing (conflict C5). */
export function isSquareMetres(row: TerritoryRow): boolean {
  return row.unit === "m2";
}

interface Point {
  readonly row: TerritoryRow;
  readonly date: Date;
  readonly km2: number;
}

function points(dataset: Dataset): Point[] {
  return dataset.territory.map((row) => ({ row, date: row.refers_to.date, km2: areaKm2(row) }));
}

function render(dataset: Dataset, options: ChartOptions): SVGSVGElement {
  const { document, locale, width, theme } = options;
  const t = strings[locale];
  const format = getFormat(locale);
  const narrow = isNarrow(width);
  const inner = panelWidth(width);
  const sizes = typeScale(width);
  const labelSize = sizes.annotation;
  const zoomLabelSize = sizes.annotation;
  const zoomLineHeight = zoomLabelSize + defaults.zoomLeading;
  const zoomTitleSize = sizes.annotation;
  const zoomTitleLineHeight = zoomTitleSize + defaults.zoomTitleLeading;
  const all = points(dataset);
  const ihs = all.filter((p) => p.row.series === "ihs");
  const others = all.filter((p) => p.row.series === "other");
  const peak = ihs[0];
  const lastIhs = ihs[ihs.length - 1];
  const end = others[others.length - 1];
  if (!peak || !end) throw new DataError([{ file: schema.territory.file, expected: "rows of both series, ihs and other" }]);
  const share = format.number(Math.round((1 - lastIhs.km2 / peak.km2) * 100)) + (locale === "fr" ? "\u202f%" : "%");
  const qualified = (p: Point) => `${t.qualifier[p.row.qualifier]}${format.area(p.km2)}`;
  const moments = defaults.keyMoments[narrow ? "narrow" : "wide"]
    .map((id) => dataset.events.find((event) => event.id === id))
    .filter((e) => e !== undefined);
  // Tick labels measured in the widest font of the stack: with DejaVu Sans, "100 000" needs 51 px.
  const left = yAxisMargin([format.number(100000)], narrow ? 44 : 50, sizes.tick);
  const x = pixels(defaults.domain, left, inner - 8);
  // Room above the plot for the key moments' label rows.
  // The peak's two-line call-out rises above the plot's top (its point is 9 % under it): at phone width the key
  // moments' lowest label row reaches over it, so the rows go up by what it rises past them.
  const plotHeight = defaults.height[narrow ? "narrow" : "wide"] - 34 - 24;
  const calloutRise = defaults.calloutRise * labelSize - (1 - peak.km2 / 100000) * plotHeight;
  const lift = narrow ? Math.max(0, Math.ceil(calloutRise)) : 0;
  const momentLabels = { locale, x, extent: inner, fontSize: sizes.annotation };
  const rows = keyMomentRows(moments, momentLabels);
  const margin = { top: 8 + lift + keyMomentRowHeight(sizes.annotation) * rows, right: 8, bottom: 24, left };
  const mainHeight = plotHeight + margin.top + margin.bottom;

  const halo = { stroke: theme.background, strokeWidth: 4, paintOrder: "stroke" } as const;
  // A label goes right of its point, or left when asked, or below when the right has no room.
  const annotation = (point: Point, text: string, side: "right" | "left" = "right", dy = 0) => {
    const widest = Math.max(...text.split("\n").map((line) => measureText(line, labelSize, "semibold")));
    const style = {
      x: "date",
      y: "km2",
      text: () => text,
      fontSize: labelSize,
      fontWeight: 600,
      fill: theme.text,
      ...halo,
    } as const;
    if (side === "left") return Plot.text([point], { ...style, textAnchor: "end", dx: -8, dy, lineAnchor: "bottom" });
    const room = inner - margin.right - x(point.date) - 8;
    if (room >= widest) return Plot.text([point], { ...style, textAnchor: "start", dx: 8, dy, lineAnchor: "bottom" });
    // Not enough room on the right: wrap to the room there is, centred on the point.
    const wrapped = text
      .split("\n")
      .flatMap((line) => wrapText(line, room, labelSize, "semibold"))
      .join("\n");
    return Plot.text([point], { ...style, text: () => wrapped, textAnchor: "start", dx: 8, dy: 0, lineAnchor: "middle" });
  };

  const main = Plot.plot({
    document,
    width: inner,
    height: mainHeight,
    marginTop: margin.top,
    marginRight: margin.right,
    marginBottom: margin.bottom,
    marginLeft: margin.left,
    x: { type: "utc", domain: defaults.domain, ticks: narrow ? 4 : 5, tickFormat: format.year, label: null },
    y: { domain: [0, 100000], ticks: 5, tickFormat: (v: number) => format.number(v), label: null, grid: true },
    marks: [
      Plot.gridY({ stroke: theme.grid, strokeOpacity: 1, ticks: 5 }),
      ...keyMoments(moments, { ...momentLabels, theme, y: [0, 100000], plotHeight, lift }),
      Plot.ruleY([0], { stroke: theme.rule }),
      // The IHS series measures the area IS held: the IS colour. The other estimates, on other
      // definitions, are context beside it: the neutral.
      Plot.line(ihs, { x: "date", y: "km2", stroke: theme.actors.is, strokeWidth: 2.5, className: actorClass("is") }),
      Plot.dot(ihs, { x: "date", y: "km2", fill: theme.actors.is, r: 3, className: actorClass("is") }),
      Plot.dot(
        others.filter((p) => !isSquareMetres(p.row)),
        { x: "date", y: "km2", stroke: theme.actors.neutral, fill: theme.background, strokeWidth: 1.5, r: 3 },
      ),
      Plot.dot(
        others.filter((p) => isSquareMetres(p.row)),
        { x: "date", y: "km2", symbol: "diamond", stroke: theme.muted, fill: theme.background, strokeWidth: 1.5, r: 3.5 },
      ),
      annotation(peak, `${t.peak(qualified(peak), format.month(peak.date))}\n${t.peakComparison}`),
      annotation(lastIhs, t.lost(qualified(lastIhs), format.month(lastIhs.date), share, format.month(peak.date))),
      // At phone width the zoom panel carries the end date; here it would collide.
      narrow ? null : annotation(end, t.end(format.day(end.date)), "left", -18),
    ],
  }) as SVGSVGElement;

  const zoomed = others.filter((p) => p.date >= defaults.zoomDomain[0]);
  const zoomMax = Math.ceil(Math.max(...zoomed.map((p) => p.km2)) / 10) * 10;
  // The panel's heading wraps where the widest font of the stack would not fit it on one line.
  const zoomTitle = wrapText(t.zoomTitle, inner, zoomTitleSize, "semibold");
  const titleRoom = (zoomTitle.length - 1) * zoomTitleLineHeight;
  const zoomMargin = { top: 28 + titleRoom, right: margin.right, bottom: 24, left: margin.left };
  const zoomX = pixels(defaults.zoomDomain, zoomMargin.left, inner - zoomMargin.right);
  const zoomHeight = defaults.zoomHeight[narrow ? "narrow" : "wide"] + titleRoom;
  const zoomY = (km2: number) => zoomHeight - zoomMargin.bottom - (km2 / zoomMax) * (zoomHeight - zoomMargin.top - zoomMargin.bottom);
  const areas = zoomed.filter((p) => !isSquareMetres(p.row));
  const squareMetres = zoomed.filter((p) => isSquareMetres(p.row));
  // Short value labels first, beside their points; the longer m² explanations then rise where there is
  // room, in whichever order of the two leaves every label nearer its own point.
  const values = zoomed.filter((p) => defaults.zoomLabels.includes(p.row.refers_to.iso));
  const place = (points: readonly Point[]) => {
    const lines = points.map((p) => labelFor(p).split("\n"));
    const placements = placeAvoiding(
      points.map((p, i) => ({
        x: zoomX(p.date),
        y: zoomY(p.km2),
        r: 4,
        lines: lines[i].length,
        width: Math.max(...lines[i].map((line) => measureText(line, zoomLabelSize))),
      })),
      // Every mark is an obstacle: a label may sit beside its own point but never on another.
      zoomed.map((p) => ({ x: zoomX(p.date), y: zoomY(p.km2), r: 4 })),
      { left: 0, right: inner, top: zoomMargin.top - 4, bottom: zoomY(0) },
      { lineHeight: zoomLineHeight },
    );
    return { points, lines, placements };
  };
  const [byDate, reversed] = [squareMetres, [...squareMetres].reverse()].map((order) => place([...values, ...order]));
  // A label that hangs over another labelled point reads as that point's: count it as far from home.
  const cost = ({ points, placements }: ReturnType<typeof place>) =>
    placementCost(placements) +
    placements.reduce(
      (sum, { box }, i) =>
        sum +
        10 * points.filter((p, j) => j !== i && box.left < zoomX(p.date) && zoomX(p.date) < box.right && box.bottom < zoomY(p.km2)).length,
      0,
    );
  const best = cost(reversed) < cost(byDate) ? reversed : byDate;
  const { points: labelled, lines: labelLines, placements: zoomPlaced } = best;
  const zoom = Plot.plot({
    document,
    width: inner,
    height: zoomHeight,
    marginTop: zoomMargin.top,
    marginRight: zoomMargin.right,
    marginBottom: zoomMargin.bottom,
    marginLeft: zoomMargin.left,
    x: {
      type: "utc",
      domain: defaults.zoomDomain,
      ticks: narrow ? 3 : 4,
      tickFormat: narrow ? format.monthShort : format.month,
      label: null,
    },
    y: { domain: [0, zoomMax], ticks: 3, tickFormat: (v: number) => format.number(v), label: null },
    marks: [
      Plot.text([zoomTitle.join("\n")], {
        frameAnchor: "top-left",
        dy: -22 - titleRoom,
        dx: -margin.left,
        fontSize: zoomTitleSize,
        lineHeight: zoomTitleLineHeight / zoomTitleSize,
        fontWeight: 600,
        fill: theme.text,
        textAnchor: "start",
        lineAnchor: "top",
      }),
      Plot.gridY({ stroke: theme.grid, strokeOpacity: 1, ticks: 3 }),
      Plot.ruleY([0], { stroke: theme.rule }),
      // Leaders from a point to a label that had to rise above it.
      ...labelled.map((p, i) => {
        const { leader, box, anchor } = zoomPlaced[i];
        if (!leader) return null;
        // The label's near bottom corner, from pixels back to data units.
        const [start, stop] = defaults.zoomDomain.map(Number);
        const px = anchor === "start" ? box.left : box.right;
        const date = new Date(start + ((px - zoomMargin.left) / (inner - zoomMargin.right - zoomMargin.left)) * (stop - start));
        const km2 = ((zoomY(0) - box.bottom) / (zoomY(0) - zoomY(zoomMax))) * zoomMax;
        return Plot.link([p], { x1: "date", y1: "km2", x2: () => date, y2: () => km2, stroke: theme.muted, strokeWidth: 0.75 });
      }),
      Plot.dot(areas, { x: "date", y: "km2", stroke: theme.actors.neutral, fill: theme.background, strokeWidth: 1.5, r: 3.5 }),
      Plot.dot(squareMetres, {
        x: "date",
        y: "km2",
        symbol: "diamond",
        stroke: theme.muted,
        fill: theme.background,
        strokeWidth: 1.5,
        r: 4,
      }),
      ...labelled.map((p, i) => {
        const { anchor, dx, dy } = zoomPlaced[i];
        return Plot.text([p], {
          x: "date",
          y: "km2",
          text: () => labelLines[i].join("\n"),
          textAnchor: anchor,
          dx,
          dy: dy - 3,
          lineAnchor: "bottom",
          lineHeight: zoomLineHeight / zoomLabelSize,
          fontSize: zoomLabelSize,
          fill: isSquareMetres(p.row) ? theme.muted : theme.text,
          ...halo,
        });
      }),
    ],
  }) as SVGSVGElement;

  function labelFor(p: Point): string {
    if (isSquareMetres(p.row)) return t.squareMetres(qualifiedArea(format, p.km2, p.row.unit, p.row.qualifier), p.row.scope);
    const value = qualifiedArea(format, p.km2, p.row.unit, p.row.qualifier);
    const original = isDerived(p.row) && p.row.unit === "sq-mi" ? ` (${format.number(p.row.value)}\u00a0mi²)` : "";
    return p.km2 === 0 ? t.zero(format.dayMonth(p.date)) : `${value}${original}`;
  }

  const provenance = chart.provenance(dataset);
  return figure({
    document,
    id: chart.id,
    width,
    theme,
    title: t.title,
    subtitle: t.subtitle,
    alt: t.alt({
      peak: qualified(peak),
      peakMonth: format.month(peak.date),
      lastIhs: qualified(lastIhs),
      lastIhsMonth: format.month(lastIhs.date),
      share,
      end: format.day(end.date),
    }),
    legend: [
      { symbol: "line", color: theme.actors.is, label: t.ihs, actorClass: actorClass("is") },
      { symbol: "hollow", color: theme.actors.neutral, label: t.others },
      { symbol: "diamond", color: theme.muted, label: t.squareMetresKey },
    ],
    panels: [main, zoom],
    // The C2, C5 and C8 notes are in the notebook text (charts/territory/notebook.*.md).
    ...provenanceFooter(provenance, locale, { conflicts: ["C1"], primary: ["ihs", "us-dod", "us-military", "sohr", "sdf"] }),
  });
}

export const chart: Chart = {
  id: "territory",
  tables: [schema.territory, schema.events, schema.sources, schema.organisations, schema.conflicts],
  strings,
  notebook,
  table: territoryTable,
  provenance: (dataset) => {
    const moments = dataset.events.filter((event) => defaults.keyMoments.wide.includes(event.id));
    const estimators = dataset.territory.map((row) => row.estimator);
    return provenanceOf(dataset, [...dataset.territory, ...moments], estimators);
  },
  render,
};
