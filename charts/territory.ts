// Chart 1: territory lost from the 2015 peak. The IHS series is a line; the
// estimates made on other definitions are hollow dots, never joined to it
// (conflict C2). A second panel zooms in on the last months.

import type { Dataset } from "../data/load.js";
import type { TerritoryRow } from "../data/schema.js";
import * as schema from "../data/schema.js";
import type { Chart, ChartOptions } from "../src/chart.js";
import { DataError } from "../src/errors.js";
import { figure, isNarrow, panelWidth } from "../src/figure.js";
import { placeLabels } from "../src/layout/labels.js";
import { pixels } from "../src/layout/pixels.js";
import { getFormat } from "../src/locale/index.js";
import { keyMoments } from "../src/marks/keyMoments.js";
import { Plot } from "../src/plot.js";
import { conflictNotes, provenanceOf, sourceLine } from "../src/provenance.js";
import { measureText, wrapText } from "../src/text/measure.js";
import { qualifiedArea, strings } from "./territory.strings.js";

const defaults = {
  height: { narrow: 250, wide: 300 },
  zoomHeight: { narrow: 170, wide: 190 },
  domain: [new Date(Date.UTC(2015, 0, 1)), new Date(Date.UTC(2019, 3, 1))] as [Date, Date],
  zoomDomain: [new Date(Date.UTC(2018, 10, 20)), new Date(Date.UTC(2019, 2, 31))] as [Date, Date],
  /** Events (data/events.csv) marked on the main panel. */
  keyMoments: ["mosul", "launch"],
  /** Estimates (by date) labelled with their value in the zoom panel. */
  zoomLabels: ["2018-12", "2019-01-15", "2019-02-10", "2019-03-23"],
  labelSize: 12,
};

const SQUARE_KILOMETRES: Record<TerritoryRow["unit"], number> = { km2: 1, m2: 1e-6, "sq-mi": 2.589988110336 };

export function areaKm2(row: TerritoryRow): number {
  return row.value * SQUARE_KILOMETRES[row.unit];
}

