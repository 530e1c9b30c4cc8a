// The package as someone else gets it: packed, installed offline from npm's
// cache into a new project, and used there three ways: the snapshot helper in
// vitest (the corpus written, passed, failed on a change, updated with -u, and
// a missing golden in CI), a plain Node import, and the CLI building charts.

import { execFileSync, spawnSync } from "node:child_process";
import { copyFileSync, existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, expect, test } from "vitest";
import { PROJECT_ROOT } from "../../src/cli/root.js";
import { corpus } from "../testing/corpus/charts.js";
import { consumerLock } from "./consumerLock.js";

const defaults = { maxTarballBytes: 3_000_000 };
const NPM = process.platform === "win32" ? "npm.cmd" : "npm";
let folder: string;
let project: string;
let tarball: string;

/** The environment of a user's shell: no CI, no vitest worker variables. */
function env(extra: Record<string, string> = {}): NodeJS.ProcessEnv {
  const clean = Object.fromEntries(Object.entries(process.env).filter(([key]) => key !== "CI" && !key.startsWith("VITEST")));
  return { ...clean, NODE_ENV: "", ...extra };
}

function run(command: string, args: string[], extra: Record<string, string> = {}) {
  const result = spawnSync(command, args, { cwd: project, env: env(extra), encoding: "utf8", maxBuffer: 64 * 1024 * 1024 });
  return { code: result.status, output: `${result.stdout}${result.stderr}` };
}

const vitest = (args: string[], extra: Record<string, string> = {}) =>
  run(process.execPath, [join(project, "node_modules", "vitest", "vitest.mjs"), "run", "--reporter=verbose", ...args], extra);

beforeAll(() => {
  folder = mkdtempSync(join(tmpdir(), "last-pocket-pack-"));
  project = join(folder, "consumer project");
  mkdirSync(join(project, "test"), { recursive: true });
  const name = execFileSync(NPM, ["pack", "--silent", "--pack-destination", project], { cwd: PROJECT_ROOT, encoding: "utf8" })
    .trim()
    .split("\n")
    .at(-1) as string;
  tarball = join(project, name);
  const { manifest, lock } = consumerLock(PROJECT_ROOT, tarball, name, {
    vitest: "4.1.12",
    typescript: "5.9.3",
    "@types/node": "20.19.43",
  });
  writeFileSync(join(project, "package.json"), `${JSON.stringify(manifest, null, 2)}\n`);
  writeFileSync(join(project, "package-lock.json"), `${JSON.stringify(lock, null, 2)}\n`);
  const install = run(NPM, ["ci", "--offline", "--no-audit", "--no-fund"]);
  if (install.code !== 0) throw new Error(`npm ci --offline failed:\n${install.output}`);
  copyFileSync(join(PROJECT_ROOT, "test", "testing", "corpus", "charts.ts"), join(project, "test", "charts.ts"));
  for (const file of ["corpus.test.ts", "types.ts"])
    copyFileSync(join(PROJECT_ROOT, "test", "slow", "consumer", file), join(project, "test", file));
});

afterAll(() => {
  if (folder) rmSync(folder, { recursive: true, force: true });
});

