import { existsSync, mkdtempSync, readFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import * as Plot from "@observablehq/plot";
import { JSDOM } from "jsdom";
import { expectSvgSnapshot, writeReview } from "last-pocket/testing";
import { expect, test } from "vitest";

const { document } = new JSDOM("").window;

// The README's example, with parameter types and a golden file beside this test.
test("expectSvgSnapshot() snapshots another project's Plot chart with our normalisation", async () => {
  const svg = Plot.barY([3, 1, 2], { x: (_d: number, i: number) => i, y: (d: number) => d }).plot({ document }) as SVGSVGElement;
  await expectSvgSnapshot(svg, new URL("./__snapshots__/bars.svg", import.meta.url).pathname, { id: "bars" });
  const golden = readFileSync(new URL("./__snapshots__/bars.svg", import.meta.url), "utf8");
  expect(golden).toMatch(/^<svg xmlns="http:\/\/www.w3.org\/2000\/svg"/);
  expect(golden).not.toMatch(/\d\.\d{3,}/);
});

test("writeReview() leaves the changed SVG and before, after and diff PNGs, and reports the changed share", () => {
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
});