export function isDerived(row: TerritoryRow): boolean {
  return row.unit !== "km2";
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
  const all = points(dataset);
  const ihs = all.filter((p) => p.row.series === "ihs");
  const others = all.filter((p) => p.row.series === "other");
  const peak = ihs[0];
  const lastIhs = ihs[ihs.length - 1];
  const end = others[others.length - 1];
  if (!peak || !end) throw new DataError([{ file: schema.territory.file, expected: "rows of both series, ihs and other" }]);
  const share = format.number(Math.round((1 - lastIhs.km2 / peak.km2) * 100)) + (locale === "fr" ? "\u202f%" : "%");
  const moments = defaults.keyMoments.map((id) => dataset.events.find((event) => event.id === id)).filter((e) => e !== undefined);
  const margin = { top: 34, right: 8, bottom: 24, left: narrow ? 44 : 50 };
  const x = pixels(defaults.domain, margin.left, inner - margin.right);
  const mainHeight = defaults.height[narrow ? "narrow" : "wide"];

  const halo = { stroke: theme.background, strokeWidth: 4, paintOrder: "stroke" } as const;
  // A label goes right of its point, or left when asked, or below when the right has no room.
  const annotation = (point: Point, text: string, side: "right" | "left" = "right", dy = 0) => {
    const widest = Math.max(...text.split("\n").map((line) => measureText(line, defaults.labelSize, "semibold")));
    const style = {
      x: "date",
      y: "km2",
      text: () => text,
      fontSize: defaults.labelSize,
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
      .flatMap((line) => wrapText(line, room, defaults.labelSize, "semibold"))
      .join("\n");
    return Plot.text([point], { ...style, text: () => wrapped, textAnchor: "start", dx: 8, dy: 0, lineAnchor: "middle" });
  };

  const main = Plot.plot({
    document,
    width: inner,
    height: defaults.height[narrow ? "narrow" : "wide"],
    marginTop: margin.top,
    marginRight: margin.right,
    marginBottom: margin.bottom,
    marginLeft: margin.left,
    x: { type: "utc", domain: defaults.domain, ticks: narrow ? 4 : 5, tickFormat: format.year, label: null },
    y: { domain: [0, 100000], ticks: 5, tickFormat: (v: number) => format.number(v), label: null, grid: true },
    marks: [
      Plot.gridY({ stroke: theme.grid, strokeOpacity: 1, ticks: 5 }),
      ...keyMoments(moments, { locale, theme, x, extent: inner, y: [0, 100000], plotHeight: mainHeight - margin.top - margin.bottom }),
      Plot.ruleY([0], { stroke: theme.rule }),
      Plot.line(ihs, { x: "date", y: "km2", stroke: theme.accent, strokeWidth: 2.5 }),
      Plot.dot(ihs, { x: "date", y: "km2", fill: theme.accent, r: 3 }),
      Plot.dot(others, { x: "date", y: "km2", stroke: theme.secondary, fill: theme.background, strokeWidth: 1.5, r: 3 }),
      annotation(peak, `${t.peak(format.area(peak.km2), format.month(peak.date))}\n${t.peakComparison}`),
      annotation(lastIhs, t.lost(format.area(lastIhs.km2), format.month(lastIhs.date), share)),
      // At phone width the zoom panel carries the end date; here it would collide.
      narrow ? null : annotation(end, t.end(format.day(end.date)), "left", -18),
    ],
  }) as SVGSVGElement;

  const zoomed = others.filter((p) => p.date >= defaults.zoomDomain[0]);
  const zoomMax = Math.ceil(Math.max(...zoomed.map((p) => p.km2)) / 10) * 10;
  const zoomMargin = { top: 28, right: margin.right, bottom: 24, left: margin.left };
  const zoomX = pixels(defaults.zoomDomain, zoomMargin.left, inner - zoomMargin.right);
  const labelled = zoomed.filter((p) => defaults.zoomLabels.includes(p.row.refers_to.iso));
  const zoomHeight = defaults.zoomHeight[narrow ? "narrow" : "wide"];
  const zoomY = (km2: number) => zoomHeight - zoomMargin.bottom - (km2 / zoomMax) * (zoomHeight - zoomMargin.top - zoomMargin.bottom);
  const zoomPlaced = placeLabels(
    labelled.map((p) => ({ x: zoomX(p.date), y: zoomY(p.km2), width: measureText(labelFor(p), 11) })),
    inner - zoomMargin.right,
  );
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
      Plot.text([t.zoomTitle], {
        frameAnchor: "top-left",
        dy: -22,
        dx: -margin.left,
        fontSize: 12,
        fontWeight: 600,
        fill: theme.text,
        textAnchor: "start",
        lineAnchor: "top",
      }),
      Plot.gridY({ stroke: theme.grid, strokeOpacity: 1, ticks: 3 }),
      Plot.ruleY([0], { stroke: theme.rule }),
      Plot.dot(zoomed, { x: "date", y: "km2", stroke: theme.secondary, fill: theme.background, strokeWidth: 1.5, r: 3.5 }),
      ...labelled.map((p, i) => {
        const { anchor, row } = zoomPlaced[i];
        return Plot.text([p], {
          x: "date",
          y: "km2",
          text: labelFor,
          textAnchor: anchor,
          dx: anchor === "start" ? 2 : -2,
          dy: -4 - row * 14,
          lineAnchor: "bottom",
          fontSize: 11,
          fill: theme.text,
          ...halo,
        });
      }),
    ],
  }) as SVGSVGElement;

  function labelFor(p: Point): string {
    const value = qualifiedArea(format, p.km2, p.row.unit, p.row.qualifier);
    const original = isDerived(p.row) && p.row.unit === "sq-mi" ? ` (${format.number(p.row.value)}\u00a0mi²)` : "";
    const camp = p.row.scope === "camp" ? `, ${t.camp}` : "";
    return p.km2 === 0 ? t.zero(format.dayMonth(p.date)) : `${value}${original}${camp}`;
  }

  const provenance = territoryChart.provenance(dataset);
  return figure({
    document,
    id: territoryChart.id,
    width,
    theme,
    title: t.title,
    subtitle: t.subtitle,
    alt: t.alt({
      peak: format.area(peak.km2),
      peakMonth: format.month(peak.date),
      lastIhs: format.area(lastIhs.km2),
      lastIhsMonth: format.month(lastIhs.date),
      share,
      end: format.day(end.date),
    }),
    legend: [
      { symbol: "line", color: theme.accent, label: t.ihs },
      { symbol: "hollow", color: theme.secondary, label: t.others },
    ],
    panels: [main, zoom],
    notes: conflictNotes(provenance, locale),
    source: sourceLine(provenance, locale),
  });
}

export const territoryChart: Chart = {
  id: "territory",
  tables: [schema.territory, schema.events, schema.sources, schema.organisations, schema.conflicts],
  strings,
  provenance: (dataset) => {
    const moments = dataset.events.filter((event) => defaults.keyMoments.includes(event.id));
    const estimators = dataset.territory.map((row) => row.estimator);
    return provenanceOf(dataset, [...dataset.territory, ...moments], estimators);
  },
  render,
};
