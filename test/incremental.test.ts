import { createHash } from "node:crypto";
import { existsSync } from "node:fs";
import { join } from "node:path";
import { expect, test } from "vitest";
import { charts } from "../charts/index.js";
import { registry } from "../charts/registry.js";
import { chartKeys, EMPTY_STATE, staleCharts } from "../src/incremental.js";
import { PROJECT_ROOT } from "../src/root.js";

test("the registry lists every chart, its existing modules and exactly the data files it reads", () => {
  expect(registry.map((chart) => chart.id)).toEqual(charts.map((chart) => chart.id));
  for (const entry of registry) {
    const chart = charts.find((c) => c.id === entry.id);
    expect([...entry.data].sort(), entry.id).toEqual(chart?.tables.map((table) => table.file).sort());
    for (const module of entry.modules) expect(existsSync(join(PROJECT_ROOT, module)), module).toBe(true);
  }
});

test("chartKeys() depends on content only, and differs between charts", () => {
  const keys = chartKeys(PROJECT_ROOT, registry);
  expect(chartKeys(PROJECT_ROOT, registry)).toEqual(keys);
  expect(new Set(Object.values(keys)).size).toBe(registry.length);
});

test("staleCharts() marks charts with a new key, missing outputs or edited outputs", () => {
  const keys = { a: "1", b: "2", c: "3" };
  const hash = createHash("sha256").update("a").digest("hex");
  const state = { keys: { a: "1", b: "old", c: "3" }, files: { "a/x.svg": hash, "b/x.svg": hash, "c/x.svg": hash } };
  const read = (path: string) => (path === "c/x.svg" ? Buffer.from("edited") : Buffer.from("a"));
  expect(staleCharts(keys, state, read)).toEqual(["b", "c"]);
  expect(staleCharts(keys, EMPTY_STATE, read)).toEqual(["a", "b", "c"]);
});
