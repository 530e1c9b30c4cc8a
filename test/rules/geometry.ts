// Reads the geometry a reader sees out of a rendered chart: label boxes,
// dots and line paths, in the coordinates of the panel that holds them.
// Text boxes come from the shipped font's metrics (as the layout uses them).

import type { FontWeight } from "../../src/render/text/font.js";
import { measureText } from "../../src/render/text/measure.js";

export interface Box {
  readonly text: string;
  /** The point the label was placed at, before its offset: its datum's position. */
  readonly anchor: readonly [number, number];
  /** The mark it belongs to, when the chart names it (data-datum on the text or a parent). */
  readonly datum: string | null;
  readonly x0: number;
  readonly x1: number;
  readonly y0: number;
  readonly y1: number;
}

export interface Dot {
  readonly cx: number;
  readonly cy: number;
  readonly r: number;
  /** The datum it draws, when the chart names it (data-datum on the circle or a parent). */
  readonly datum: string | null;
}

const translation = (element: Element): [number, number] => {
  const match = /translate\(([-\d.]+)[, ]\s*([-\d.]+)\)/.exec(element.getAttribute("transform") ?? "");
  return match ? [Number(match[1]), Number(match[2])] : [0, 0];
};

/** Sum of the translations from `element` up to (not including) its panel. */
function offset(element: Element, panel: Element): [number, number] {
  let [x, y] = [0, 0];
  for (let node: Element | null = element.parentElement; node && node !== panel; node = node.parentElement) {
    const [dx, dy] = translation(node);
    x += dx;
    y += dy;
  }
  return [x, y];
}

const inherited = (element: Element, name: string): string | null => {
  for (let node: Element | null = element; node; node = node.parentElement) {
    const value = node.getAttribute(name);
    if (value !== null) return value;
  }
  return null;
};

const em = (value: string | null, size: number) =>
  value === null ? 0 : value.endsWith("em") ? Number.parseFloat(value) * size : Number.parseFloat(value);

function weightOf(element: Element): FontWeight {
  const weight = inherited(element, "font-weight");
  return weight === "700" || weight === "bold" ? "bold" : weight === "600" ? "semibold" : "regular";
}

/** The panels of a figure: the nested <svg> elements. */
export function panels(figure: SVGSVGElement): Element[] {
  return [...figure.children].filter((child) => child.localName === "svg");
}

/** Every line of text in a panel as a box (ascender to descender, by its anchor). */
export function textBoxes(panel: Element): Box[] {
  const boxes: Box[] = [];
  for (const text of panel.querySelectorAll("text")) {
    const size = Number(inherited(text, "font-size") ?? 10);
    const anchorName = inherited(text, "text-anchor") ?? "start";
    const [ox, oy] = offset(text, panel);
    const [tx, ty] = translation(text);
    const x = Number(text.getAttribute("x") ?? 0) + tx;
    const lines = text.querySelectorAll("tspan").length > 0 ? [...text.querySelectorAll("tspan")] : [text];
    let baseline = ty + em(text.getAttribute("y"), size);
    for (const [i, line] of lines.entries()) {
      if (line !== text) {
        if (line.getAttribute("y") !== null) baseline = ty + em(line.getAttribute("y"), size);
        else if (i > 0) baseline += em(line.getAttribute("dy"), size);
      }
      const content = line.textContent ?? "";
      if (content.trim() === "") continue;
      const width = measureText(content, size, weightOf(line));
      const left = anchorName === "end" ? x - width : anchorName === "middle" ? x - width / 2 : x;
      boxes.push({
        text: content,
        anchor: [tx, ty],
        datum: inherited(line, "data-datum"),
        x0: ox + left,
        x1: ox + left + width,
        y0: oy + baseline - 0.75 * size,
        y1: oy + baseline + 0.2 * size,
      });
    }
  }
  return boxes;
}

export function dots(panel: Element): Dot[] {
  return [...panel.querySelectorAll("circle")].map((circle) => {
    const [ox, oy] = offset(circle, panel);
    const [tx, ty] = translation(circle);
    return {
      cx: ox + tx + Number(circle.getAttribute("cx") ?? 0),
      cy: oy + ty + Number(circle.getAttribute("cy") ?? 0),
      r: Number(circle.getAttribute("r") ?? 0),
      datum: inherited(circle, "data-datum"),
    };
  });
}

