// Defect 13: what is read from a cache is checked against a hash of its
// content, and anything wrong is a miss, never trusted.

import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, expect, test } from "vitest";
import { coerceState, EMPTY_STATE, STATE_VERSION } from "../../src/build/incremental.js";
import { bundleHashes, compiledCli, INTEGRITY, verifiedBundle } from "../../src/cli/compile.mjs";
import { PROJECT_ROOT } from "../../src/cli/root.js";
import { fontOptions } from "../../src/publish/png.js";
import { subsetFontFiles } from "../../src/publish/pngFonts.mjs";

const folder = mkdtempSync(join(tmpdir(), "last-pocket-caches-"));
afterAll(() => rmSync(folder, { recursive: true, force: true }));

test("subsetFontFiles() makes the subset again when a cached file holds garbage", async () => {
  const cacheDir = join(folder, "fonts");
  const files = await subsetFontFiles(fontOptions.fontFiles, cacheDir);
  const good = files.map((file) => readFileSync(file));
  writeFileSync(files[0], "garbage, not a font");
  const again = await subsetFontFiles(fontOptions.fontFiles, cacheDir);
  expect(again).toEqual(files);
  expect(again.map((file) => readFileSync(file).equals(good[again.indexOf(file)]))).toEqual(files.map(() => true));
}, 60_000);

test("verifiedBundle() accepts a bundle with its recorded hashes and refuses garbage, a missing record or a missing chunk", () => {
  const bundle = join(folder, "bundle");
  mkdirSync(bundle);
  writeFileSync(join(bundle, "cli.js"), "export const main = () => 0;");
  writeFileSync(join(bundle, "chunk-1.js"), "export {};");
  expect(verifiedBundle(bundle)).toBe(false);
  writeFileSync(join(bundle, INTEGRITY), JSON.stringify(bundleHashes(bundle)));
  expect(verifiedBundle(bundle)).toBe(true);
  writeFileSync(join(bundle, "cli.js"), "garbage(");
  expect(verifiedBundle(bundle)).toBe(false);
  expect(verifiedBundle(join(folder, "no-such-bundle"))).toBe(false);
});

test("coerceState() treats a state file of the wrong shape as no state", () => {
  for (const value of [null, {}, [], "x", 3, { version: STATE_VERSION, keys: null, files: {}, derived: {} }, { keys: {}, files: {} }])
    expect(coerceState(value), JSON.stringify(value)).toEqual(EMPTY_STATE);
  const good = { version: STATE_VERSION, keys: { a: "1" }, files: { "a/x.svg": "h" }, derived: {} };
  expect(coerceState(good)).toEqual(good);
});

test("compiledCli() answers with the bundle and the very bytes it was compiled from, by path relative to the project", async () => {
  const { url, sources } = await compiledCli();
  expect(url, "the compiled entry").toMatch(/\/node_modules\/\.cache\/last-pocket\/cli\/[0-9a-f]{16}\/cli\.js$/);
  for (const path of ["src/cli/cli.ts", "charts/territory/territory.strings.ts", "data/schema.ts", "package-lock.json"])
    expect(sources.get(path), `bytes of ${path}`).toEqual(readFileSync(join(PROJECT_ROOT, path)));
  expect(sources.has("data/territory.csv"), "a data file among the compiled sources").toBe(false);
});
