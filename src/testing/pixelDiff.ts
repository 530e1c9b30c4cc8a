// Renders two snapshots to PNG and compares them pixel by pixel, for
// reviewing a failure: before, after, and a diff image with changes in red.
// An HTML snapshot (a Plot <figure>) is drawn as its <svg> elements stacked.
// It runs when a chart changed, which is when a width may have blown up: the
// canvas is bounded (both versions drawn smaller, at one scale, past
// `maxPixels`) and a snapshot past `maxBytes` is refused, so a CI runner
// fails with a message instead of being killed for memory.

import { Resvg } from "@resvg/resvg-js";
import { JSDOM } from "jsdom";
import pixelmatch from "pixelmatch";
import { PNG } from "pngjs";
import { fontOptions } from "../publish/png.js";
import { maxNesting } from "../render/depth.js";
import { serialize } from "../render/serialize.js";
import { isTextNestedDeeper } from "./textDepth.js";

const defaults = {
  background: "white",
  /** Space between the drawings of a figure's <svg> elements. */
  gap: 8,
  /** Pixels of the common canvas (before, after and diff are each that size at most): 16 megapixels is 64 MB per image. */
  maxPixels: 16_000_000,
  /** Longest snapshot drawn: the charts here are under 100 kB, and parsing 50 MB of text takes minutes. */
  maxBytes: 8 * 1024 * 1024,
};

/** The default largest canvas, in pixels. */
export const pixelLimit = defaults.maxPixels;

export interface PixelDiffOptions {
  /** Colour behind the drawings (default: white). */
  readonly background?: string;
  /** Largest canvas drawn, in pixels (default: 16 megapixels); past it both versions are drawn smaller. */
  readonly maxPixels?: number;
  /** Longest snapshot drawn, in bytes of UTF-8 (default: 8 MB); past it pixelDiff throws. */
  readonly maxBytes?: number;
}

export interface PixelDiff {
  readonly before: Buffer;
  readonly after: Buffer;
  readonly diff: Buffer;
  /** Share of pixels that differ, from 0 to 1, on the larger of the two canvases. */
  readonly changed: number;
  /** The scale the versions were drawn at: 1, or less when their common canvas was past `maxPixels`. */
  readonly scale: number;
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
  // Buffer.fill repeats the 4-byte pixel: a loop over a 16-megapixel canvas took seconds.
  png.data.fill(Buffer.from(parseColor(background)));
  return png;
}

/**
 * The largest scale, at most 1, at which a `width` × `height` canvas fits in
 * `maxPixels`, counting the pixel each side may gain when resvg rounds it up.
 */
export function scaleToFit(width: number, height: number, maxPixels: number): number {
  if (width * height <= maxPixels) return 1;
  // The positive root of (width·s + 1)(height·s + 1) = maxPixels.
  const [a, b, c] = [width * height, width + height, 1 - maxPixels];
  return Math.max(0, (-b + Math.sqrt(b * b - 4 * a * c)) / (2 * a));
}

function formatBytes(bytes: number): string {
  if (bytes < 1024) return `${bytes} B`;
  if (bytes < 1024 * 1024) return `${(bytes / 1024).toFixed(1)} kB`;
  return `${(bytes / 1024 / 1024).toFixed(1)} MB`;
}

/** Throws when a snapshot is too long or too deeply nested to draw, before any parser sees it. */
function refuseUndrawable(text: string, which: string, maxBytes: number): void {
  const bytes = Buffer.byteLength(text);
  if (bytes > maxBytes)
    throw new Error(`the ${which} version is ${formatBytes(bytes)}, expected at most ${formatBytes(maxBytes)} to draw it`);
  if (isTextNestedDeeper(text))
    throw new Error(`the ${which} version has nesting deeper than ${maxNesting} levels, expected at most ${maxNesting}`);
}

/** A snapshot's SVGs, parsed but not drawn: parsing gives each one's size without allocating its pixels. */
function parse(text: string, background: string): { svg: string; image: Resvg }[] {
  return drawableSvgs(text).map((svg) => ({ svg, image: new Resvg(svg, { font: fontOptions, background }) }));
}

/** The canvas a figure's SVGs need, one below the other. */
function canvasSize(images: readonly { width: number; height: number }[]): [number, number] {
  const width = Math.max(0, ...images.map((image) => image.width));
  const height = images.reduce((sum, image) => sum + image.height, 0) + defaults.gap * Math.max(0, images.length - 1);
  return [width, height];
}

/** Draws a snapshot at `scale`: one SVG, or a figure's SVGs one below the other, on the background colour. */
function rasterize(parsed: readonly { svg: string; image: Resvg }[], scale: number, background: string): PNG {
  const images = parsed.map(({ svg, image }) =>
    (scale === 1 ? image : new Resvg(svg, { font: fontOptions, background, fitTo: { mode: "zoom", value: scale } })).render(),
  );
  if (images.length === 0) return canvas(1, 1, background);
  const [width, height] = canvasSize(images);
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

export function pixelDiff(beforeText: string, afterText: string, options: PixelDiffOptions = {}): PixelDiff {
  const { background = defaults.background, maxPixels = defaults.maxPixels, maxBytes = defaults.maxBytes } = options;
  refuseUndrawable(beforeText, "before", maxBytes);
  refuseUndrawable(afterText, "after", maxBytes);
  const [parsedBefore, parsedAfter] = [parse(beforeText, background), parse(afterText, background)];
  // One scale for both, from the canvas they are compared on, so that their pixels still line up.
  const [beforeWidth, beforeHeight] = canvasSize(parsedBefore.map(({ image }) => image));
  const [afterWidth, afterHeight] = canvasSize(parsedAfter.map(({ image }) => image));
  const scale = scaleToFit(Math.max(beforeWidth, afterWidth), Math.max(beforeHeight, afterHeight), maxPixels);
  const [before, after] = [rasterize(parsedBefore, scale, background), rasterize(parsedAfter, scale, background)];
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
    scale,
  };
}
