import { createHash } from "node:crypto";
import { appendFileSync, existsSync, readFileSync, renameSync, rmSync, utimesSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { expect, test } from "vitest";
import { charts } from "../charts/index.js";
import { registry } from "../charts/registry.js";
import { chartKeys, coerceState, EMPTY_STATE, STATE_VERSION, staleCharts } from "../src/build/incremental.js";
import { PROJECT_ROOT } from "../src/cli/root.js";
import { tempProject } from "./helpers/effects.js";

test("the registry lists every chart, its existing modules and exactly the data files it reads", () => {
  expect(registry.map((chart) => chart.id)).toEqual(charts.map((chart) => chart.id));
  for (const entry of registry) {
    const chart = charts.find((c) => c.id === entry.id);
    expect([...entry.data].sort(), entry.id).toEqual(chart?.tables.map((table) => table.file).sort());
    for (const module of entry.modules) expect(existsSync(join(PROJECT_ROOT, module)), module).toBe(true);
  }
});

test("chartKeys() depends on file contents only: an edit changes the keys of the charts made of that file; a touch or another folder changes none", () => {
  const first = tempProject();
  const second = tempProject();
  try {
    const keys = chartKeys(first.root, registry);
    expect(new Set(Object.values(keys)).size, "distinct keys of the three charts").toBe(registry.length);
    expect(chartKeys(second.root, registry), "keys of the same files in another folder").toEqual(keys);
    const changed = (next: Record<string, string>) => Object.keys(keys).filter((id) => next[id] !== keys[id]);
    const territory = join(first.root, "data", "territory.csv");
    utimesSync(territory, new Date(0), new Date(0));
    expect(changed(chartKeys(first.root, registry)), "charts whose key changed after data/territory.csv was touched").toEqual([]);
    // Same length, other bytes: 90800 km² becomes 90900.
    writeFileSync(territory, readFileSync(territory, "utf8").replace(",90800,", ",90900,"));
    expect(changed(chartKeys(first.root, registry)), "charts whose key changed after data/territory.csv was edited").toEqual(["territory"]);
    appendFileSync(join(second.root, "charts", "timeline", "timeline.ts"), "\n");
    expect(changed(chartKeys(second.root, registry)), "charts whose key changed after charts/timeline/timeline.ts was edited").toEqual([
      "timeline",
    ]);
    const serialize = join(second.root, "src", "render", "serialize.ts");
    appendFileSync(serialize, "// an edit\n");
    expect(changed(chartKeys(second.root, registry)), "charts whose key changed after src/render/serialize.ts was edited").toEqual(
      registry.map((chart) => chart.id),
    );
  } finally {
    first.remove();
    second.remove();
  }
});

test("staleCharts() marks charts with a new key, missing outputs or edited outputs", () => {
  const keys = { a: "1", b: "2", c: "3" };
  const hash = createHash("sha256").update("a").digest("hex");
  const state = { keys: { a: "1", b: "old", c: "3" }, files: { "a/x.svg": hash, "b/x.svg": hash, "c/x.svg": hash } };
  const read = (path: string) => (path === "c/x.svg" ? Buffer.from("edited") : Buffer.from("a"));
  expect(staleCharts(keys, state, read)).toEqual(["b", "c"]);
  expect(staleCharts(keys, EMPTY_STATE, read)).toEqual(["a", "b", "c"]);
});

test("coerceState() keeps a state of this version and shape, and turns anything else into the empty state", () => {
  const good = { version: STATE_VERSION, keys: { a: "1" }, files: { "a/x.svg": "h" }, derived: { "a/x.png": "s" } };
  expect(coerceState(good)).toBe(good);
  const bad = {
    null: null,
    "a string": "state",
    "an empty object": {},
    "another version": { ...good, version: STATE_VERSION + 1 },
    "keys as an array": { ...good, keys: ["1"] },
    "keys missing": { ...good, keys: undefined },
    "a key that is not a string": { ...good, keys: { a: 1 } },
    "one key a string and one not": { ...good, keys: { a: "1", b: 2 } },
    "files as null": { ...good, files: null },
    "a file hash that is not a string": { ...good, files: { "a/x.svg": 1 } },
    "derived as an array": { ...good, derived: [] },
    "a derived hash that is not a string": { ...good, derived: { "a/x.png": null } },
  };
  for (const [what, state] of Object.entries(bad)) expect(coerceState(state), `a build state with ${what}`).toBe(EMPTY_STATE);
});

test("staleCharts() makes every chart stale when a recorded manifest or notebook page is missing or edited, and only then", () => {
  const keys = { a: "1", b: "2" };
  const hash = (text: string) => createHash("sha256").update(text).digest("hex");
  const files = {
    "a/x.svg": hash("a"),
    "b/x.svg": hash("b"),
    "manifest.json": hash("m"),
    "index.html": hash("p"),
    "index.en.html": hash("e"),
  };
  const state = { keys, files };
  const disk: Record<string, string> = { "a/x.svg": "a", "b/x.svg": "b", "manifest.json": "m", "index.html": "p", "index.en.html": "e" };
  const reading = (changes: Record<string, string | undefined>) => (path: string) => {
    const text = path in changes ? changes[path] : disk[path];
    return text === undefined ? undefined : Buffer.from(text);
  };
  expect(staleCharts(keys, state, reading({})), "nothing changed").toEqual([]);
  for (const shared of ["manifest.json", "index.html", "index.en.html"]) {
    expect(staleCharts(keys, state, reading({ [shared]: undefined })), `${shared} missing`).toEqual(["a", "b"]);
    expect(staleCharts(keys, state, reading({ [shared]: "edited" })), `${shared} edited`).toEqual(["a", "b"]);
  }
  const { "index.en.html": _, ...unrecorded } = files;
  expect(staleCharts(keys, { keys, files: unrecorded }, reading({ "index.en.html": undefined })), "index.en.html never recorded").toEqual(
    [],
  );
  expect(staleCharts(keys, state, reading({ "b/x.svg": undefined })), "b/x.svg missing").toEqual(["b"]);
  const two = { keys, files: { ...files, "b/y.svg": hash("y") } };
  expect(staleCharts(keys, two, reading({ "b/y.svg": "y" })), "b/x.svg and b/y.svg as recorded").toEqual([]);
  expect(staleCharts(keys, two, reading({ "b/y.svg": "edited" })), "b/y.svg edited, b/x.svg as recorded").toEqual(["b"]);
  const { "b/x.svg": __, ...withoutB } = files;
  expect(staleCharts(keys, { keys, files: withoutB }, reading({})), "b has no file recorded").toEqual(["b"]);
  expect(staleCharts({ ...keys, ab: "3" }, { keys: { ...keys, ab: "3" }, files }, reading({})), "ab owns no file of a/ or b/").toEqual([
    "ab",
  ]);
});

test("chartKeys() are hex SHA-256 digests that change with a renamed file of the shared code, and with the lockfile, which may be missing", () => {
  const project = tempProject();
  try {
    const keys = chartKeys(project.root, registry);
    for (const [id, key] of Object.entries(keys)) expect(key, `the key of ${id}`).toMatch(/^[0-9a-f]{128}$/);
    const changed = () => {
      const next = chartKeys(project.root, registry);
      return Object.keys(keys).filter((id) => next[id] !== keys[id]);
    };
    // Same bytes, same place in the sorted listing, another name.
    renameSync(join(project.root, "src", "render", "serialize.ts"), join(project.root, "src", "render", "serialize.tsx"));
    expect(changed(), "charts whose key changed after src/render/serialize.ts was renamed src/render/serialize.tsx").toEqual(
      registry.map((c) => c.id),
    );
    renameSync(join(project.root, "src", "render", "serialize.tsx"), join(project.root, "src", "render", "serialize.ts"));
    appendFileSync(join(project.root, "package-lock.json"), "\n");
    expect(changed(), "charts whose key changed after package-lock.json was edited").toEqual(registry.map((c) => c.id));
    rmSync(join(project.root, "package-lock.json"));
    expect(changed(), "charts whose key changed without package-lock.json (an installed copy)").toEqual(registry.map((c) => c.id));
  } finally {
    project.remove();
  }
});
