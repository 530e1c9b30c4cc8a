// Renders two snapshots to PNG and compares them pixel by pixel, for
// reviewing a failure: before, after, and a diff image with changes in red.
// An HTML snapshot (a Plot <figure>) is drawn as its <svg> elements stacked.

import { Resvg } from "@resvg/resvg-js";
import { JSDOM } from "jsdom";
import pixelmatch from "pixelmatch";
import { PNG } from "pngjs";
import { fontOptions } from "../publish/png.js";
import { serialize } from "../render/serialize.js";

const defaults = {
  background: "white",
  /** Space between the drawings of a figure's <svg> elements. */
  gap: 8,
};

export interface PixelDiff {
  readonly before: Buffer;
  readonly after: Buffer;
  readonly diff: Buffer;
  /** Share of pixels that differ, from 0 to 1, on the larger of the two canvases. */
  readonly changed: number;
}

/** The SVG documents to draw: the text itself, or each outermost <svg> of an HTML snapshot. */
export function drawableSvgs(text: string): string[] {
  if (/^\s*<svg[\s>]/.test(text)) return [text];
  const { document } = new JSDOM(text).window;
  return [...document.querySelectorAll("svg")]
    .filter((svg) => svg.parentElement?.closest("svg") == null)
    .map((svg) => serialize(svg, svg.id || "review"));
}

function parseColor(color: string): [number, number, number, number] {
  const png = new Resvg(
    `<svg xmlns="http://www.w3.org/2000/svg" width="1" height="1"><rect width="1" height="1" fill="${color}"/></svg>`,
  ).render();
  const [r, g, b, a] = png.pixels;
  return [r, g, b, a];
}

function canvas(width: number, height: number, background: string): PNG {
  const png = new PNG({ width, height });
  const [r, g, b, a] = parseColor(background);
  for (let i = 0; i < png.data.length; i += 4) png.data.set([r, g, b, a], i);
  return png;
}

/** Draws a snapshot: one SVG, or a figure's SVGs one below the other, on the background colour. */
function rasterize(text: string, background: string): PNG {
  const images = drawableSvgs(text).map((svg) => new Resvg(svg, { font: fontOptions, background }).render());
  if (images.length === 0) return canvas(1, 1, background);
  const width = Math.max(...images.map((image) => image.width));
  const height = images.reduce((sum, image) => sum + image.height, 0) + defaults.gap * (images.length - 1);
  const out = canvas(width, height, background);
  let top = 0;
  for (const image of images) {
    const png = new PNG({ width: image.width, height: image.height });
    png.data = Buffer.from(image.pixels);
    PNG.bitblt(png, out, 0, 0, image.width, image.height, 0, top);
    top += image.height + defaults.gap;
  }
  return out;
}

/** Copies `image` onto a canvas of the given size, so images of different heights compare. */
function pad(image: PNG, width: number, height: number, background: string): PNG {
  const out = canvas(width, height, background);
  PNG.bitblt(image, out, 0, 0, image.width, image.height, 0, 0);
  return out;
}

export function pixelDiff(beforeText: string, afterText: string, { background = defaults.background } = {}): PixelDiff {
  const [before, after] = [rasterize(beforeText, background), rasterize(afterText, background)];
  const width = Math.max(before.width, after.width);
  const height = Math.max(before.height, after.height);
  const diff = new PNG({ width, height });
  const differing = pixelmatch(
    pad(before, width, height, background).data,
    pad(after, width, height, background).data,
    diff.data,
    width,
    height,
    { threshold: 0.1 },
  );
  return {
    before: PNG.sync.write(before),
    after: PNG.sync.write(after),
    diff: PNG.sync.write(diff),
    changed: differing / (width * height),
  };
}
