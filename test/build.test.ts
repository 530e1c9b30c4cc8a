import { readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { afterAll, expect, test } from "vitest";
import { charts } from "../charts/index.js";
import { loadDataset } from "../data/load.js";
import { readDataset } from "../data/read.js";
import { build } from "../src/build.js";
import type { Chart } from "../src/chart.js";
import { DataError } from "../src/errors.js";
import { incrementalBuild } from "../src/incrementalBuild.js";
import { PROJECT_ROOT } from "../src/root.js";
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
}, 30_000);

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
}, 30_000);

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
}, 30_000);
