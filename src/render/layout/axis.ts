// Room for Plot's axes, measured: a left margin that holds the widest y tick
// label, and the height of stacked (two-line) x tick labels. Plot draws its
// axes at 10 px, with 6 px ticks and 3 px of padding; a panel is its own
// viewport, so a label wider than the margin is clipped, not overflowing.

import { measureText } from "../text/measure.js";

const defaults = { fontSize: 10, tickSize: 6, tickPadding: 3, lineHeight: 12 };

/** A left margin at least `minimum` wide that holds every label, in the widest font of the stack, beside ticks of `tickSize`. */
export function yAxisMargin(labels: readonly string[], minimum: number, tickSize = defaults.tickSize): number {
  const widest = Math.max(0, ...labels.map((label) => measureText(label, defaults.fontSize)));
  return Math.max(minimum, Math.ceil(widest + tickSize + defaults.tickPadding + 1));
}

/** Extra bottom margin for x tick labels of `lines` lines, over the one-line default. */
export function stackedTickRoom(lines: number): number {
  return Math.max(0, lines - 1) * defaults.lineHeight;
}
