import { createHash } from "node:crypto";
import { readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { afterAll, expect, test } from "vitest";
import { charts } from "../charts/index.js";
import { loadDataset } from "../data/load.js";
import { readDataset } from "../data/read.js";
import { build } from "../src/build/build.js";
import { DataError } from "../src/build/errors.js";
import { incrementalBuild } from "../src/build/incrementalBuild.js";
import { PROJECT_ROOT } from "../src/cli/root.js";
import type { Chart } from "../src/render/chart.js";
import { committedOutput, memoryEffects, tempProject } from "./helpers/effects.js";

const dataset = readDataset();
const cleanups: Array<() => void> = [];
afterAll(() => {
  for (const cleanup of cleanups) cleanup();
});

test("build() limited to SVG writes every variant's SVG, leaves snippets and manifest alone, then writes nothing on a second run", async () => {
  const effects = memoryEffects();
  const options = { charts, dataset, out: "out", formats: ["svg"] } as const;
  const first = await build(options, effects);
  expect(first.written.filter((path) => path.endsWith(".svg")).length, "SVGs written by the first build").toBe(charts.length * 8);
  expect(
    first.written.filter((path) => !path.endsWith(".svg")),
    "an SVG-only build wrote other files",
  ).toEqual([]);
  expect(first.manifest, "an SVG-only build produced manifest.json").toBe(false);
  const second = await build(options, effects);
  expect(second.written, "files rewritten by a second, identical build").toEqual([]);
  expect(effects.writes.length).toBe(first.written.length);
}, 120_000);

test("build() writes nothing when a chart fails after others have rendered", async () => {
  const effects = memoryEffects();
  const broken: Chart = {
    ...charts[0],
    id: "broken",
    render: () => {
      throw new Error("broken chart");
    },
  };
  const options = { charts: [...charts, broken], dataset, out: "out", formats: ["svg"], locales: ["fr"], widths: [360] } as const;
  await expect(build(options, effects)).rejects.toThrow("broken chart");
  expect(effects.writes, "files written by a build that failed").toEqual([]);
}, 120_000);

test("incrementalBuild() on bad data fails with a DataError naming the file, before writing anything", async () => {
  const { root, remove } = tempProject();
  cleanups.push(remove);
  const file = join(root, "data", "territory.csv");
  writeFileSync(file, readFileSync(file, "utf8").replace("2015-12-14,exact,78000", "2015-12-14,exact,-3"));
  const effects = memoryEffects();
  const failure = incrementalBuild({ root, out: join(root, "output"), force: true }, effects);
  await expect(failure).rejects.toThrow(DataError);
  await expect(failure).rejects.toThrow(/^data\/territory\.csv, line 3, field "value"/);
  expect(effects.writes, "files written by a build from bad data").toEqual([]);
});

test("build() renders a PNG again when its SVG changed, instead of keeping the one on disk", async () => {
  const chart = charts.find((c) => c.id === "territory") as Chart;
  // The files of a normal build, as committed in output/.
  const before = new Map([...committedOutput("out")].filter(([path]) => path.startsWith("out/territory/territory-fr-360-")));
  const effects = memoryEffects(new Map(before));
  const options = { charts: [chart], out: "out", locales: ["fr"], widths: [360] } as const;
  const pngs = [...before.keys()].filter((path) => path.endsWith(".png"));
  expect(pngs.length, "PNGs of territory (fr, 360 px) after the first build").toBe(4);
  // An organisation renamed: the source line, so every SVG and PNG, changes.
  const renamed = loadDataset((file) => {
    const text = readFileSync(join(PROJECT_ROOT, file), "utf8");
    return file === "data/organisations.csv" ? text.replace("ihs,IHS Markit,IHS Markit", "ihs,IHS Global,IHS Global") : text;
  });
  const second = await build({ ...options, dataset: renamed }, effects);
  for (const path of [...before.keys()].filter((p) => p.endsWith(".svg"))) {
    expect(second.written, `${path} was not rewritten after the data changed`).toContain(path);
  }
  for (const path of pngs) {
    expect(second.written, `${path} was kept although its SVG changed`).toContain(path);
    const png = effects.files.get(path) as Buffer;
    expect(png.equals(before.get(path) as Buffer), `${path} still holds the old image`).toBe(false);
    expect(png.subarray(1, 4).toString(), `${path} is not a PNG`).toBe("PNG");
  }
}, 120_000);

test("build() of one chart keeps the others' manifest entries and snippets: manifest.json and the pages equal the committed ones", async () => {
  const effects = memoryEffects(committedOutput("out"));
  const timeline = charts.filter((chart) => chart.id === "timeline");
  const result = await build({ charts: timeline, all: charts, dataset, out: "out" }, effects);
  expect(result.manifest, "manifest.json was not produced").toBe(true);
  for (const file of ["manifest.json", "index.html", "index.en.html", "timeline/timeline-fr.html"]) {
    const committed = readFileSync(join(PROJECT_ROOT, "output", file));
    expect(effects.files.get(`out/${file}`)?.equals(committed), `out/${file} differs from output/${file}`).toBe(true);
    expect(result.unchanged, `out/${file} was rewritten with the same bytes`).toContain(`out/${file}`);
  }
  expect(result.written, "files rewritten with the same bytes").toEqual([]);
  const svg = "timeline/timeline-en-720-dark.svg";
  expect(result.hashes[svg], `hash of ${svg}`).toBe(
    createHash("sha256")
      .update(readFileSync(join(PROJECT_ROOT, "output", svg)))
      .digest("hex"),
  );
  // 8 variants (SVG, PNG, PNG 2x), 3 snippet modes and a PDF per locale, the manifest and the 2 pages.
  expect(Object.keys(result.hashes).length, "files produced for timeline, the manifest and the pages").toBe(8 * 3 + 2 * 3 + 2 + 3);
}, 60_000);

test("build() of one chart without a readable previous manifest leaves manifest.json and the pages alone", async () => {
  const effects = memoryEffects(new Map([["out/manifest.json", Buffer.from("{ not json")]]));
  const timeline = charts.filter((chart) => chart.id === "timeline");
  const result = await build({ charts: timeline, all: charts, dataset, out: "out", formats: ["svg"], locales: ["en"] }, effects);
  expect(result.manifest, "a partial build produced manifest.json").toBe(false);
  expect(effects.files.get("out/manifest.json")?.toString(), "out/manifest.json").toBe("{ not json");
  expect([...result.written].sort(), "files written by an English SVG build of timeline").toEqual(
    ["360-dark", "360-light", "720-dark", "720-light"].map((v) => `out/timeline/timeline-en-${v}.svg`),
  );
  for (const line of effects.lines)
    expect(line, "progress line").toMatch(/^out\/timeline\/timeline-en-\d+-\w+\.svg {2}[\d,]+ B {2}\d+ ms$/);
  expect(effects.lines.length, "progress lines").toBe(4);
}, 120_000);

test("build() limited to one width or to PNGs is partial: no manifest, no snippets", async () => {
  const timeline = charts.filter((chart) => chart.id === "timeline");
  const seeded = () => memoryEffects(committedOutput("out"));
  const wide = await build({ charts: timeline, dataset, out: "out", formats: ["svg"], widths: [720] }, seeded());
  expect(Object.keys(wide.hashes).sort(), "files produced by a 720 px SVG build").toEqual(
    ["en-720-dark", "en-720-light", "fr-720-dark", "fr-720-light"].map((v) => `timeline/timeline-${v}.svg`),
  );
  const both = await build({ charts: timeline, dataset, out: "out", locales: ["en"], widths: [360, 720] }, seeded());
  expect(both.manifest, "a build limited to English produced manifest.json").toBe(false);
  expect(Object.keys(both.hashes).length, "files produced by an English build: SVG, PNG and PNG 2x, and the English PDF").toBe(4 * 3 + 1);
}, 120_000);
