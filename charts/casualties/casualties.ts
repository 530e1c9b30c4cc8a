// Chart 2: SOHR running tolls since 10 September 2018, one line per group,
// each labelled at its end. The lines join precise figures only (filled dots on
// known dates, hollow dots on inferred ones); rounded figures and minimums are
// triangles off the line, so a running total is never drawn going down.

import type { Dataset } from "../../data/load.js";
import type { CasualtyRow, EventRow, Group } from "../../data/schema.js";
import * as schema from "../../data/schema.js";
import { type Actor, actorClass } from "../../src/render/actors.js";
import type { Chart, ChartOptions } from "../../src/render/chart.js";
import { figure, isNarrow, panelWidth } from "../../src/render/figure.js";
import { stackedTickRoom, yAxisMargin } from "../../src/render/layout/axis.js";
import { dodge } from "../../src/render/layout/dodge.js";
import { pixels } from "../../src/render/layout/pixels.js";
import { getFormat } from "../../src/render/locale/index.js";
import { keyMomentRowHeight, keyMomentRows, keyMoments } from "../../src/render/marks/keyMoments.js";
import { Plot } from "../../src/render/plot.js";
import { provenanceFooter, provenanceOf } from "../../src/render/provenance.js";
import { measureText, wrapText } from "../../src/render/text/measure.js";
import type { Theme } from "../../src/render/theme.js";
import { DIRECT_LABEL_CLASS, typeScale } from "../../src/render/typeScale.js";
import { notebook } from "./casualties.notebook.js";
import { QUALIFIER_SYMBOL, strings } from "./casualties.strings.js";
import { splitAtGaps } from "./gaps.js";
import { casualtiesTable } from "./table.js";

const defaults = {
  height: { narrow: 300, wide: 340 },
  domain: [new Date(Date.UTC(2018, 8, 10)), new Date(Date.UTC(2019, 2, 23))] as [Date, Date],
  yMax: 1700,
  keyMoments: ["halt", "hajin-taken", "evacuation-pause", "final-assault"],
  /** The date whose tolls are called out on the lines (the Hajin report of 12 December 2018). */
  highlight: "2018-12-12",
  /** Civilians carry the package's emphasis: the widest line. */
  strokeWidth: { is: 2, sdf: 2, civilians: 2.5 } as Record<Group, number>,
  /** Shares of the plot's width the call-out heading may wrap within, narrowest first. */
  callout: [0.45, 0.5, 0.55, 0.6, 0.65, 0.7, 0.75, 0.8, 0.9],
  /** The call-out's heading line height, and the step of the figures under it, as multiples of its size (Plot's text layout). */
  calloutLine: 1,
  calloutStep: 1.15,
};

const GROUP_ORDER: readonly Group[] = ["is", "sdf", "civilians"];

/** A rounded figure or a lower bound: drawn apart from the line, since joining it could make a running total fall. */
export function isApproximate(row: CasualtyRow): boolean {
  return row.qualifier !== "exact";
}

/** Each group's actor: its colour comes from the package palette (src/render/actors.ts). */
const ACTOR: Record<Group, Actor> = { is: "is", sdf: "sdf", civilians: "civilians" };

function colour(theme: Theme, group: Group): string {
  return theme.actors[ACTOR[group]];
}

/** The top of the call-out's i-th figure, under a heading of that many lines of `size` (from the top of the plot). */
function figureTop(headingLines: number, i: number, size: number): number {
  return 4 + headingLines * defaults.calloutLine * size + 6 + i * defaults.calloutStep * size;
}

/**
 * The call-out's heading, wrapped in the empty top-left corner: the narrowest
 * wrap whose heading lines and figures (one per line under it) stay clear of
 * every mark. A narrow heading runs more lines and pushes the figures down
 * towards the lines' first dots; a wide one reaches the lines' later ones.
 */
function callout(
  text: string,
  figures: readonly string[],
  { left, top, plot, size }: { left: number; top: number; plot: number; size: number },
  marks: readonly { x: number; y: number; r: number }[],
): string[] {
  const gap = 2;
  const clear = (heading: string[]) => {
    const boxes = [
      ...heading.map((line, i) => ({ line, bold: true, top: top + 4 + i * defaults.calloutLine * size })),
      ...figures.map((line, i) => ({ line, bold: true, top: top + figureTop(heading.length, i, size) })),
    ].map(({ line, top: y0 }) => ({
      x0: left + 4,
      x1: left + 4 + measureText(line, size, "bold"),
      y0,
      y1: y0 + size,
    }));
    return boxes.every((box) =>
      marks.every((m) => {
        const nx = Math.max(box.x0, Math.min(m.x, box.x1));
        const ny = Math.max(box.y0, Math.min(m.y, box.y1));
        return (nx - m.x) ** 2 + (ny - m.y) ** 2 >= (m.r + gap) ** 2;
      }),
    );
  };
  const wraps = defaults.callout.map((share) => wrapText(text, share * plot, size, "bold"));
  return wraps.find(clear) ?? wraps[0];
}

