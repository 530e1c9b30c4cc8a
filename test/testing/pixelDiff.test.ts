// pixelDiff()'s bounds (review D7): a chart whose size blew up must fail with
// a message, not take the machine's memory. The limits are tested with small
// drawings and small limits, or just past the default, never by drawing a
// huge canvas.

import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { pixelDiff, writeReview } from "last-pocket/testing";
import { PNG } from "pngjs";
import { expect, onTestFinished, test } from "vitest";
import { scaleToFit } from "../../src/testing/pixelDiff.js";

const box = (width: number, height: number, fill = "red") =>
  `<svg xmlns="http://www.w3.org/2000/svg" width="${width}" height="${height}"><rect width="${width / 2}" height="${height}" fill="${fill}"/></svg>`;
const size = (png: Buffer) => {
  const { width, height } = PNG.sync.read(png);
  return [width, height];
};

test("scaleToFit() is 1 for a canvas within the pixel budget, and shrinks a larger one to fit it", () => {
  expect(scaleToFit(4000, 4000, 16_000_000)).toBe(1);
  expect(scaleToFit(0, 0, 16_000_000), "an empty canvas").toBe(1);
  const scale = scaleToFit(60_000, 60_000, 16_000_000);
  expect(scale).toBeLessThan(1);
  expect(Math.ceil(60_000 * scale) ** 2, "pixels of the scaled canvas").toBeLessThanOrEqual(16_000_000);
  expect(Math.ceil(60_000 * scale), "side of the scaled canvas").toBeGreaterThan(3_990);
});

test("pixelDiff() draws both versions at one scale when their common canvas is past maxPixels, and says so", () => {
  const diff = pixelDiff(box(100, 100), box(200, 400, "blue"), { maxPixels: 20_000 });
  // The common canvas is 200 × 400 = 80,000 pixels: both drawn at half their size.
  expect(diff.scale).toBeGreaterThan(0.49);
  expect(diff.scale).toBeLessThan(0.5);
  const [width, height] = size(diff.after);
  expect([width, height, width * height <= 20_000], "the after PNG's size, and whether it is within maxPixels").toEqual([99, 199, true]);
  expect(size(diff.before), "the before PNG").toEqual([50, 50]);
  expect(size(diff.diff), "the diff PNG").toEqual([99, 199]);
  expect(pixelDiff(box(100, 100), box(100, 100, "blue")).scale, "a small drawing").toBe(1);
});

test("pixelDiff() refuses a snapshot longer than maxBytes, in one line", () => {
  const padded = `${box(10, 10).slice(0, -6)}<!--${"x".repeat(8 * 1024 * 1024)}--></svg>`;
  expect(() => pixelDiff(box(10, 10), padded)).toThrow(/^the after version is 8\.0 MB, expected at most 8\.0 MB to draw it$/);
  expect(() => pixelDiff(box(10, 10), box(10, 10), { maxBytes: 100 })).toThrow(/^the before version is .* expected at most 100 B/);
});

test("writeReview() names the scale when the PNGs were drawn smaller than the chart", () => {
  const folder = mkdtempSync(join(tmpdir(), "last-pocket-review-"));
  onTestFinished(() => rmSync(folder, { recursive: true, force: true }));
  const line = writeReview(box(100, 100), box(200, 400, "blue"), {
    name: "big",
    changed: join(folder, "big-changed.svg"),
    reviewDir: folder,
    maxPixels: 20_000,
  });
  expect(line).toMatch(/^big: \d+\.\d\d% of pixels changed \(drawn at 50% of its size, to stay within 20000 pixels\); review /);
});