test("the tarball is small and holds the package, not its tests, outputs or CI files", () => {
  expect(statSync(tarball).size).toBeLessThan(defaults.maxTarballBytes);
  const files = execFileSync("tar", ["tzf", tarball], { encoding: "utf8" }).trim().split("\n");
  expect(files).toContain("package/dist/testing/snapshot.js");
  expect(files).toContain("package/dist/testing/snapshot.d.ts");
  expect(files).toContain("package/src/cli/bin.js");
  expect(files).toContain("package/data/territory.csv");
  for (const file of files) expect(file).not.toMatch(/^package\/(test|output|\.ci|node_modules|tmp|test-results)\//);
});

test("npx last-pocket --version, --help and help build work from the installed copy", () => {
  const { version } = JSON.parse(readFileSync(join(PROJECT_ROOT, "package.json"), "utf8"));
  expect(run(NPM, ["exec", "--offline", "--", "last-pocket", "--version"])).toMatchObject({ code: 0, output: `${version}\n` });
  expect(run(NPM, ["exec", "--offline", "--", "last-pocket", "--help"])).toMatchObject({
    code: 0,
    output: expect.stringContaining("Commands:"),
  });
  expect(run(NPM, ["exec", "--offline", "--", "last-pocket", "help", "build"]).output).toContain("--out DIR");
});

test("npx last-pocket build --out DIR builds every chart from the installed copy, byte for byte as committed", () => {
  const result = run(NPM, ["exec", "--offline", "--", "last-pocket", "build", "--out", "charts out"]);
  expect(result.code, result.output).toBe(0);
  const out = join(project, "charts out");
  const committed = readdirSync(join(PROJECT_ROOT, "output"), { recursive: true, withFileTypes: true }).filter(
    (entry) => entry.isFile() && !entry.name.endsWith("-changed.svg"),
  );
  expect(committed.length).toBeGreaterThan(24);
  for (const entry of committed) {
    const path = join(entry.parentPath, entry.name).slice(join(PROJECT_ROOT, "output").length + 1);
    expect(readFileSync(join(out, path)).equals(readFileSync(join(PROJECT_ROOT, "output", path))), path).toBe(true);
  }
});

test("a plain Node import of last-pocket/testing serialises a chart", () => {
  const script = `
    import { JSDOM } from "jsdom";
    import { serializeChart, sanitizeId } from "last-pocket/testing";
    const { document } = new JSDOM("").window;
    const svg = document.createElementNS("http://www.w3.org/2000/svg", "svg");
    svg.innerHTML = '<clipPath id="c"><rect width="1.23456"/></clipPath><g clip-path="url(#c)"/>';
    console.log(serializeChart(svg, "my chart"));
    console.log(sanitizeId("2 bars"));`;
  const result = run(process.execPath, ["--input-type=module", "-e", script]);
  expect(result.code, result.output).toBe(0);
  expect(result.output).toContain('<svg xmlns="http://www.w3.org/2000/svg">');
  expect(result.output).toContain('<clipPath id="my-chart-1">');
  expect(result.output).toContain('clip-path="url(#my-chart-1)"');
  expect(result.output).toContain('<rect width="1.23"/>');
  expect(result.output).toContain("id-2-bars");
});

test("another project's tsc type-checks code using the helper with only typescript and @types/node", () => {
  const result = run(process.execPath, [
    join(project, "node_modules", "typescript", "bin", "tsc"),
    "--noEmit",
    "--strict",
    "--module",
    "nodenext",
    "--target",
    "es2022",
    "--lib",
    "es2022,dom",
    "--types",
    "node",
    join("test", "types.ts"),
  ]);
  expect(result, result.output).toMatchObject({ code: 0 });
});

test("the corpus round-trips in vitest there: missing in CI, written, passed, failed on a change, updated with -u", () => {
  const goldens = join(project, "test", "__snapshots__");
  const goldenFiles = () => (existsSync(goldens) ? readdirSync(goldens).filter((name) => !name.includes("-changed.")) : []);
  const snapshot = () => Object.fromEntries(goldenFiles().map((name) => [name, readFileSync(join(goldens, name), "utf8")]));

  const inCi = vitest([], { CI: "true" });
  expect(inCi.code, inCi.output).toBe(1);
  for (const chart of corpus) expect(inCi.output).toMatch(new RegExp(`${chart.name}: golden file .*${chart.name}\\.(svg|html) is missing`));
  expect(goldenFiles()).toEqual([]);

  const written = vitest([]);
  expect(written.code, written.output).toBe(0);
  expect(goldenFiles().length).toBe(corpus.length);
  const first = snapshot();
  for (const [name, text] of Object.entries(first)) expect(text, name).toMatch(name.endsWith(".svg") ? /^<svg xmlns=/ : /^<figure /);

  const passed = vitest([], { CI: "true" });
  expect(passed.code, passed.output).toBe(0);
  expect(snapshot()).toEqual(first);

  const failed = vitest([], { CORPUS_CHANGE: "1" });
  expect(failed.code, failed.output).toBe(1);
  for (const chart of corpus) {
    expect(failed.output).toMatch(new RegExp(`${chart.name}: \\d+\\.\\d\\d% of pixels changed; review `));
    expect(readdirSync(goldens)).toContain(`${chart.name}-changed.${first[`${chart.name}.svg`] ? "svg" : "html"}`);
    for (const kind of ["before", "after", "diff"])
      expect(
        existsSync(join(project, "test-results", "snapshots", "test", "__snapshots__", `${chart.name}-${kind}.png`)),
        `${chart.name}-${kind}.png`,
      ).toBe(true);
  }
  expect(snapshot()).toEqual(first);

  const updated = vitest(["-u"], { CORPUS_CHANGE: "1" });
  expect(updated.code, updated.output).toBe(0);
  const second = snapshot();
  for (const name of Object.keys(first)) expect(second[name], name).not.toBe(first[name]);
  expect(readdirSync(goldens).filter((name) => name.includes("-changed."))).toEqual([]);
  expect(readdirSync(join(project, "test-results", "snapshots"))).toEqual([]);

  const passedAgain = vitest([], { CI: "true", CORPUS_CHANGE: "1" });
  expect(passedAgain.code, passedAgain.output).toBe(0);
});