const tickSize = (narrow: boolean) => (narrow ? 3 : 6);

function render(dataset: Dataset, options: ChartOptions): SVGSVGElement {
  const { document, locale, width, theme } = options;
  const t = strings[locale];
  const format = getFormat(locale);
  const narrow = isNarrow(width);
  const inner = panelWidth(width);
  const sizes = typeScale(width);
  const rows = dataset.casualties.map((row) => ({ ...row, date: row.refers_to.date }));
  type Point = (typeof rows)[number];
  const figureOf = (row: CasualtyRow) => `${QUALIFIER_SYMBOL[row.qualifier]}${format.number(row.value)}`;
  const last = GROUP_ORDER.map((group) => rows.filter((row) => row.group === group).at(-1) as Point);
  const endText = (row: Point) => `${figureOf(row)} ${(narrow ? t.groupShort : t.group)[row.group]}`;
  const margin = {
    right: 11 + Math.max(...last.map((row) => measureText(endText(row), sizes.directLabel, "semibold"))),
    // Tick labels measured in the widest font of the stack; shorter ticks at phone width keep the call-out clear
    // of the rings. Plot sets labels tickSize + tickPadding from the axis with its own 6 px tick, so the padding
    // below brings them in to where the margin's room for a 3 px tick expects them.
    left: yAxisMargin([0, 500, 1000, 1500].map(format.number), narrow ? 38 : 44, sizes.tick, tickSize(narrow)),
    // At phone width January's year goes on a second line: "janv. 2019" crowded "déc." and "févr." in DejaVu Sans.
    bottom: 24 + (narrow ? stackedTickRoom(2, sizes.tick) : 0),
  };
  const x = pixels(defaults.domain, margin.left, inner - margin.right);
  // A key moment outside the axis (the schema allows any date of the story) is not this chart's to mark.
  const moments = defaults.keyMoments
    .map((id) => dataset.events.find((event) => event.id === id))
    .filter((e): e is EventRow => e !== undefined && e.date.date >= defaults.domain[0] && e.date.date <= defaults.domain[1]);
  const momentLabels = { locale, x, extent: inner, fontSize: sizes.annotation };
  const marginTop = 8 + keyMomentRowHeight(sizes.annotation) * keyMomentRows(moments, momentLabels);
  // Taller by the stacked ticks' room, so the plot keeps its height.
  const height = defaults.height[narrow ? "narrow" : "wide"] + margin.bottom - 24;
  const y = (value: number) => height - margin.bottom - (value / defaults.yMax) * (height - margin.bottom - marginTop);
  const endY = dodge(
    last.map((row) => y(row.value)),
    sizes.directLabel + 3,
  );
  const halo = { stroke: theme.background, strokeWidth: 4, paintOrder: "stroke" } as const;
  const highlighted = rows.filter((row) => row.refers_to.iso === defaults.highlight).sort((a, b) => b.value - a.value);
  const heading = callout(
    t.highlight(format.day(highlighted[0]?.date ?? rows[0].date)),
    highlighted.map(endText),
    { left: margin.left, top: marginTop, plot: inner - margin.left - margin.right, size: sizes.annotation },
    [
      ...rows.map((row) => ({ x: x(row.date), y: y(row.value), r: 3.5 })),
      ...highlighted.map((row) => ({ x: x(row.date), y: y(row.value), r: 6.5 })),
    ],
  );

  const panel = Plot.plot({
    document,
    width: inner,
    height,
    marginTop,
    marginRight: margin.right,
    marginBottom: margin.bottom,
    marginLeft: margin.left,
    x: {
      type: "utc",
      domain: defaults.domain,
      ticks: narrow ? 4 : 7,
      tickFormat: narrow ? format.monthStacked : format.monthShort,
      label: null,
    },
    y: {
      domain: [0, defaults.yMax],
      ticks: 4,
      tickSize: tickSize(narrow),
      tickPadding: 3 - (6 - tickSize(narrow)),
      tickFormat: (v: number) => format.number(v),
      label: null,
    },
    marks: [
      ...keyMoments(moments, { ...momentLabels, theme, y: [0, defaults.yMax], plotHeight: height - marginTop - margin.bottom }),
      Plot.gridY({ stroke: theme.grid, strokeOpacity: 1, ticks: 4 }),
      Plot.ruleY([0], { stroke: theme.rule }),
      // The line joins precise figures only; rounded figures and minimums are triangles beside it.
      // Across more than three weeks without a figure it is dashed (gaps.ts).
      ...GROUP_ORDER.flatMap((group) => {
        const { solid, gaps } = splitAtGaps(rows.filter((row) => row.group === group && !isApproximate(row)));
        const line = { x: "date", y: "value", z: "run", stroke: colour(theme, group), className: actorClass(ACTOR[group]) };
        return [
          Plot.line(solid, { ...line, strokeWidth: defaults.strokeWidth[group] }),
          Plot.line(gaps, { ...line, strokeWidth: 1.5, strokeDasharray: "4 3" }),
        ];
      }),
      ...GROUP_ORDER.map((group) =>
        Plot.dot(
          rows.filter((row) => row.group === group && !isApproximate(row)),
          {
            x: "date",
            y: "value",
            r: 3,
            stroke: colour(theme, group),
            strokeWidth: 1.5,
            fill: (row: Point) => (row.date_status === "inferred" ? theme.background : colour(theme, group)),
            className: actorClass(ACTOR[group]),
          },
        ),
      ),
      ...GROUP_ORDER.map((group) =>
        Plot.dot(
          rows.filter((row) => row.group === group && isApproximate(row)),
          {
            x: "date",
            y: "value",
            r: 3.5,
            symbol: "triangle",
            stroke: colour(theme, group),
            strokeWidth: 1.5,
            fill: theme.background,
            className: actorClass(ACTOR[group]),
          },
        ),
      ),
      // The 12 December tolls: rings on the lines, figures in the empty top-left corner.
      ...GROUP_ORDER.map((group) =>
        Plot.dot(
          highlighted.filter((row) => row.group === group),
          { x: "date", y: "value", r: 6.5, stroke: colour(theme, group), strokeWidth: 1.5, className: actorClass(ACTOR[group]) },
        ),
      ),
      Plot.text([heading.join("\n")], {
        frameAnchor: "top-left",
        dx: 4,
        dy: 4,
        lineAnchor: "top",
        fontSize: sizes.annotation,
        fontWeight: 700,
        fill: theme.text,
        ...halo,
      }),
      ...highlighted.map((row, i) =>
        Plot.text([row], {
          frameAnchor: "top-left",
          dx: 4,
          dy: figureTop(heading.length, i, sizes.annotation),
          lineAnchor: "top",
          text: () => endText(row),
          fontSize: sizes.annotation,
          fontWeight: 700,
          fill: colour(theme, row.group),
          className: actorClass(ACTOR[row.group]),
          ...halo,
        }),
      ),
      // End labels sit in the right margin, nudged apart so they never touch.
      ...last.map((row, i) =>
        Plot.text([row], {
          x: "date",
          y: "value",
          text: () => endText(row),
          textAnchor: "start",
          dx: 9,
          dy: endY[i] - y(row.value),
          lineAnchor: "middle",
          fontSize: sizes.directLabel,
          fontWeight: 600,
          fill: colour(theme, row.group),
          className: `${actorClass(ACTOR[row.group])} ${DIRECT_LABEL_CLASS}`,
        }),
      ),
    ],
  }) as SVGSVGElement;

  const provenance = chart.provenance(dataset);
  // The alt text says qualifiers in words ("plus de 630"): a screen reader reads "≈" and ">" as symbols (F30).
  const inWords = (row: CasualtyRow) => `${t.qualifier[row.qualifier]}${format.number(row.value)}`;
  const final = (group: Group) => inWords(last[GROUP_ORDER.indexOf(group)]);
  return figure({
    document,
    id: chart.id,
    width,
    theme,
    title: t.title,
    subtitle: t.subtitle,
    alt: t.alt({
      sdf: final("sdf"),
      is: final("is"),
      civilians: final("civilians"),
      december: highlighted.map((row) => `${inWords(row)} ${t.group[row.group]}`).join(", "),
    }),
    legend: [
      { symbol: "dot", color: theme.muted, label: t.exact },
      { symbol: "hollow", color: theme.muted, label: t.inferred },
      { symbol: "triangle", color: theme.muted, label: t.approximate },
      { symbol: "dashed", color: theme.muted, label: t.gap },
    ],
    panels: [panel],
    // Why rounded figures stand apart is told in the notebook text beside the data table (notebook.*.md).
    ...provenanceFooter(provenance, locale, { conflicts: ["C10", "C7"] }),
  });
}

export const chart: Chart = {
  id: "casualties",
  tables: [schema.casualties, schema.events, schema.sources, schema.organisations, schema.conflicts],
  strings,
  notebook,
  table: casualtiesTable,
  provenance: (dataset) => {
    const moments = dataset.events.filter((event) => defaults.keyMoments.includes(event.id));
    return provenanceOf(dataset, [...dataset.casualties, ...moments], ["sohr"]);
  },
  render,
};
