import { existsSync, mkdtempSync, readFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import * as Plot from "@observablehq/plot";
import { JSDOM } from "jsdom";
import { expectSvgSnapshot, writeReview } from "last-pocket/testing";
import { PNG } from "pngjs";
import { expect, test } from "vitest";

const { document } = new JSDOM("").window;

// The README's example, with parameter types and a golden file beside this test.
test("expectSvgSnapshot() snapshots another project's Plot chart with our normalisation", async () => {
  const svg = Plot.barY([3, 1, 2], { x: (_d: number, i: number) => i, y: (d: number) => d }).plot({ document });
  await expectSvgSnapshot(svg, fileURLToPath(new URL("./__snapshots__/bars.svg", import.meta.url)), { id: "bars" });
  const golden = readFileSync(new URL("./__snapshots__/bars.svg", import.meta.url), "utf8");
  expect(golden).toMatch(/^<svg xmlns="http:\/\/www.w3.org\/2000\/svg"/);
  expect(golden).not.toMatch(/\d\.\d{3,}/);
});

test("writeReview() leaves the changed SVG and before, after and diff PNGs on a white background, and reports the changed share", () => {
  const folder = mkdtempSync(join(tmpdir(), "last-pocket-review-"));
  const svg = (fill: string) =>
    `<svg xmlns="http://www.w3.org/2000/svg" width="10" height="10"><rect width="5" height="10" fill="${fill}"/></svg>`;
  const line = writeReview(svg("red"), svg("blue"), {
    name: "box",
    changed: join(folder, "box-changed.svg"),
    reviewDir: folder,
    label: "box (fr)",
  });
  expect(line).toMatch(/^box \(fr\): 50\.00% of pixels changed/);
  for (const file of ["box-changed.svg", "box-before.png", "box-after.png", "box-diff.png"])
    expect(existsSync(join(folder, file)), file).toBe(true);
  const after = PNG.sync.read(readFileSync(join(folder, "box-after.png")));
  expect([...after.data.subarray(9 * 4, 9 * 4 + 4)], "the transparent half is white").toEqual([255, 255, 255, 255]);
});

test("writeReview() still leaves the changed file and says why when a version cannot be drawn", () => {
  const folder = mkdtempSync(join(tmpdir(), "last-pocket-review-"));
  const line = writeReview(
    '<svg xmlns="http://www.w3.org/2000/svg" width="10" height="10"><rect</svg>',
    '<svg xmlns="http://www.w3.org/2000/svg"/>',
    { name: "bad", changed: join(folder, "bad-changed.svg"), reviewDir: folder },
  );
  expect(line).toMatch(/^bad: changed; the PNGs could not be drawn \(.+\); review .*bad-changed\.svg$/);
  expect(existsSync(join(folder, "bad-changed.svg"))).toBe(true);
});
