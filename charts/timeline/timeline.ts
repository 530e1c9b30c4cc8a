// Chart 3: the timeline of the offensive, 10 September 2018 to 23 March 2019.
// A vertical time axis reads at phone and desktop widths alike. Plot has no
// layout for measured, wrapped labels that must never overlap, so this chart
// is laid out with d3: each label block is measured with the shipped font's
// metrics and pushed down just enough to clear the one above it.

import { scaleUtc, select, utcMonth } from "d3";
import type { Dataset } from "../../data/load.js";
import type { EventRow } from "../../data/schema.js";
import * as schema from "../../data/schema.js";
import { type Actor, actorClass } from "../../src/render/actors.js";
import type { Chart, ChartOptions } from "../../src/render/chart.js";
import { svgElement } from "../../src/render/dom.js";
import { figure, isNarrow, panelWidth } from "../../src/render/figure.js";
import { type Format, getFormat } from "../../src/render/locale/index.js";
import { provenanceFooter, provenanceOf } from "../../src/render/provenance.js";
import { measureText, wrapText } from "../../src/render/text/measure.js";
import type { Theme } from "../../src/render/theme.js";
import { DIRECT_LABEL_CLASS, typeScale } from "../../src/render/typeScale.js";
import { eventDays } from "./days.js";
import { timelineTable } from "./table.js";
import { notebook } from "./timeline.notebook.js";
import { strings, type TimelineStrings } from "./timeline.strings.js";

const defaults = {
  domain: [new Date(Date.UTC(2018, 8, 10)), new Date(Date.UTC(2019, 2, 23))] as [Date, Date],
  /** Pixels per day before labels push things down. */
  dayHeight: { narrow: 3.2, wide: 3.6 },
  /** Events that stand out: bigger dot, their head larger, bold and in their actor's colour. */
  highlights: ["final-assault", "baghouz-falls"],
  /** Heads stand above the type scale's direct-label size, descriptions at its annotation size. */
  highlightSize: 15,
  lineHeight: 1.25,
  gap: 8,
};

/**
 * Colour by actor, as in every chart of the package (src/render/actors.ts): the
 * SDF's offensives and captures, IS's counter-attacks, civilians, and statements
 * in the neutral. A pause is nobody's act: its dot takes the rule's grey.
 */
type Category = EventRow["category"];
const ACTOR: Record<Exclude<Category, "pause">, Actor> = {
  offensive: "sdf",
  capture: "sdf",
  "counter-attack": "is",
  civilians: "civilians",
  political: "neutral",
};

function actorOf(event: Pick<EventRow, "category">): Actor | null {
  return event.category === "pause" ? null : ACTOR[event.category];
}

function colour(theme: Theme, event: Pick<EventRow, "category">): string {
  const actor = actorOf(event);
  return actor ? theme.actors[actor] : theme.rule;
}

function classOf(event: Pick<EventRow, "category">): string | null {
  const actor = actorOf(event);
  return actor ? actorClass(actor) : null;
}

/** Events on the timeline: importance 1 at every width, 2 as well when wide. */
export function timelineEvents(dataset: Dataset, narrow: boolean): EventRow[] {
  const [start, end] = defaults.domain;
  return dataset.events.filter(
    (e) => e.date.date >= start && e.date.date <= end && (e.importance === "1" || (!narrow && e.importance === "2")),
  );
}

function dateText(event: EventRow, format: Format, t: TimelineStrings): string {
  return `${eventDays(event, format, t)} · ${event[`place_${format.locale}`]}`;
}

interface Line {
  readonly text: string;
  readonly size: number;
  readonly weight: 400 | 600 | 700;
  readonly fill: string;
  readonly className?: string;
}

/** A label never ends on a lone word ("annoncée le / 11"): the word before it comes down too, when that fits. */
function withoutWidow(lines: string[], width: number, size: number): string[] {
  if (lines.length < 2 || (lines.at(-1) as string).includes(" ")) return lines;
  const previous = (lines.at(-2) as string).split(" ");
  if (previous.length < 2) return lines;
  const last = `${previous.pop()} ${lines.at(-1)}`;
  if (measureText(last, size, "bold") > width) return lines;
  return [...lines.slice(0, -2), previous.join(" "), last];
}

