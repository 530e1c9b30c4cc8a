// Golden paths as vitest's toMatchFileSnapshot resolves them (relative to the
// test file, whatever the working folder), extensions chosen from the root,
// and review files keyed by the golden's path so two chart.svg never collide.

import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import * as Plot from "@observablehq/plot";
import { JSDOM } from "jsdom";
import { checkSnapshot, expectSvgSnapshot, goldenExtension, resolveGolden, reviewFiles, reviewKey } from "last-pocket/testing";
import { expect, test } from "vitest";

const { document } = new JSDOM("").window;
const here = fileURLToPath(new URL(".", import.meta.url));
const bars = (values = [3, 1, 2]) => Plot.barY(values, { x: (_d: number, i: number) => i, y: (d: number) => d }).plot({ document });
// The <figure> of snapshot.test.ts, whose golden is bars-figure.html.
const figure = () =>
  Plot.barY([3, 1, 2], { x: (_d: number, i: number) => i, y: (d: number) => d, fill: (_d: number, i: number) => ["a", "b", "c"][i] }).plot({
    document,
    title: "Bars",
    color: { legend: true },
  });

test("expectSvgSnapshot() resolves a relative golden path against the test file, not the working folder", async () => {
  const cwd = process.cwd();
  process.chdir(tmpdir());
  try {
    // The committed golden of snapshot.test.ts: found from here, as toMatchFileSnapshot finds it.
    await expectSvgSnapshot(bars(), "./__snapshots__/bars.svg", { id: "bars" });
  } finally {
    process.chdir(cwd);
  }
});

test("resolveGolden() resolves relative paths against the given base and refuses them without one", () => {
  expect(resolveGolden("./__snapshots__/bars.svg", { base: here }).path).toBe(join(here, "__snapshots__", "bars.svg"));
  expect(() => resolveGolden("__snapshots__/bars.svg")).toThrow(
    "__snapshots__/bars.svg: the golden path __snapshots__/bars.svg is relative, and there is no test file to resolve it from: give an absolute path",
  );
  expect(() => checkSnapshot(bars(), "bars.svg")).toThrow(/is relative, and there is no test file/);
});

test("a golden path without an extension takes the root's: <svg> → .svg, anything else → .html", async () => {
  expect(resolveGolden("/x/chart", goldenExtension(bars())).path).toBe("/x/chart.svg");
  expect(resolveGolden("/x/chart", goldenExtension(figure())).path).toBe("/x/chart.html");
  expect(goldenExtension('<?xml version="1.0"?>\n<!-- made by us -->\n<svg xmlns="http://www.w3.org/2000/svg"/>').wanted).toBe(".svg");
  expect(goldenExtension("<figure><svg/></figure>").wanted).toBe(".html");
  expect(goldenExtension("not markup").wanted).toBeUndefined();
  // In a test: the figure finds the committed bars-figure.html of snapshot.test.ts.
  await expectSvgSnapshot(figure(), "./__snapshots__/bars-figure");
});

test("a given extension must be the root's, for elements and for serialised text", () => {
  expect(() => checkSnapshot(figure(), "/x/title.svg")).toThrow(
    "title: a <figure> root is snapshotted as HTML: name its golden file title.html, or give no extension",
  );
  expect(() => checkSnapshot("<svg/>", "/x/plain.html")).toThrow(
    "plain: a <svg> root is snapshotted as SVG: name its golden file plain.svg, or give no extension",
  );
});

test("review files are keyed by the golden's path under the project, so two chart.svg in different folders never collide", () => {
  const project = mkdtempSync(join(tmpdir(), "last-pocket-keys-"));
  const reviewDir = join(project, "test-results", "snapshots");
  const lines: string[] = [];
  for (const folder of ["a", "b"]) {
    mkdirSync(join(project, folder, "__snapshots__"), { recursive: true });
    const golden = join(project, folder, "__snapshots__", "chart.svg");
    writeFileSync(golden, checkSnapshot(bars(), golden).text);
    const check = checkSnapshot(bars([3, 1, 4]), golden, { reviewDir });
    expect(check.matches).toBe(false);
    lines.push(check.message);
    expect(resolveGolden(golden, { root: project }).key).toBe(`${folder}/__snapshots__/chart`);
  }
  // Keys from the working folder (vitest's root): outside it, a hashed name.
  expect(reviewKey(join(process.cwd(), "test", "x", "chart"), process.cwd())).toBe("test/x/chart");
  expect(reviewKey("/elsewhere/a/chart", "/project")).toMatch(/^outside\/chart-[0-9a-f]{8}$/);
  expect(reviewKey("/elsewhere/b/chart", "/project")).not.toBe(reviewKey("/elsewhere/a/chart", "/project"));
  // Both sets of review PNGs exist side by side.
  const [a, b] = ["a", "b"].map((folder) => reviewFiles(resolveGolden(join(project, folder, "__snapshots__", "chart.svg")).key, reviewDir));
  expect(new Set([...a, ...b]).size).toBe(6);
  for (const file of [...a, ...b]) expect(existsSync(file), file).toBe(true);
  expect(lines[0]).not.toBe(lines[1]);
});

test("checkSnapshot() never writes the golden file, and clears a previous review once it matches", () => {
  const folder = mkdtempSync(join(tmpdir(), "last-pocket-check-"));
  const golden = join(folder, "chart.svg");
  const missing = checkSnapshot(bars(), golden);
  expect([missing.matches, missing.previous, existsSync(golden)]).toEqual([false, undefined, false]);
  writeFileSync(golden, missing.text);
  const reviewDir = join(folder, "review");
  expect(checkSnapshot(bars([1, 1, 1]), golden, { reviewDir }).matches).toBe(false);
  expect(existsSync(join(folder, "chart-changed.svg"))).toBe(true);
  expect(checkSnapshot(bars(), golden, { reviewDir }).matches).toBe(true);
  expect(existsSync(join(folder, "chart-changed.svg"))).toBe(false);
  expect(readFileSync(golden, "utf8")).toBe(missing.text);
});

test("clearing a review removes the folders its key made, once empty, and never the review folder itself", () => {
  const project = mkdtempSync(join(tmpdir(), "last-pocket-prune-"));
  const reviewDir = join(project, "review");
  const golden = join(project, "deep", "er", "chart.svg");
  mkdirSync(join(project, "deep", "er"), { recursive: true });
  writeFileSync(golden, checkSnapshot(bars(), golden).text);
  expect(checkSnapshot(bars([9, 9, 9]), golden, { reviewDir }).matches).toBe(false);
  expect(checkSnapshot(bars(), golden, { reviewDir }).matches).toBe(true);
  expect(existsSync(reviewDir)).toBe(true);
  expect(readdirSync(reviewDir)).toEqual([]);
});
