// Key moments on a time axis: a dashed rule for a day, a shaded span for a
// period such as a pause, each with its label above the plot. Labels are
// measured and put in rows so none overlaps another, and each rule reaches up
// to its own label so it cannot be read as its neighbour's.

import type { EventRow } from "../../../data/schema.js";
import { placeLabels } from "../layout/labels.js";
import type { Locale } from "../locale/index.js";
import { Plot } from "../plot.js";
import { measureText } from "../text/measure.js";
import type { Theme } from "../theme.js";
import { halo } from "./halo.js";

// Labels come in at the type scale's annotation size (src/render/typeScale.ts); a row is that plus its leading.
const defaults = { leading: 3, offset: 4 };

export interface KeyMomentOptions {
  readonly locale: Locale;
  readonly theme: Theme;
  /** The labels' size: the type scale's annotation size at the figure's width. */
  readonly fontSize: number;
  /** Maps a date to its x pixel in the plot, as the plot's x scale does. */
  readonly x: (date: Date) => number;
  /** Right edge available to labels, in pixels. */
  readonly extent: number;
  /** The y domain's top and bottom, in data units. */
  readonly y: readonly [number, number];
  /** Height in pixels of the y range, to reach label rows above the plot. */
  readonly plotHeight: number;
  /** Extra pixels between the plot's top and the lowest label row, for a call-out that rises above the plot. */
  readonly lift?: number;
}

/** How many label rows `events` need above the plot, for its top margin. */
export function keyMomentRows(
  events: readonly EventRow[],
  { locale, x, extent, fontSize }: Pick<KeyMomentOptions, "locale" | "x" | "extent" | "fontSize">,
): number {
  return Math.max(0, ...place(events, locale, x, extent, fontSize).map((p) => p.row + 1));
}

/** The height of one label row at this size, for a chart's top margin. */
export function keyMomentRowHeight(fontSize: number): number {
  return fontSize + defaults.leading;
}

export function keyMoments(
  events: readonly EventRow[],
  { locale, theme, x, extent, y: [bottom, top], plotHeight, lift = 0, fontSize }: KeyMomentOptions,
): Plot.Markish[] {
  const unitsPerPixel = (top - bottom) / plotHeight;
  const rowHeight = keyMomentRowHeight(fontSize);
  const placed = place(events, locale, x, extent, fontSize).map((p, i) => ({ ...p, event: events[i], date: events[i].date.date }));
  const spans = placed.filter((p) => p.event.end);
  return [
    Plot.rectX(spans, { x1: "date", x2: (p) => p.event.end?.date, y1: bottom, y2: top, fill: theme.span }),
    // A link, not a rule: it runs from the baseline up past the plot's top to the label's row.
    ...placed.map((p) =>
      Plot.link([p], {
        x1: "date",
        x2: "date",
        y1: bottom,
        y2: top + (lift + p.row * rowHeight + 12) * unitsPerPixel,
        stroke: theme.rule,
        strokeDasharray: p.event.end ? undefined : "2,3",
      }),
    ),
    ...placed.map((p) =>
      Plot.text([p], {
        x: "date",
        y: top,
        text: () => p.event[`label_${locale}`],
        textAnchor: p.anchor,
        // From the placed box, not the point: a label too wide for either side starts at the panel's edge.
        dx: (p.anchor === "start" ? p.left : p.right) - x(p.date),
        dy: -defaults.offset - lift - p.row * rowHeight,
        lineAnchor: "bottom",
        fontSize,
        fill: theme.muted,
        // A halo masks the rules of higher rows where they pass behind this label.
        ...halo(theme.background),
      }),
    ),
  ];
}

function place(events: readonly EventRow[], locale: Locale, x: (date: Date) => number, extent: number, fontSize: number) {
  const requests = events.map((event) => ({
    x: x(event.date.date),
    y: 0,
    width: measureText(event[`label_${locale}`], fontSize),
  }));
  return placeLabels(requests, extent, { offset: defaults.offset, lineHeight: keyMomentRowHeight(fontSize) });
}
