// The snapshot helper as its own package, as a new user gets it: made by
// `npm run pack:testing`, checked by `npm publish --dry-run`, packed,
// installed offline into a new project with vitest, and used there through
// its README's example, with a relative golden path and no extension: missing
// in CI, written, passed in CI from another working folder, failed on a change
// with the review files, in CI too.

import { execFileSync, spawnSync } from "node:child_process";
import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, expect, test } from "vitest";
import { PROJECT_ROOT } from "../../src/cli/root.js";
import { makeTestingPackage } from "../../src/testing/package/make.js";
import { consumerLock } from "./consumerLock.js";

const NPM = process.platform === "win32" ? "npm.cmd" : "npm";
const defaults = {
  /** The chart tool's build-only packages, which the helper's install must not bring. */
  buildOnly: ["esbuild", "pdfkit", "svg-to-pdfkit", "harfbuzzjs", "subset-font", "markdown-it", "tsx", "source-sans"],
  /** The helper installed alone (no vitest), in bytes on disk: jsdom, resvg, pixelmatch, pngjs and the fonts. */
  maxInstallBytes: 40 * 1024 * 1024,
};
let folder: string;
let project: string;
let packageFolder: string;

function env(extra: Record<string, string> = {}): NodeJS.ProcessEnv {
  const clean = Object.fromEntries(Object.entries(process.env).filter(([key]) => key !== "CI" && !key.startsWith("VITEST")));
  return { ...clean, NODE_ENV: "", ...extra };
}

function run(command: string, args: string[], options: { cwd?: string; env?: Record<string, string> } = {}) {
  const result = spawnSync(command, args, {
    cwd: options.cwd ?? project,
    env: env(options.env),
    encoding: "utf8",
    maxBuffer: 64 * 1024 * 1024,
  });
  return { code: result.status, output: `${result.stdout}${result.stderr}` };
}

const vitest = (extra: Record<string, string> = {}, cwd = project) =>
  run(process.execPath, [join(project, "node_modules", "vitest", "vitest.mjs"), "run", "--root", project], { cwd, env: extra });

/** The README's example, as a user copies it. */
function readmeExample(): string {
  const readme = readFileSync(join(packageFolder, "README.md"), "utf8");
  const example = /```ts\n([\s\S]*?)```/.exec(readme)?.[1];
  if (!example) throw new Error("the helper's README has no ts example");
  return example;
}

beforeAll(() => {
  folder = mkdtempSync(join(tmpdir(), "last-pocket-testing-pkg-"));
  project = join(folder, "new project");
  mkdirSync(join(project, "test"), { recursive: true });
  packageFolder = makeTestingPackage(PROJECT_ROOT);
  const name = execFileSync(NPM, ["pack", "--silent", "--pack-destination", project], { cwd: packageFolder, encoding: "utf8" })
    .trim()
    .split("\n")
    .at(-1) as string;
  const manifest = JSON.parse(readFileSync(join(packageFolder, "package.json"), "utf8"));
  const { manifest: consumer, lock } = consumerLock(
    PROJECT_ROOT,
    join(project, name),
    name,
    { vitest: "4.1.12", jsdom: "29.1.1", "@observablehq/plot": "0.6.17" },
    manifest,
  );
  writeFileSync(join(project, "package.json"), `${JSON.stringify(consumer, null, 2)}\n`);
  writeFileSync(join(project, "package-lock.json"), `${JSON.stringify(lock, null, 2)}\n`);
  const install = run(NPM, ["ci", "--offline", "--no-audit", "--no-fund"]);
  if (install.code !== 0) throw new Error(`npm ci --offline failed:\n${install.output}`);
  writeFileSync(join(project, "test", "bars.test.ts"), readmeExample());
});

afterAll(() => {
  if (folder) rmSync(folder, { recursive: true, force: true });
});

test("npm publish --dry-run accepts the package, whose dependencies are only what the helper runs", () => {
  const dry = run(NPM, ["publish", "--dry-run"], { cwd: packageFolder });
  expect(dry.code, dry.output).toBe(0);
  expect(dry.output).toContain("last-pocket-testing@");
  const { dependencies, exports } = JSON.parse(readFileSync(join(packageFolder, "package.json"), "utf8"));
  expect(Object.keys(dependencies)).toEqual(["@resvg/resvg-js", "jsdom", "pixelmatch", "pngjs"]);
  expect(exports["."].default).toBe("./testing/snapshot.js");
  const installed = readdirSync(join(project, "node_modules"));
  for (const name of defaults.buildOnly) expect(installed, `${name} was installed`).not.toContain(name);
});

test("installed alone, the helper and its dependencies stay under 40 MB on disk", () => {
  const alone = join(folder, "alone");
  mkdirSync(alone);
  const tarball = readdirSync(project).find((name) => name.endsWith(".tgz")) as string;
  const manifest = JSON.parse(readFileSync(join(packageFolder, "package.json"), "utf8"));
  const { manifest: consumer, lock } = consumerLock(PROJECT_ROOT, join(project, tarball), `../new project/${tarball}`, {}, manifest);
  writeFileSync(join(alone, "package.json"), `${JSON.stringify(consumer, null, 2)}\n`);
  writeFileSync(join(alone, "package-lock.json"), `${JSON.stringify(lock, null, 2)}\n`);
  const install = run(NPM, ["ci", "--offline", "--no-audit", "--no-fund"], { cwd: alone });
  expect(install.code, install.output).toBe(0);
  const bytes = Number(execFileSync("du", ["-sk", join(alone, "node_modules")], { encoding: "utf8" }).split("\t")[0]) * 1024;
  console.log(`last-pocket-testing installed alone: ${(bytes / 1024 / 1024).toFixed(1)} MB in node_modules`);
  expect(bytes).toBeLessThan(defaults.maxInstallBytes);
});

test("the README's example, with a relative path and no extension: missing in CI, written, passed, failed on a change with review files", () => {
  const golden = join(project, "test", "__snapshots__", "bars.svg");
  const inCi = vitest({ CI: "true" });
  expect(inCi.code, inCi.output).toBe(1);
  expect(inCi.output).toContain(`bars: golden file ${golden} is missing; CI never writes one`);

  const written = vitest();
  expect(written.code, written.output).toBe(0);
  expect(readFileSync(golden, "utf8")).toMatch(/^<svg xmlns="http:\/\/www.w3.org\/2000\/svg"/);

  // Started from another folder, as CI runners do: the path is still the test file's.
  const elsewhere = vitest({ CI: "true" }, folder);
  expect(elsewhere.code, elsewhere.output).toBe(0);

  const before = readFileSync(golden, "utf8");
  const test = join(project, "test", "bars.test.ts");
  writeFileSync(test, readFileSync(test, "utf8").replace("[3, 1, 2]", "[3, 1, 4]"));
  const failed = vitest({ CI: "true" });
  expect(failed.code, failed.output).toBe(1);
  expect(failed.output).toMatch(
    /bars: \d+\.\d\d% of pixels changed; review .*test-results\/snapshots\/test\/__snapshots__\/bars-\{before,after,diff\}\.png/,
  );
  for (const kind of ["before", "after", "diff"])
    expect(statSync(join(project, "test-results", "snapshots", "test", "__snapshots__", `bars-${kind}.png`)).size).toBeGreaterThan(100);
  expect(existsSync(join(project, "test", "__snapshots__", "bars-changed.svg"))).toBe(true);
  expect(readFileSync(golden, "utf8"), "the golden file was changed").toBe(before);
});
