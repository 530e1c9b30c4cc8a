// Renders two SVGs to PNG and compares them pixel by pixel, for reviewing a
// snapshot failure: before, after, and a diff image with changes in red.

import { Resvg } from "@resvg/resvg-js";
import pixelmatch from "pixelmatch";
import { PNG } from "pngjs";
import { fontOptions } from "../png.js";

export interface PixelDiff {
  readonly before: Buffer;
  readonly after: Buffer;
  readonly diff: Buffer;
  /** Share of pixels that differ, from 0 to 1, on the larger of the two canvases. */
  readonly changed: number;
}

function rasterize(svg: string): PNG {
  const image = new Resvg(svg, { font: fontOptions }).render();
  const png = new PNG({ width: image.width, height: image.height });
  png.data = Buffer.from(image.pixels);
  return png;
}

/** Copies `image` onto a transparent canvas of the given size, so images of different heights compare. */
function pad(image: PNG, width: number, height: number): PNG {
  const canvas = new PNG({ width, height });
  PNG.bitblt(image, canvas, 0, 0, image.width, image.height, 0, 0);
  return canvas;
}

export function pixelDiff(beforeSvg: string, afterSvg: string): PixelDiff {
  const [before, after] = [rasterize(beforeSvg), rasterize(afterSvg)];
  const width = Math.max(before.width, after.width);
  const height = Math.max(before.height, after.height);
  const diff = new PNG({ width, height });
  const differing = pixelmatch(pad(before, width, height).data, pad(after, width, height).data, diff.data, width, height, {
    threshold: 0.1,
  });
  return {
    before: PNG.sync.write(before),
    after: PNG.sync.write(after),
    diff: PNG.sync.write(diff),
    changed: differing / (width * height),
  };
}
