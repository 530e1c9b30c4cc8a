import { expect, test } from "vitest";
import { charts } from "../charts/index.js";
import { loadDataset } from "../data/load.js";
import { readDataset } from "../data/read.js";
import { build } from "../src/build.js";
import type { Effects } from "../src/effects.js";
import { DataError } from "../src/errors.js";

function memoryEffects(files = new Map<string, Buffer>()): Effects & { files: Map<string, Buffer>; writes: string[] } {
  const writes: string[] = [];
  return {
    files,
    writes,
    read: (path) => files.get(path),
    writeAll: (changed) => {
      for (const [path, data] of changed) {
        writes.push(path);
        files.set(path, Buffer.from(data));
      }
    },
    log: () => {},
  };
}

test("build() limited to SVG writes every variant's SVG, leaves snippets and manifest alone, then writes nothing on a second run", async () => {
  const effects = memoryEffects();
  const options = { charts, dataset: readDataset(), out: "out", formats: ["svg"] } as const;
  const first = await build(options, effects);
  expect(first.written.filter((path) => path.endsWith(".svg")).length).toBe(charts.length * 8);
  expect(first.written.filter((path) => !path.endsWith(".svg"))).toEqual([]);
  expect(first.manifest).toBe(false);
  const second = await build(options, effects);
  expect(second.written).toEqual([]);
  expect(effects.writes.length).toBe(first.written.length);
});

test("build() on bad data fails before writing anything", () => {
  const effects = memoryEffects();
  const bad = () => loadDataset((file) => (file === "data/territory.csv" ? "refers_to\n2019-02-30\n" : "id\nx\n"));
  expect(bad).toThrow(DataError);
  expect(effects.writes).toEqual([]);
});