/** True when the circle's disc and the box share any area. */
export function covers(box: Box, dot: Dot): boolean {
  const nearestX = Math.max(box.x0, Math.min(dot.cx, box.x1));
  const nearestY = Math.max(box.y0, Math.min(dot.cy, box.y1));
  return (nearestX - dot.cx) ** 2 + (nearestY - dot.cy) ** 2 < dot.r ** 2;
}

/**
 * Every label box that covers a dot of another datum, as a sentence. A label is
 * its dot's when it was placed at the dot's position (Plot's text marks), or
 * when both name the same datum (data-datum: a numbered badge and its number).
 */
export function hiddenMarks(figure: SVGSVGElement): string[] {
  const hidden: string[] = [];
  for (const [p, panel] of panels(figure).entries()) {
    const marks = dots(panel);
    for (const box of textBoxes(panel)) {
      for (const dot of marks) {
        const own = Math.hypot(dot.cx - box.anchor[0], dot.cy - box.anchor[1]) < 1 || (box.datum !== null && box.datum === dot.datum);
        if (!own && covers(box, dot)) hidden.push(`panel ${p}: "${box.text}" covers the dot at ${dot.cx},${dot.cy}`);
      }
    }
  }
  return hidden;
}

/**
 * The points of each series drawn as lines, by stroke colour: a series may be
 * drawn as several marks (solid runs, dashed gaps) and several paths each.
 * Sorted by x, so a series reads left to right whatever its marks.
 */
export function lineSeries(panel: Element, label = "line"): Map<string, [number, number][]> {
  const series = new Map<string, [number, number][]>();
  for (const group of panel.querySelectorAll(`g[aria-label="${label}"], g[data-mark="${label}"]`)) {
    const stroke = group.getAttribute("stroke") ?? "";
    const points = series.get(stroke) ?? [];
    for (const path of group.querySelectorAll("path"))
      points.push(
        ...[...(path.getAttribute("d") ?? "").matchAll(/[ML]\s*([-\d.]+)[, ]\s*([-\d.]+)/g)].map((m): [number, number] => [
          Number(m[1]),
          Number(m[2]),
        ]),
      );
    series.set(stroke, points);
  }
  for (const points of series.values()) points.sort((a, b) => a[0] - b[0] || a[1] - b[1]);
  return series;
}

/** Every line of text that runs outside its panel (a nested <svg> clips it there), measured in the widest font of the stack. */
export function clippedText(figure: SVGSVGElement): string[] {
  const clipped: string[] = [];
  for (const [p, panel] of panels(figure).entries()) {
    const width = Number(panel.getAttribute("width"));
    const height = Number(panel.getAttribute("height"));
    for (const box of textBoxes(panel))
      if (box.x0 < -0.5 || box.x1 > width + 0.5 || box.y0 < -0.5 || box.y1 > height + 0.5)
        clipped.push(
          `panel ${p}: "${box.text}" spans x ${box.x0.toFixed(1)}–${box.x1.toFixed(1)}, y ${box.y0.toFixed(1)}–${box.y1.toFixed(1)} of ${width}×${height}`,
        );
  }
  return clipped;
}

/** Pairs of text lines whose boxes overlap, in the widest font of the stack (a halo and its text count once). */
export function overlappingText(figure: SVGSVGElement): string[] {
  const overlaps: string[] = [];
  for (const [p, panel] of panels(figure).entries()) {
    const key = (box: Box) => `${box.text}@${box.x0.toFixed(1)},${box.y0.toFixed(1)}`;
    const boxes = [...new Map(textBoxes(panel).map((box) => [key(box), box])).values()];
    for (const [i, a] of boxes.entries())
      for (const b of boxes.slice(i + 1))
        if (Math.min(a.x1, b.x1) - Math.max(a.x0, b.x0) > 0.5 && Math.min(a.y1, b.y1) - Math.max(a.y0, b.y0) > 0.5)
          overlaps.push(`panel ${p}: "${a.text}" overlaps "${b.text}"`);
  }
  return overlaps;
}
