// incrementalBuild() over stub charts (test/helpers/stubCharts.ts), in a
// temporary copy of the project with the output in memory: what it renders,
// what it records in the build state, and when it takes the lock or recovers
// a killed publish. Fast enough for `npm test` and for Stryker.

import { createHash } from "node:crypto";
import { appendFileSync, existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { basename, dirname, join, relative } from "node:path";
import { afterAll, beforeAll, expect, test } from "vitest";
import { registry } from "../charts/registry.js";
import { acquireLock, type Effects } from "../src/build/effects.js";
import { DataError } from "../src/build/errors.js";
import { chartKeys } from "../src/build/incremental.js";
import { incrementalBuild, staleChartIds, statePath } from "../src/build/incrementalBuild.js";
import { PROJECT_ROOT } from "../src/cli/root.js";
import { STAGING } from "../src/publish/publish.js";
import { memoryEffects, tempProject } from "./helpers/effects.js";
import { stubCharts } from "./helpers/stubCharts.js";

// Made in beforeAll, not on import, so that a run that never starts its tests leaves nothing behind.
let project: ReturnType<typeof tempProject>;
let root = "";
beforeAll(() => {
  project = tempProject();
  root = project.root;
});
const ALL = registry.map((chart) => chart.id);
const folders: string[] = [];
afterAll(() => {
  project?.remove();
  for (const folder of folders) {
    rmSync(folder, { recursive: true, force: true });
    rmSync(statePath(folder), { force: true });
  }
});

/** A new, empty output folder, so no build state is left from another test or run. */
function newOut(): string {
  const folder = mkdtempSync(join(tmpdir(), "last-pocket-out-"));
  folders.push(folder);
  return folder;
}

const readState = (out: string) => JSON.parse(readFileSync(statePath(out), "utf8"));

/** Memory effects with recover() recording its calls. */
function recovering() {
  const effects = memoryEffects();
  const recovered: string[] = [];
  return { ...effects, recovered, recover: (folder: string) => void recovered.push(folder) } satisfies Effects & { recovered: string[] };
}

test("incrementalBuild() renders every chart once, records each one's key and files, then finds nothing to do and writes nothing", async () => {
  const out = newOut();
  const effects = memoryEffects();
  const first = await incrementalBuild({ root, out, modules: stubCharts() }, effects);
  expect(first.built, "charts rendered by a first build").toEqual(ALL);
  expect(first.partial, "partial flag of a build of everything").toBe(false);
  expect(first.unchanged, "files found unchanged by a first build").toBe(0);
  expect(first.written.length, "files written by a first build").toBe(ALL.length * (8 * 3 + 2 + 6) + 3);
  const state = readState(out);
  expect(Object.keys(state.keys), "charts with a recorded key").toEqual(ALL);
  expect(Object.keys(state.files).length, "files with a recorded hash").toBe(first.written.length);
  expect(state.files["manifest.json"], "recorded hash of manifest.json").toBe(
    createHash("sha256")
      .update(effects.files.get(`${out}/manifest.json`) as Buffer)
      .digest("hex"),
  );
  expect(Object.keys(state.derived).length, "PNGs and PDFs with a recorded source").toBe(ALL.length * (16 + 2));
  expect(state.version, "version of the recorded state").toBe(2);
  expect(
    readdirSync(dirname(statePath(out))).filter((name) => name.endsWith(".tmp")),
    "staging files left beside the state",
  ).toEqual([]);
  const lines = effects.lines.length;
  const again = await incrementalBuild({ root, out, modules: stubCharts() }, effects);
  expect(again, "a build with nothing to do").toEqual({ built: [], written: [], unchanged: 0, partial: false });
  expect(effects.lines.length, "progress lines of a build with nothing to do").toBe(lines);
  expect(staleChartIds({ root, out }, effects), "stale charts after a build").toEqual([]);
});

test("incrementalBuild() renders only the stale charts it is asked for, and keeps the others' recorded keys and files", async () => {
  const out = newOut();
  const effects = memoryEffects();
  await incrementalBuild({ root, out, modules: stubCharts() }, effects);
  const before = readState(out);
  // Changed output of one chart: its stub draws a new mark.
  const changed = await incrementalBuild({ root, out, charts: ["timeline"], force: true, modules: stubCharts(" v2") }, effects);
  expect(changed.built, "charts rendered by a forced build of timeline").toEqual(["timeline"]);
  expect(
    changed.written.filter((path) => !path.startsWith(`${out}/timeline/`)).sort(),
    "files other than timeline's written by a build of timeline",
  ).toEqual(["index.en.html", "index.html", "manifest.json"].map((name) => `${out}/${name}`));
  expect(changed.unchanged, "files of timeline found unchanged (the snippets)").toBeGreaterThan(0);
  const after = readState(out);
  expect(after.keys, "recorded keys after a build of timeline").toEqual(before.keys);
  for (const path of Object.keys(before.files).filter((p) => p.startsWith("territory/")))
    expect(after.files[path], `recorded hash of ${path}, not rebuilt`).toBe(before.files[path]);
  const svg = "timeline/timeline-fr-720-light.svg";
  expect(after.files[svg], `recorded hash of ${svg} after it changed`).not.toBe(before.files[svg]);
  expect(after.derived["timeline/timeline-fr.pdf"], "recorded source of the rebuilt PDF").not.toBe(
    before.derived["timeline/timeline-fr.pdf"],
  );
  expect(after.derived["territory/territory-fr.pdf"], "recorded source of a PDF not rebuilt").toBe(
    before.derived["territory/territory-fr.pdf"],
  );

  // A source file of one chart edited: only that chart is stale, and only it is rendered.
  const strings = join(root, "charts", "casualties", "casualties.strings.ts");
  const original = readFileSync(strings);
  try {
    appendFileSync(strings, "\n// edited\n");
    expect(staleChartIds({ root, out }, effects), "stale charts after casualties.strings.ts changed").toEqual(["casualties"]);
    const edited = await incrementalBuild({ root, out, modules: stubCharts() }, effects);
    expect(edited.built, "charts rendered after casualties.strings.ts changed").toEqual(["casualties"]);
    expect(readState(out).keys.casualties, "recorded key of casualties after its build").not.toBe(before.keys.casualties);
  } finally {
    writeFileSync(strings, original);
  }
});

test("incrementalBuild() limited by locale, width or format renders the requested charts every time and records no key", async () => {
  const out = newOut();
  const effects = memoryEffects();
  await incrementalBuild({ root, out, modules: stubCharts() }, effects);
  const before = readState(out);
  for (const [limit, partial] of [
    [{ locales: ["en"] }, true],
    [{ widths: [720] }, true],
    [{ formats: ["svg", "png"] }, true],
    [{ locales: ["en", "fr"], widths: [720, 360], formats: ["pdf", "svg", "png"] }, false],
  ] as const)
    expect(
      (await incrementalBuild({ root, out, charts: ["timeline"], modules: stubCharts(), ...limit }, effects)).partial,
      `partial flag of a build limited to ${JSON.stringify(limit)}`,
    ).toBe(partial);
  const options = {
    root,
    out,
    charts: ["map"],
    modules: stubCharts(" v2"),
    locales: ["fr"] as const,
    widths: [360],
    formats: ["svg"] as const,
  };
  // The map's sources edited: a partial build renders it, but must not record it as done.
  const strings = join(root, "charts", "map", "map.strings.ts");
  const original = readFileSync(strings);
  try {
    appendFileSync(strings, "\n// edited\n");
    const partial = await incrementalBuild(options, effects);
    expect(partial.built, "charts rendered by a partial build of map").toEqual(["map"]);
    expect(partial.partial, "a build limited to French 360 px SVGs is partial").toBe(true);
    expect([...partial.written].sort(), "files written by the partial build").toEqual([
      `${out}/map/map-fr-360-dark.svg`,
      `${out}/map/map-fr-360-light.svg`,
    ]);
    const after = readState(out);
    expect(after.keys, "recorded keys after a partial build of the edited map").toEqual(before.keys);
    expect(after.files["map/map-fr-360-dark.svg"], "recorded hash of a file the partial build wrote").not.toBe(
      before.files["map/map-fr-360-dark.svg"],
    );
    expect(staleChartIds({ root, out }, effects), "stale charts after a partial build of the edited map").toEqual(["map"]);
    expect((await incrementalBuild(options, effects)).built, "charts rendered by the same partial build again").toEqual(["map"]);
  } finally {
    writeFileSync(strings, original);
  }
  // The sources restored: the key is the recorded one, and the files the partial build wrote are the recorded ones.
  expect(staleChartIds({ root, out }, effects), "stale charts once the map's sources are restored").toEqual([]);
  expect(staleChartIds({ ...options, formats: undefined, locales: ["en"] }, effects), "stale charts of a build limited to English").toEqual(
    ["map"],
  );
});

test("incrementalBuild() with a new base URL renders every chart again, and with the same one again renders nothing", async () => {
  const out = newOut();
  const effects = memoryEffects();
  await incrementalBuild({ root, out, modules: stubCharts() }, effects);
  const keys = readState(out).keys;
  expect(keys, "recorded keys without a base URL: what the charts are made of").toEqual(chartKeys(root, registry));
  const baseUrl = "https://example.org/graphics/";
  expect(staleChartIds({ root, out, baseUrl }, effects), "stale charts with a new base URL").toEqual(ALL);
  const rebased = await incrementalBuild({ root, out, baseUrl, modules: stubCharts() }, effects);
  expect(rebased.built, "charts rendered with a new base URL").toEqual(ALL);
  expect(effects.files.get(`${out}/manifest.json`)?.toString(), "manifest.json with a base URL").toContain(`"baseUrl": "${baseUrl}"`);
  const rebasedKeys = readState(out).keys;
  for (const id of ALL) expect(rebasedKeys[id], `recorded key of ${id} with a base URL`).not.toBe(keys[id]);
  expect(staleChartIds({ root, out, baseUrl }, effects), "stale charts with the same base URL").toEqual([]);
  expect(staleChartIds({ root, out, baseUrl: "https://example.org/other/" }, effects), "stale charts with another base URL").toEqual(ALL);
  expect(staleChartIds({ root, out }, effects), "stale charts without the base URL").toEqual(ALL);
});

test("incrementalBuild() reads its data from the project it is given", async () => {
  const other = tempProject();
  try {
    const organisations = join(other.root, "data", "organisations.csv");
    writeFileSync(organisations, readFileSync(organisations, "utf8").replace("ihs,IHS Markit,IHS Markit", "ihs,IHS Renamed,IHS Renamed"));
    const out = newOut();
    const effects = memoryEffects();
    await incrementalBuild({ root: other.root, out, modules: stubCharts() }, effects);
    const manifest = JSON.parse(effects.files.get(`${out}/manifest.json`)?.toString() ?? "{}");
    expect(manifest.charts[0].variants[0].sourceLine, "source line of territory in manifest.json").toContain("IHS Renamed");
  } finally {
    other.remove();
  }
});

test("incrementalBuild() treats an unreadable or foreign state file as no state: every chart is stale", async () => {
  const out = newOut();
  const effects = memoryEffects();
  await incrementalBuild({ root, out, modules: stubCharts() }, effects);
  for (const [name, text] of [
    ["not JSON", "{ not json"],
    ["of another version", JSON.stringify({ ...readState(out), version: 1 })],
  ]) {
    writeFileSync(statePath(out), text);
    expect(staleChartIds({ root, out }, effects), `stale charts with a state file ${name}`).toEqual(ALL);
    const rebuilt = await incrementalBuild({ root, out, modules: stubCharts() }, effects);
    expect(rebuilt.built, `charts rendered with a state file ${name}`).toEqual(ALL);
    expect(rebuilt.written, `files written with a state file ${name} (the output itself is up to date)`).toEqual([]);
    expect(rebuilt.unchanged, `files found unchanged with a state file ${name}`).toBe(ALL.length * 32 + 3);
    expect(readState(out).version, `version of the state rewritten after one ${name}`).toBe(2);
  }
});

test("incrementalBuild() recovers a killed build's publish before comparing, and builds when leftovers remain even if nothing is stale", async () => {
  const out = newOut();
  const effects = recovering();
  await incrementalBuild({ root, out, modules: stubCharts() }, effects);
  expect(effects.recovered, "folders recovered by a first build").toEqual([out]);
  await incrementalBuild({ root, out, modules: stubCharts() }, effects);
  expect(effects.recovered, "folders recovered when nothing is stale and nothing is left over").toEqual([out]);
  mkdirSync(join(out, STAGING));
  const result = await incrementalBuild({ root, out, modules: stubCharts() }, effects);
  expect(effects.recovered, "folders recovered when a staging folder is left over").toEqual([out, out]);
  expect(result, "a build after a recovery that left nothing stale").toEqual({ built: [], written: [], unchanged: 0, partial: false });
  expect(existsSync(join(out, STAGING)), "the staging folder, which this test's recover() leaves").toBe(true);
  // Effects without recover() (an in-memory build) do not look for leftovers: with nothing stale, they return
  // at once, without waiting for the lock (held here).
  const release = await acquireLock(`${statePath(out)}.lock`);
  try {
    // A build that waited for the lock would never end here: the test would time out.
    const plain = await incrementalBuild({ root, out, modules: stubCharts() }, memoryEffects(effects.files));
    expect(plain, "a build without recover() and nothing stale").toEqual({
      built: [],
      written: [],
      unchanged: 0,
      partial: false,
    });
  } finally {
    release();
  }
});

test("incrementalBuild() twice at once: the build that waited for the lock finds nothing left to do", async () => {
  const out = newOut();
  const effects = memoryEffects();
  const results = await Promise.all([
    incrementalBuild({ root, out, modules: stubCharts() }, effects),
    incrementalBuild({ root, out, modules: stubCharts() }, effects),
  ]);
  expect(
    results.map((result) => result.built),
    "charts rendered by each of two builds started together",
  ).toEqual([ALL, []]);
  expect(results[1], "the build that waited").toEqual({ built: [], written: [], unchanged: 0, partial: false });
  expect(effects.writes.length, "files written by both builds").toBe(results[0].written.length);
  expect(existsSync(`${statePath(out)}.lock`), "the lock file after both builds").toBe(false);
});

test("incrementalBuild() renders every chart when manifest.json is missing from the output", async () => {
  const out = newOut();
  const effects = memoryEffects();
  await incrementalBuild({ root, out, modules: stubCharts() }, effects);
  effects.files.delete(`${out}/manifest.json`);
  const result = await incrementalBuild({ root, out, modules: stubCharts() }, effects);
  expect(result.built, "charts rendered without manifest.json").toEqual(ALL);
  expect(result.written, "files written without manifest.json").toEqual([`${out}/manifest.json`]);
});

test("incrementalBuild() renders every chart when manifest.json is missing, even if the state does not record it", async () => {
  const out = newOut();
  const effects = memoryEffects();
  await incrementalBuild({ root, out, modules: stubCharts() }, effects);
  // A state that does not record manifest.json (as an older build's did not), and no manifest.json on disk.
  const { "manifest.json": _, ...files } = readState(out).files;
  writeFileSync(statePath(out), JSON.stringify({ ...readState(out), files }));
  expect(staleChartIds({ root, out }, effects), "stale charts with manifest.json on disk").toEqual([]);
  effects.files.delete(`${out}/manifest.json`);
  expect(staleChartIds({ root, out }, effects), "stale charts without manifest.json").toEqual(ALL);
});

test("incrementalBuild() without modules renders the package's own charts", async () => {
  const out = newOut();
  const effects = memoryEffects();
  const result = await incrementalBuild({ root, out, charts: ["timeline"], locales: ["fr"], widths: [360], formats: ["svg"] }, effects);
  expect(result.built, "charts rendered").toEqual(["timeline"]);
  const svg = "timeline/timeline-fr-360-light.svg";
  expect(
    effects.files.get(`${out}/${svg}`)?.equals(readFileSync(join(PROJECT_ROOT, "output", svg))),
    `${out}/${svg} equals output/${svg}`,
  ).toBe(true);
});

test("incrementalBuild() on bad data fails with a DataError naming the file, line and field, before writing anything", async () => {
  const territory = join(root, "data", "territory.csv");
  const original = readFileSync(territory);
  try {
    writeFileSync(territory, original.toString().replace("2015-12-14,exact,78000", "2015-12-14,exact,-3"));
    const effects = memoryEffects();
    const failure = incrementalBuild({ root, out: newOut(), modules: stubCharts() }, effects);
    await expect(failure, "a build from a negative area").rejects.toThrow(DataError);
    await expect(failure, "a build from a negative area").rejects.toThrow(/^data\/territory\.csv, line 3, field "value"/);
    expect(effects.writes, "files written by a build from bad data").toEqual([]);
  } finally {
    writeFileSync(territory, original);
  }
});

test("statePath() keeps each output folder's state in node_modules/.cache/last-pocket/, named by a 12-digit hash of its absolute path", async () => {
  const out = newOut();
  const path = statePath(out);
  expect(dirname(path), "folder of the build state").toBe(join(PROJECT_ROOT, "node_modules", ".cache", "last-pocket"));
  expect(basename(path), "name of the build state").toMatch(/^build-[0-9a-f]{12}\.json$/);
  expect(statePath(relative(process.cwd(), out)), "state of the same folder named relatively").toBe(path);
  expect(statePath(newOut()), "state of another folder").not.toBe(path);
  await incrementalBuild({ root, out, charts: ["timeline"], modules: stubCharts() }, memoryEffects());
  expect(existsSync(path), `${path} after a build`).toBe(true);
});

test("incrementalBuild() keys a chart by the bytes its code was loaded from: a source saved after the load stays stale (issue 32)", async () => {
  const out = newOut();
  const effects = memoryEffects();
  await incrementalBuild({ root, out, modules: stubCharts() }, effects);
  const strings = "charts/territory/territory.strings.ts";
  const library = "src/render/theme.ts";
  const loaded = new Map([strings, library].map((path) => [path, readFileSync(join(root, path))]));
  const originals = new Map(loaded);
  try {
    // The code was loaded, then both files were saved: the build renders the old code.
    for (const path of loaded.keys()) appendFileSync(join(root, path), "\n// saved during the build\n");
    const during = await incrementalBuild({ root, out, modules: stubCharts(), loaded: (path) => loaded.get(path) }, effects);
    expect(during.built, "charts rendered with the code as loaded, which is what was recorded").toEqual([]);
    expect(staleChartIds({ root, out }, effects), "stale charts on disk after a build of the code as loaded").toEqual(ALL);
    // Once the saved code is loaded, every chart is built again.
    const after = await incrementalBuild({ root, out, modules: stubCharts() }, effects);
    expect(after.built, "charts rendered once the saved code is loaded").toEqual(ALL);
    expect(staleChartIds({ root, out }, effects), "stale charts after that build").toEqual([]);
  } finally {
    for (const [path, bytes] of originals) writeFileSync(join(root, path), bytes);
  }
});

test("chartKeys() hashes a loaded file's bytes instead of the disk's, and reads every other file from disk", () => {
  const strings = "charts/territory/territory.strings.ts";
  const disk = chartKeys(root, registry);
  expect(
    chartKeys(root, registry, () => undefined),
    "keys when nothing is known as loaded",
  ).toEqual(disk);
  const same = readFileSync(join(root, strings));
  expect(
    chartKeys(root, registry, (path) => (path === strings ? same : undefined)),
    "keys with the disk's own bytes as loaded",
  ).toEqual(disk);
  const other = chartKeys(root, registry, (path) => (path === strings ? Buffer.from("other") : undefined));
  expect(
    ALL.filter((id) => other[id] !== disk[id]),
    "charts whose key changes when their strings were loaded with other bytes",
  ).toEqual(["territory"]);
});
