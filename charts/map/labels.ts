// Label placement on the map. Every label is a measured box; a box is free
// when it stays inside the panel, clear of the river (sampled every 2 px)
// and of every box placed before it. Labels try their candidate positions in
// order and take the first free one, so nothing ever overlaps.

import type { FontWeight } from "../../src/render/text/font.js";
import { measureText } from "../../src/render/text/measure.js";

export interface Box {
  readonly left: number;
  readonly right: number;
  readonly top: number;
  readonly bottom: number;
}

export interface Label extends Box {
  readonly text: string;
  /** Baseline and anchor, as the text element is written. */
  readonly x: number;
  readonly y: number;
  readonly anchor: "start" | "middle" | "end";
  readonly size: number;
  readonly weight: FontWeight;
}

const defaults = {
  /** Clearance kept around the river, in pixels. */
  riverClearance: 2,
  /** Clearance between two labels. */
  gap: 3,
  /** Ascent and descent of the font, as fractions of its size. */
  ascent: 0.72,
  descent: 0.24,
};

/** The box `text` covers when written at (x, y) with the given anchor. */
export function labelAt(text: string, x: number, y: number, anchor: Label["anchor"], size: number, weight: FontWeight = "regular"): Label {
  const width = measureText(text, size, weight);
  const left = anchor === "start" ? x : anchor === "end" ? x - width : x - width / 2;
  return {
    text,
    x,
    y,
    anchor,
    size,
    weight,
    left,
    right: left + width,
    top: y - size * defaults.ascent,
    bottom: y + size * defaults.descent,
  };
}

export function overlaps(a: Box, b: Box, gap = 0): boolean {
  return !(a.right + gap <= b.left || b.right + gap <= a.left || a.bottom + gap <= b.top || b.bottom + gap <= a.top);
}

export class Placer {
  readonly placed: Box[] = [];
  constructor(
    private readonly width: number,
    private readonly height: number,
    private readonly river: readonly (readonly [number, number])[],
  ) {}

  isFree(box: Box): boolean {
    const c = defaults.riverClearance;
    if (box.left < 0 || box.top < 0 || box.right > this.width || box.bottom > this.height) return false;
    if (this.river.some(([x, y]) => x >= box.left - c && x <= box.right + c && y >= box.top - c && y <= box.bottom + c)) return false;
    return this.placed.every((other) => !overlaps(box, other, defaults.gap));
  }

  /** Reserves a box (an inset, a scale bar) that labels must avoid. */
  reserve(box: Box): void {
    this.placed.push(box);
  }

  /** Places the first free candidate, or none. */
  place<T extends Box>(candidates: readonly T[]): T | undefined {
    const free = candidates.find((candidate) => this.isFree(candidate));
    if (free) this.placed.push(free);
    return free;
  }
}

/** Candidate positions for a place name around a point: right, left, then above and below on either side. */
export function around(text: string, [x, y]: readonly [number, number], size: number, weight: FontWeight, offset = 5): Label[] {
  const middle = y + size * 0.32;
  return [
    labelAt(text, x + offset, middle, "start", size, weight),
    labelAt(text, x - offset, middle, "end", size, weight),
    labelAt(text, x + offset * 0.7, y - offset * 0.7, "start", size, weight),
    labelAt(text, x + offset * 0.7, y + offset * 0.7 + size * 0.72, "start", size, weight),
    labelAt(text, x - offset * 0.7, y - offset * 0.7, "end", size, weight),
    labelAt(text, x - offset * 0.7, y + offset * 0.7 + size * 0.72, "end", size, weight),
    labelAt(text, x, y - offset - size * 0.24, "middle", size, weight),
    labelAt(text, x, y + offset + size * 0.72, "middle", size, weight),
  ];
}
