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
  /** How far the label is from its preferred spot: 0 beside its point, more as it rises or moves aside. */
  readonly cost: number;
  /** False when no candidate was free and the label fell back to a spot that may cover a mark (or a label). */
  readonly clear: boolean;
  readonly box: { readonly left: number; readonly right: number; readonly top: number; readonly bottom: number };
}

const defaults = { offset: 5, lineHeight: 13, gap: 2, steps: 14, unclear: 1000 };

export function placeAvoiding(
  requests: readonly AvoidRequest[],
  marks: readonly Mark[],
  bounds: { readonly left: number; readonly right: number; readonly top: number; readonly bottom: number },
  { offset = defaults.offset, lineHeight = defaults.lineHeight, gap = defaults.gap, steps = defaults.steps } = {},
): AvoidPlacement[] {
  const placed: AvoidPlacement["box"][] = [];
  const leaders: [number, number, number, number][] = [];
  // Two segments cross when each one's ends lie on either side of the other.
  const side = (ax: number, ay: number, bx: number, by: number, px: number, py: number) =>
    Math.sign((bx - ax) * (py - ay) - (by - ay) * (px - ax));
  const crosses = ([a, b, c, d]: readonly number[], [e, f, g, h]: readonly number[]) =>
    side(a, b, c, d, e, f) * side(a, b, c, d, g, h) < 0 && side(e, f, g, h, a, b) * side(e, f, g, h, c, d) < 0;
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
    // Candidates, cheapest first: the four corners, then higher and further aside (with a leader).
    const tries: Omit<AvoidPlacement, "box" | "clear">[] = [
      { anchor: "start", dx: offset, dy: offset + height, leader: false, cost: 0.5 },
      { anchor: "end", dx: -offset, dy: offset + height, leader: false, cost: 0.5 },
    ];
    for (let step = 0; step <= steps; step++) {
      for (const shift of [0, 20, 40, 60, 90, 120]) {
        const dy = -offset - step * lineHeight;
        const leader = step > 0 || shift > 0;
        const cost = step + shift / 20;
        tries.push({ anchor: "start", dx: offset + shift, dy, leader, cost }, { anchor: "end", dx: -offset - shift, dy, leader, cost });
      }
    }
    tries.sort((a, b) => a.cost - b.cost);
    const boxOf = (t: Omit<AvoidPlacement, "box" | "clear">) => {
      const x = request.x + t.dx;
      const bottom = request.y + t.dy;
      return t.anchor === "start"
        ? { left: x, right: x + request.width, top: bottom - height, bottom }
        : { left: x - request.width, right: x, top: bottom - height, bottom };
    };
    // A leader runs from the point to the label's near bottom corner; it must cross no other label or leader.
    const leaderCrosses = (t: AvoidPlacement) => {
      if (!t.leader) return false;
      const [x2, y2] = [t.anchor === "start" ? t.box.left : t.box.right, t.box.bottom];
      if (leaders.some((other) => crosses(other, [request.x, request.y, x2, y2]))) return true;
      const segment = [request.x, request.y, x2, y2] as const;
      return placed.some((o) => {
        const [l, r, t2, b] = [o.left - gap, o.right + gap, o.top - gap, o.bottom + gap];
        const inBox = (x: number, y: number) => x > l && x < r && y > t2 && y < b;
        if (inBox(segment[0], segment[1]) || inBox(x2, y2)) return true;
        const edges = [
          [l, t2, r, t2],
          [r, t2, r, b],
          [l, b, r, b],
          [l, t2, l, b],
        ];
        return edges.some((edge) => crosses(edge, segment));
      });
    };
    const boxed = tries.map((t) => ({ ...t, clear: true, box: boxOf(t) }));
    const fallback = (t: AvoidPlacement | undefined) => t && { ...t, clear: false };
    const fit = boxed.find((t) => inside(t.box) && !hitsMark(t.box, request) && !hitsLabel(t.box) && !leaderCrosses(t)) ??
      // Nowhere free: clear of labels at least, else the first corner that stays inside, so nothing is clipped.
      fallback(boxed.find((t) => inside(t.box) && !hitsLabel(t.box))) ??
      fallback(boxed.find((t) => inside(t.box))) ?? { ...boxed[0], clear: false };
    placed.push(fit.box);
    if (fit.leader) leaders.push([request.x, request.y, fit.anchor === "start" ? fit.box.left : fit.box.right, fit.box.bottom]);
    return fit;
  });
}

/** Total distance of a placement from every label's preferred spot, to compare two orders of placing; a label that found no free spot outweighs any distance. */
export function placementCost(placements: readonly AvoidPlacement[]): number {
  return placements.reduce((sum, p) => sum + p.cost + (p.clear ? 0 : defaults.unclear), 0);
}
