// The incremental build on a temporary copy of the project, with the output
// in memory (seeded with the committed output/, so PNGs are reused): builds
// started together take turns, and only the charts whose files changed are rendered.

import { spawn, spawnSync } from "node:child_process";
import { appendFileSync, existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, expect, test, vi } from "vitest";
import { registry } from "../charts/registry.js";
import { acquireLock } from "../src/build/effects.js";
import { incrementalBuild, staleChartIds } from "../src/build/incrementalBuild.js";
import { startTime } from "../src/build/lock.mjs";
import { committedOutput, memoryEffects, tempProject } from "./helpers/effects.js";

const project = tempProject();
// A new output folder each run, so no build state is left from an earlier run.
const out = join(project.root, "output");
const effects = memoryEffects(committedOutput(out));
const ALL = registry.map((chart) => chart.id);
afterAll(() => project.remove());

test("incrementalBuild() twice at once: one renders every chart, the one that waited for the lock finds nothing left to do", async () => {
  const results = await Promise.all([
    incrementalBuild({ root: project.root, out }, effects),
    incrementalBuild({ root: project.root, out }, effects),
  ]);
  expect(
    results.map((result) => result.built),
    "charts rendered by each of two builds started together",
  ).toEqual([ALL, []]);
  expect(effects.writes.length, "files written by the build that waited").toBe(results[0].written.length);
}, 120_000);

test("incrementalBuild() renders only the charts whose modules or data changed", async () => {
  appendFileSync(join(project.root, "charts", "timeline", "timeline.strings.ts"), "\n// edited\n");
  expect(
    (await incrementalBuild({ root: project.root, out }, effects)).built,
    "charts rendered after charts/timeline/timeline.strings.ts changed",
  ).toEqual(["timeline"]);
  // The same rows with CRLF line endings, as a spreadsheet saves them: new bytes, same data.
  const territory = join(project.root, "data", "territory.csv");
  writeFileSync(territory, readFileSync(territory, "utf8").replace(/\n/g, "\r\n"));
  expect((await incrementalBuild({ root: project.root, out }, effects)).built, "charts rendered after data/territory.csv changed").toEqual([
    "territory",
  ]);
}, 120_000);

test("incrementalBuild() with nothing to do renders nothing and imports neither jsdom nor Plot", async () => {
  const imported: string[] = [];
  vi.resetModules();
  for (const name of ["jsdom", "@observablehq/plot"]) {
    vi.doMock(name, async (original) => {
      imported.push(name);
      return original();
    });
  }
  try {
    const fresh = await import("../src/build/incrementalBuild.js");
    const result = await fresh.incrementalBuild({ root: project.root, out }, effects);
    expect(result.built, "charts rendered by a build with nothing to do").toEqual([]);
    expect(imported, "heavy modules imported by a build with nothing to do").toEqual([]);
    // The probe itself works: the DOM module does import jsdom.
    await import("../src/render/dom.js");
    expect(imported).toContain("jsdom");
  } finally {
    vi.doUnmock("jsdom");
    vi.doUnmock("@observablehq/plot");
    vi.resetModules();
  }
}, 120_000);

test("incrementalBuild(): --force and partial builds render the requested charts even when up to date; a partial build records nothing", async () => {
  const root = project.root;
  expect(staleChartIds({ root, out }, effects), "stale charts after the builds above").toEqual([]);
  const forced = await incrementalBuild({ root, out, charts: ["timeline"], force: true }, effects);
  expect(forced, "a forced build of timeline").toMatchObject({ built: ["timeline"], partial: false, written: [] });
  expect(forced.unchanged, "files a forced build of timeline found unchanged").toBeGreaterThan(8 * 3);
  const partial = await incrementalBuild({ root, out, charts: ["timeline"], locales: ["fr"], widths: [360], formats: ["svg"] }, effects);
  expect(partial, "a partial build of timeline").toMatchObject({ built: ["timeline"], partial: true, written: [], unchanged: 2 });
  expect(staleChartIds({ root, out }, effects), "stale charts after a partial build").toEqual([]);
  expect(staleChartIds({ root, out, charts: ["casualties"], force: true }, effects), "stale charts of a forced build").toEqual([
    "casualties",
  ]);
}, 120_000);

test("incrementalBuild(): an output file edited by hand, or a missing manifest.json, makes charts stale again", () => {
  const root = project.root;
  const svg = `${out}/casualties/casualties-en-720-dark.svg`;
  const saved = effects.files.get(svg) as Buffer;
  effects.files.set(svg, Buffer.from("edited by hand"));
  expect(staleChartIds({ root, out }, effects), "stale charts after an SVG of casualties was edited").toEqual(["casualties"]);
  effects.files.set(svg, saved);
  const manifest = effects.files.get(`${out}/manifest.json`) as Buffer;
  effects.files.delete(`${out}/manifest.json`);
  expect(staleChartIds({ root, out }, effects), "stale charts without manifest.json").toEqual(ALL);
  effects.files.set(`${out}/manifest.json`, manifest);
  expect(staleChartIds({ root, out }, effects), "stale charts once restored").toEqual([]);
});

test("acquireLock() takes over a lock left by a dead process, and waits while a live one holds it", async () => {
  const folder = mkdtempSync(join(tmpdir(), "last-pocket-lock-"));
  const path = join(folder, "build.lock");
  try {
    const dead = spawnSync(process.execPath, ["-e", ""]).pid;
    writeFileSync(path, String(dead));
    const release = await acquireLock(path, { timeoutMs: 5_000 });
    expect(JSON.parse(readFileSync(path, "utf8")).pid, "the process id in the lock file after a takeover").toBe(process.pid);
    release();
    expect(existsSync(path), "the lock file after its release").toBe(false);

    const holder = spawn(process.execPath, ["-e", "setTimeout(() => {}, 60000)"], { stdio: "ignore" });
    // A holder is named by its process id and start time (a bare id could be a reused one).
    writeFileSync(path, JSON.stringify({ pid: holder.pid, started: startTime(holder.pid as number) }));
    await expect(acquireLock(path, { timeoutMs: 200, pollMs: 20 }), "a lock held by a live process").rejects.toThrow(String(holder.pid));
    const taken = acquireLock(path, { timeoutMs: 5_000, pollMs: 20 });
    holder.kill();
    (await taken)();
  } finally {
    rmSync(folder, { recursive: true, force: true });
  }
}, 30_000);