function render(dataset: Dataset, options: ChartOptions): SVGSVGElement {
  const { document, locale, width, theme } = options;
  const t = strings[locale];
  const format = getFormat(locale);
  const narrow = isNarrow(width);
  const inner = panelWidth(width);
  const sizes = typeScale(width);
  const dateSize = sizes.annotation;
  const events = timelineEvents(dataset, narrow);
  const months = utcMonth.range(utcMonth.ceil(defaults.domain[0]), defaults.domain[1]);
  const axisX = 8 + Math.max(...months.map((m) => measureText(format.monthShort(m), sizes.tick)));
  const textX = axisX + 16;
  const textWidth = inner - textX;
  const top = 8;
  const days = (+defaults.domain[1] - +defaults.domain[0]) / 864e5;
  const y = scaleUtc(defaults.domain, [top, top + days * defaults.dayHeight[narrow ? "narrow" : "wide"]]);

  // Each block: a date line, the label, and (when wide) the description, all wrapped to the column.
  const blocks = events.map((event) => {
    const highlight = defaults.highlights.includes(event.id);
    const size = highlight ? defaults.highlightSize : sizes.directLabel;
    const lines: Line[] = [
      { text: dateText(event, format, t), size: dateSize, weight: 400, fill: theme.muted },
      ...withoutWidow(wrapText(event[`label_${locale}`], textWidth, size, "bold"), textWidth, size).map(
        (text) =>
          ({
            text,
            size,
            weight: highlight ? 700 : 600,
            fill: highlight ? colour(theme, event) : theme.text,
            className: [highlight ? classOf(event) : null, DIRECT_LABEL_CLASS].filter(Boolean).join(" "),
          }) as const,
      ),
      ...(narrow ? [] : wrapText(event[`description_${locale}`], textWidth, sizes.annotation)).map(
        (text) =>
          ({
            text,
            size: sizes.annotation,
            weight: 400,
            fill: theme.muted,
          }) as const,
      ),
    ];
    const height = lines.reduce((sum, line) => sum + line.size * defaults.lineHeight, 0);
    return { event, lines, height, anchor: y(event.date.date), highlight };
  });
  // Push each block down until it clears the one above; a block never sits above its own date.
  let floor = 0;
  const placed = blocks.map((block) => {
    const blockTop = Math.max(block.anchor - dateSize, floor);
    floor = blockTop + block.height + defaults.gap;
    return { ...block, top: blockTop };
  });
  // The axis is then warped through the placed blocks: each date sits beside its
  // block, and stretches with room to spare keep their proportional length.
  const dotY = (block: (typeof placed)[number]) => block.top + dateSize * 0.65;
  const knots = placed.filter((block, i) => i === 0 || +block.event.date.date > +placed[i - 1].event.date.date);
  const last = placed[placed.length - 1];
  const endY = Math.max(dotY(last), y(defaults.domain[1]));
  const warped = scaleUtc(
    [
      defaults.domain[0],
      ...knots.map((b) => b.event.date.date).filter((d) => +d > +defaults.domain[0] && +d < +defaults.domain[1]),
      defaults.domain[1],
    ],
    [
      dotY(placed[0]),
      ...knots.filter((b) => +b.event.date.date > +defaults.domain[0] && +b.event.date.date < +defaults.domain[1]).map(dotY),
      endY,
    ],
  );
  const height = Math.ceil(Math.max(floor, endY + 8));

  const panel = svgElement(document, "svg", { width: inner, height, viewBox: `0 0 ${inner} ${height}` });
  const root = select(panel);
  // Pauses: shaded spans across the column, from first to last day.
  root
    .selectAll("rect")
    .data(events.filter((e) => e.category === "pause" && e.end))
    .join((enter) => enter.append("rect"))
    .attr("x", axisX - 6)
    .attr("width", inner - axisX + 6)
    .attr("y", (e) => warped(e.date.date) - 6)
    .attr("height", (e) => warped(e.end?.date ?? e.date.date) - warped(e.date.date) + 12)
    .attr("fill", theme.span);
  root.append("line").attr("x1", axisX).attr("x2", axisX).attr("y1", dotY(placed[0])).attr("y2", endY).attr("stroke", theme.rule);
  const ticks = root.append("g").attr("font-size", sizes.tick).attr("fill", theme.muted).attr("text-anchor", "end");
  for (const month of months) {
    const at = warped(month);
    ticks
      .append("line")
      .attr("x1", axisX - 4)
      .attr("x2", axisX)
      .attr("y1", at)
      .attr("y2", at)
      .attr("stroke", theme.rule);
    ticks
      .append("text")
      .attr("x", axisX - 7)
      .attr("y", at + 4)
      .text(format.monthShort(month));
  }
  for (const block of placed) {
    const { event } = block;
    const fill = colour(theme, event);
    // The event's marks carry its actor (read by test/rules); its plain heads and dates stay in the text colours.
    const g = root.append("g");
    const at = dotY(block);
    // The connector first, so the event's dot is drawn over it.
    g.append("line")
      .attr("x1", axisX)
      .attr("x2", textX - 4)
      .attr("y1", at)
      .attr("y2", at)
      .attr("stroke", theme.grid);
    const marks = g.append("g").attr("class", classOf(event));
    if (event.alt_date) {
      const other = warped(event.alt_date.date);
      marks
        .append("line")
        .attr("x1", axisX)
        .attr("x2", axisX)
        .attr("y1", at)
        .attr("y2", other)
        .attr("stroke", fill)
        .attr("stroke-width", 3);
      marks
        .append("circle")
        .attr("cx", axisX)
        .attr("cy", other)
        .attr("r", 3.5)
        .attr("fill", theme.background)
        .attr("stroke", fill)
        .attr("stroke-width", 1.5);
    }
    // A date worked out from relative wording gets a hollow dot, as in the casualties chart.
    const inferred = event.date_status === "inferred";
    marks
      .append("circle")
      .attr("cx", axisX)
      .attr("cy", at)
      .attr("r", block.highlight ? 6 : 4)
      .attr("fill", inferred ? theme.background : fill)
      .attr("stroke", inferred ? fill : null)
      .attr("stroke-width", inferred ? 1.5 : null);
    let baseline = block.top;
    for (const [i, line] of block.lines.entries()) {
      baseline += line.size * (i === 0 ? 1 : defaults.lineHeight);
      g.append("text")
        .attr("x", textX)
        .attr("y", baseline)
        .attr("font-size", line.size)
        .attr("font-weight", line.weight === 400 ? null : line.weight)
        .attr("fill", line.fill)
        .attr("class", line.className || null)
        .text(line.text);
    }
  }

  const provenance = chart.provenance(dataset);
  // One key entry per actor, naming the kinds of event it stands for ("offensive, capture").
  const shown = (Object.keys(ACTOR) as (keyof typeof ACTOR)[]).filter((c) => events.some((e) => e.category === c));
  const actors = [...new Set(shown.map((c) => ACTOR[c]))];
  const hajin = dataset.events.find((e) => e.id === "hajin-taken");
  return figure({
    document,
    id: chart.id,
    width,
    theme,
    title: t.title,
    subtitle: t.subtitle,
    alt: t.alt({
      start: format.day(defaults.domain[0]),
      end: format.day(defaults.domain[1]),
      hajin: hajin ? format.day(hajin.date.date) : "",
    }),
    legend: [
      ...actors.map(
        (actor) =>
          ({
            symbol: "dot",
            color: theme.actors[actor],
            label: shown
              .filter((c) => ACTOR[c] === actor)
              .map((c) => t.category[c])
              .join(", "),
            actorClass: actorClass(actor),
          }) as const,
      ),
      { symbol: "span", color: theme.span, label: t.category.pause },
      ...(events.some((e) => e.date_status === "inferred")
        ? [{ symbol: "hollow", color: theme.muted, label: t.inferredKey } as const]
        : []),
    ],
    panels: [panel],
    // The conflicts (C6, C8, C9, C10) are told in the events' descriptions and the notebook text.
    ...provenanceFooter(provenance, locale, {
      before: [t.scaleNote],
      conflicts: [],
      primary: ["sohr", "sdf", "afp", "ap", "reuters", "airwars"],
    }),
  });
}

export const chart: Chart = {
  id: "timeline",
  tables: [schema.events, schema.sources, schema.organisations, schema.conflicts],
  strings,
  notebook,
  table: timelineTable,
  // The wide timeline shows every event the narrow one does, and more.
  provenance: (dataset) => provenanceOf(dataset, timelineEvents(dataset, false)),
  render,
};
