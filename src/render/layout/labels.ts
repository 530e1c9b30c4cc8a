// Places labels beside anchor points so that no two overlap and none runs
// past the edges. Each label is tried to the right of its point, then to the
// left, one line higher at a time, until its box is free. Widths come from
// font metrics, so "free" means free on the page.

export interface LabelRequest {
  /** Anchor point in pixels. */
  readonly x: number;
  readonly y: number;
  /** Measured text width in pixels. */
  readonly width: number;
}

export interface PlacedLabel {
  /** How many steps above its anchor the label sits. */
  readonly row: number;
  readonly anchor: "start" | "end";
  /** The placed text box, in pixels. */
  readonly left: number;
  readonly right: number;
  readonly top: number;
  readonly bottom: number;
}

const defaults = {
  /** Space between the anchor point and the text. */
  offset: 4,
  /** Space kept between two labels. */
  gap: 4,
  /** Height of one label line, and of one step up. */
  lineHeight: 14,
};

export function placeLabels(
  requests: readonly LabelRequest[],
  extent: number,
  { offset = defaults.offset, gap = defaults.gap, lineHeight = defaults.lineHeight } = {},
): PlacedLabel[] {
  const placed: PlacedLabel[] = [];
  // Placed boxes by horizontal band of one line height: a box is compared only
  // with the boxes in the bands it spans, not with every box placed so far.
  const bands = new Map<number, PlacedLabel[]>();
  const bandsOf = (top: number, bottom: number) => {
    const first = Math.floor(top / lineHeight);
    const last = Math.ceil(bottom / lineHeight);
    return Array.from({ length: last - first + 1 }, (_, i) => first + i);
  };
  const free = (box: Omit<PlacedLabel, "row" | "anchor">) =>
    bandsOf(box.top, box.bottom).every((band) =>
      (bands.get(band) ?? []).every(
        (other) => box.right + gap <= other.left || box.left >= other.right + gap || box.bottom <= other.top || box.top >= other.bottom,
      ),
    );
  for (const { x, y, width } of requests) {
    const sides: Array<["start" | "end", number, number]> = [];
    if (x + offset + width <= extent) sides.push(["start", x + offset, x + offset + width]);
    if (x - offset - width >= 0) sides.push(["end", x - offset - width, x - offset]);
    if (sides.length === 0) sides.push(["start", 0, width]); // wider than the extent: start at the edge
    for (let row = 0; ; row++) {
      const bottom = y - offset - row * lineHeight;
      const fit = sides.map(([anchor, left, right]) => ({ anchor, left, right, top: bottom - lineHeight, bottom, row })).find(free);
      if (fit) {
        placed.push(fit);
        for (const band of bandsOf(fit.top, fit.bottom)) {
          const list = bands.get(band);
          if (list) list.push(fit);
          else bands.set(band, [fit]);
        }
        break;
      }
    }
  }
  return placed;
}
