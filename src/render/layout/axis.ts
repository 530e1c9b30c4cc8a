// Room for Plot's axes, measured: a left margin that holds the widest y tick
// label, and the height of stacked (two-line) x tick labels. The figure sets a
// panel's axes to the type scale's tick size (src/render/typeScale.ts); Plot
// draws 6 px ticks and 3 px of padding; a panel is its own viewport, so a
// label wider than the margin is clipped, not overflowing.

import { measureText } from "../text/measure.js";

const defaults = { tickSize: 6, tickPadding: 3, /** Plot sets stacked tick lines 1.2 em apart. */ lineHeight: 1.2 };

/** A left margin at least `minimum` wide that holds every label of `fontSize`, in the widest font of the stack, beside ticks of `tickSize`. */
export function yAxisMargin(labels: readonly string[], minimum: number, fontSize: number, tickSize = defaults.tickSize): number {
  const widest = Math.max(0, ...labels.map((label) => measureText(label, fontSize)));
  return Math.max(minimum, Math.ceil(widest + tickSize + defaults.tickPadding + 1));
}

/** Extra bottom margin for x tick labels of `lines` lines of `fontSize`, over the one-line default. */
export function stackedTickRoom(lines: number, fontSize: number): number {
  return Math.ceil(Math.max(0, lines - 1) * defaults.lineHeight * fontSize);
}
