import { existsSync, mkdtempSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import * as Plot from "@observablehq/plot";
import { JSDOM } from "jsdom";
import { expectSvgSnapshot, writeReview } from "last-pocket/testing";
import { PNG } from "pngjs";
import { expect, onTestFinished, test } from "vitest";

const { document } = new JSDOM("").window;
const golden = (name: string) => fileURLToPath(new URL(`./__snapshots__/${name}`, import.meta.url));

// The README's examples, with parameter types and golden files beside this test.
test("expectSvgSnapshot() snapshots another project's Plot chart with our normalisation", async () => {
  const svg = Plot.barY([3, 1, 2], { x: (_d: number, i: number) => i, y: (d: number) => d }).plot({ document });
  await expectSvgSnapshot(svg, golden("bars.svg"), { id: "bars" });
  const text = readFileSync(golden("bars.svg"), "utf8");
  expect(text).toMatch(/^<svg xmlns="http:\/\/www.w3.org\/2000\/svg"/);
  expect(text).not.toMatch(/\d\.\d{3,}/);
});

test("expectSvgSnapshot() snapshots a Plot <figure> (title and legend) as HTML", async () => {
  const bars = Plot.barY([3, 1, 2], {
    x: (_d: number, i: number) => i,
    y: (d: number) => d,
    fill: (_d: number, i: number) => ["a", "b", "c"][i],
  });
  const figure = bars.plot({ document, title: "Bars", color: { legend: true } });
  await expectSvgSnapshot(figure, golden("bars-figure.html"));
});

test("writeReview() leaves the changed SVG and before, after and diff PNGs on a white background, and reports the changed share", () => {
  const folder = mkdtempSync(join(tmpdir(), "last-pocket-review-"));
  onTestFinished(() => rmSync(folder, { recursive: true, force: true }));
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
  onTestFinished(() => rmSync(folder, { recursive: true, force: true }));
  const line = writeReview(
    '<svg xmlns="http://www.w3.org/2000/svg" width="10" height="10"><rect</svg>',
    '<svg xmlns="http://www.w3.org/2000/svg"/>',
    { name: "bad", changed: join(folder, "bad-changed.svg"), reviewDir: folder },
  );
  expect(line).toMatch(/^bad: changed; the PNGs could not be drawn \(.+\); review .*bad-changed\.svg$/);
  expect(existsSync(join(folder, "bad-changed.svg"))).toBe(true);
});
