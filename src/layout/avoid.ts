// Places labels beside their points so that no label covers another datum's
// mark or another label, and none leaves the plot. Each label tries the four
// corners of its point, then rises one line at a time (the chart draws a
// leader from the point to a label that rose), until it finds a free box.

export interface Mark {
  readonly x: number;
  readonly y: number;
  /** Radius in pixels, symbol included. */
  readonly r: number;
}

export interface AvoidRequest extends Mark {
  /** Widest line, and number of lines, of the label. */
  readonly width: number;
  readonly lines: number;
}

export interface AvoidPlacement {
  readonly anchor: "start" | "end";
  /** Offset of the label's bottom-start (or bottom-end) corner from its point. */
  readonly dx: number;
  readonly dy: number;
  /** True when the label rose above its point and needs a leader line. */
  readonly leader: boolean;
  readonly box: { readonly left: number; readonly right: number; readonly top: number; readonly bottom: number };
}

const defaults = { offset: 5, lineHeight: 13, gap: 2, steps: 14 };

export function placeAvoiding(
  requests: readonly AvoidRequest[],
  marks: readonly Mark[],
  bounds: { readonly left: number; readonly right: number; readonly top: number; readonly bottom: number },
  { offset = defaults.offset, lineHeight = defaults.lineHeight, gap = defaults.gap, steps = defaults.steps } = {},
): AvoidPlacement[] {
  const placed: AvoidPlacement["box"][] = [];
  const hitsMark = (box: AvoidPlacement["box"], own: Mark) =>
    marks.some((m) => {
      if (m.x === own.x && m.y === own.y) return false;
      const nx = Math.max(box.left, Math.min(m.x, box.right));
      const ny = Math.max(box.top, Math.min(m.y, box.bottom));
      return (nx - m.x) ** 2 + (ny - m.y) ** 2 < (m.r + gap) ** 2;
    });
  const hitsLabel = (box: AvoidPlacement["box"]) =>
    placed.some((o) => !(box.right + gap <= o.left || box.left >= o.right + gap || box.bottom + gap <= o.top || box.top >= o.bottom + gap));
  const inside = (box: AvoidPlacement["box"]) =>
    box.left >= bounds.left && box.right <= bounds.right && box.top >= bounds.top && box.bottom <= bounds.bottom;
  return requests.map((request) => {
    const height = request.lines * lineHeight;
    const tries: Omit<AvoidPlacement, "box">[] = [];
    for (let step = 0; step <= steps; step++) {
      const dy = -offset - step * lineHeight;
      tries.push({ anchor: "start", dx: offset, dy, leader: step > 0 }, { anchor: "end", dx: -offset, dy, leader: step > 0 });
      if (step === 0)
        tries.push(
          { anchor: "start", dx: offset, dy: offset + height, leader: false },
          { anchor: "end", dx: -offset, dy: offset + height, leader: false },
        );
    }
    const boxOf = (t: Omit<AvoidPlacement, "box">) => {
      const x = request.x + t.dx;
      const bottom = request.y + t.dy;
      return t.anchor === "start"
        ? { left: x, right: x + request.width, top: bottom - height, bottom }
        : { left: x - request.width, right: x, top: bottom - height, bottom };
    };
    const fit = tries.map((t) => ({ ...t, box: boxOf(t) })).find((t) => inside(t.box) && !hitsMark(t.box, request) && !hitsLabel(t.box)) ??
      // Nowhere free: the first corner that stays inside, so nothing is clipped.
      tries.map((t) => ({ ...t, box: boxOf(t) })).find((t) => inside(t.box)) ?? { ...tries[0], box: boxOf(tries[0]) };
    placed.push(fit.box);
    return fit;
  });
}
