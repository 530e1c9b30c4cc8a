// Defect 1: a PNG is tied to the hash of the SVG it was made from, recorded in
// the build state, never to the SVG on disk (which a partial, preview or
// killed build may have replaced without its PNGs).

import { expect, test } from "vitest";
import { charts } from "../../charts/index.js";
import { readDataset } from "../../data/read.js";
import { build, type PreviousBuild, pngSource } from "../../src/build/build.js";
import type { Effects } from "../../src/build/effects.js";
import { PngPool } from "../../src/publish/pngPool.js";

function memoryEffects(): Effects & { files: Map<string, Buffer> } {
  const files = new Map<string, Buffer>();
  return {
    files,
    read: (path) => files.get(path),
    writeAll: (changed) => {
      for (const [path, data] of changed) files.set(path, Buffer.from(data));
    },
    log: () => {},
  };
}

test("build() re-renders a PNG whose SVG was rewritten by an SVG-only build, and records what it was made from", async () => {
  const casualties = charts.filter((chart) => chart.id === "casualties");
  const dataset = readDataset();
  const last = dataset.casualties.filter((row) => row.group === "civilians").at(-1);
  const edited = { ...dataset, casualties: dataset.casualties.map((row) => (row === last ? { ...row, value: row.value + 7 } : row)) };
  const effects = memoryEffects();
  const options = { charts: casualties, out: "out", locales: ["fr"], widths: [360], formats: ["svg", "png"] } as const;
  const record = (previous: PreviousBuild, result: { hashes: object; derived: object }): PreviousBuild => ({
    files: { ...previous.files, ...result.hashes },
    derived: { ...previous.derived, ...result.derived },
  });
  let state: PreviousBuild = { files: {}, derived: {} };
  state = record(state, await build({ ...options, dataset, previous: state }, effects));
  const png = "out/casualties/casualties-fr-360-light.png";
  const before = effects.files.get(png) as Buffer;
  state = record(state, await build({ ...options, dataset: edited, formats: ["svg"], previous: state }, effects));
  const result = await build({ ...options, dataset: edited, previous: state }, effects);
  const svg = effects.files.get("out/casualties/casualties-fr-360-light.svg") as Buffer;
  const pool = new PngPool(1);
  const fresh = await pool.render({ svg: svg.toString(), scale: 1 }).finally(() => pool.close());
  expect(effects.files.get(png)?.equals(before)).toBe(false);
  expect(effects.files.get(png)?.equals(fresh)).toBe(true);
  expect(result.derived["casualties/casualties-fr-360-light.png"]).toBe(pngSource(svg, 1));
}, 60_000);

test("build() reuses a PNG only when the state says it was made from the same SVG and it still has the recorded bytes", async () => {
  const timeline = charts.filter((chart) => chart.id === "timeline");
  const options = {
    charts: timeline,
    dataset: readDataset(),
    out: "out",
    locales: ["en"],
    widths: [360],
    formats: ["svg", "png"],
  } as const;
  const effects = memoryEffects();
  const first = await build(options, effects);
  const state = { files: first.hashes, derived: first.derived };
  expect((await build({ ...options, previous: state }, effects)).written).toEqual([]);
  const png = "out/timeline/timeline-en-360-dark@2x.png";
  const good = effects.files.get(png) as Buffer;
  effects.files.set(png, Buffer.from("not the PNG the state recorded"));
  const repaired = await build({ ...options, previous: state }, effects);
  expect(repaired.written).toEqual([png]);
  expect(effects.files.get(png)?.equals(good)).toBe(true);
}, 60_000);
