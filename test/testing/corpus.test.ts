// The snapshot helper on a corpus of ordinary Plot charts (corpus/charts.ts):
// each matches its committed golden file, leaves the caller's DOM alone,
// fails on a change with a message naming the chart and the share of pixels
// changed, leaves review files with an opaque background, and clears them
// once it passes again. The deliberate mismatches go through checkSnapshot
// (the same comparison, no vitest snapshot), so a green run tallies no failed
// snapshot; expectSvgSnapshot failing on a change, writing a missing golden
// and `vitest -u` run for real in a new project in the pack-and-install test
// (test/slow/pack.test.ts).

import { copyFileSync, existsSync, mkdirSync, mkdtempSync, readFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { checkSnapshot, expectSvgSnapshot, resolveGolden, reviewFiles } from "last-pocket/testing";
import { PNG } from "pngjs";
import { expect, test } from "vitest";
import { corpus } from "./corpus/charts.js";

const SNAPSHOTS = fileURLToPath(new URL("./__snapshots__/corpus/", import.meta.url));
const updating = () => (expect.getState().snapshotState as { snapshotUpdateState?: string }).snapshotUpdateState === "all";

test("the corpus has at least 15 charts, among them <figure> roots", () => {
  expect(corpus.length).toBeGreaterThanOrEqual(15);
  expect(corpus.filter((chart) => chart.render(false).localName === "figure").length).toBeGreaterThanOrEqual(3);
});

for (const chart of corpus) {
  test(`${chart.name}: matches its golden, keeps the caller's DOM, fails readably on a change and clears its review files`, async () => {
    const element = chart.render(false);
    const extension = element.localName === "svg" ? ".svg" : ".html";
    const golden = join(SNAPSHOTS, `${chart.name}${extension}`);
    const before = element.outerHTML;
    await expectSvgSnapshot(element, golden);
    expect(element.outerHTML, "the caller's DOM was changed").toBe(before);
    if (extension === ".html") expect(readFileSync(golden, "utf8")).toMatch(/^<figure [^\n]*>\n/);
    else expect(readFileSync(golden, "utf8")).toMatch(/^<svg xmlns="http:\/\/www.w3.org\/2000\/svg"/);

    // A copy in a folder whose name has a space, as users' folders do.
    const folder = join(mkdtempSync(join(tmpdir(), "last-pocket-corpus-")), "app space");
    mkdirSync(folder);
    const copy = join(folder, `${chart.name}${extension}`);
    copyFileSync(golden, copy);
    const changed = join(folder, `${chart.name}-changed${extension}`);
    const review = { reviewDir: join(folder, "review") };
    const files = reviewFiles(resolveGolden(copy).key, review.reviewDir);
    if (updating()) {
      await expectSvgSnapshot(chart.render(true), copy, review);
      expect(readFileSync(copy, "utf8")).not.toBe(readFileSync(golden, "utf8"));
    } else {
      const failure = checkSnapshot(chart.render(true), copy, review);
      expect(failure.matches).toBe(false);
      expect(failure.message).toMatch(new RegExp(`^${chart.name}: \\d+\\.\\d\\d% of pixels changed; review .*app space.* and ${changed}`));
      expect(readFileSync(changed, "utf8")).not.toBe(readFileSync(copy, "utf8"));
      expect(readFileSync(copy, "utf8"), "the golden file was changed").toBe(readFileSync(golden, "utf8"));
      for (const file of files) {
        const png = PNG.sync.read(readFileSync(file));
        expect(png.data[3], `${file} has an opaque background`).toBe(255);
      }
      await expectSvgSnapshot(chart.render(false), copy, review);
    }
    for (const file of [changed, ...files]) expect(existsSync(file), `${file} was left`).toBe(false);
  }, 30_000);
}

test("a <figure> root with a .svg golden file is refused with the name to use", async () => {
  const figure = corpus.find((chart) => chart.name === "title-subtitle-caption")?.render(false) as Element;
  await expect(expectSvgSnapshot(figure, join(tmpdir(), "x.svg"), { label: "my figure" })).rejects.toThrow(
    "my figure: a <figure> root is snapshotted as HTML: name its golden file x.html",
  );
});

test("an id prefix from a file name with spaces is sanitised so url(#…) references still resolve", async () => {
  const folder = mkdtempSync(join(tmpdir(), "last-pocket-ids-"));
  const golden = join(folder, "my chart.svg");
  copyFileSync(join(SNAPSHOTS, "pattern.svg"), golden);
  const pattern = corpus.find((chart) => chart.name === "pattern")?.render(false) as Element;
  await expectSvgSnapshot(pattern, join(folder, "my chart.svg"), { id: "pattern" });
  const { serializeChart } = await import("last-pocket/testing");
  const text = serializeChart(pattern, "my chart");
  expect(text).toContain('id="my-chart-1"');
  expect(text).toContain('fill="url(#my-chart-1)"');
});

test("a missing golden file is written outside CI and reported as missing in CI", async () => {
  const golden = join(mkdtempSync(join(tmpdir(), "last-pocket-missing-")), "line.svg");
  const line = corpus[0].render(false);
  const mode = (expect.getState().snapshotState as { snapshotUpdateState?: string }).snapshotUpdateState;
  if (mode === "none") {
    await expect(expectSvgSnapshot(line, golden)).rejects.toThrow(/^line: golden file .*line\.svg is missing; CI never writes one/);
    expect(existsSync(golden)).toBe(false);
  } else {
    // vitest writes file snapshots when the test file ends: the pack-and-install test checks the file itself.
    await expectSvgSnapshot(line, golden);
  }
});
