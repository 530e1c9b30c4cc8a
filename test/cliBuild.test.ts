// The CLI as a user runs it, on a temporary copy of the project (so a test
// can break its data without touching the real data/ other tests read).

import { spawnSync } from "node:child_process";
import { mkdtempSync, readdirSync, readFileSync, writeFileSync } from "node:fs";
import { join, relative } from "node:path";
import { afterAll, expect, test } from "vitest";
import { registry } from "../charts/registry.js";
import { PROJECT_ROOT } from "../src/cli/root.js";
import { tempProject } from "./helpers/effects.js";

const project = tempProject();
afterAll(() => project.remove());

function run(command: string, args: string[], env: Record<string, string> = {}) {
  const { LAST_POCKET_ROOT: _, ...rest } = process.env;
  const result = spawnSync(command, args, { encoding: "utf8", cwd: project.root, env: { ...rest, ...env } });
  return { code: result.status, stdout: result.stdout, stderr: result.stderr };
}
// The executable, as installed: it runs the compiled bundle (no TypeScript loader).
const cli = (...args: string[]) => run(process.execPath, [join(project.root, "src", "cli", "bin.js"), ...args]);

test("build --out DIR --locale en --width 720 --format svg writes only those SVGs, identical to the committed ones, and no manifest", () => {
  const out = mkdtempSync(join(project.root, "out-"));
  const { code, stderr } = cli("build", "--out", out, "--locale", "en", "--width", "720", "--format", "svg");
  expect(code, `exit code of a partial build (stderr: ${stderr})`).toBe(0);
  const files = readdirSync(out, { recursive: true, withFileTypes: true })
    .filter((entry) => entry.isFile())
    .map((entry) => relative(out, join(entry.parentPath, entry.name)))
    .sort();
  expect(files, `files written into --out`).toEqual(
    registry
      .map((chart) => chart.id)
      .sort()
      .flatMap((id) => [`${id}/${id}-en-720-dark.svg`, `${id}/${id}-en-720-light.svg`]),
  );
  for (const file of files) {
    expect(
      readFileSync(join(out, file)).equals(readFileSync(join(PROJECT_ROOT, "output", file))),
      `${file} differs from output/${file}`,
    ).toBe(true);
  }
}, 60_000);

test("build exits 1 with one line naming the file, line and field on a data error; --verbose adds the stack trace", () => {
  const file = join(project.root, "data", "territory.csv");
  const original = readFileSync(file, "utf8");
  writeFileSync(file, original.replace("2015-12-14,exact,78000", "2015-12-14,exact,-3"));
  try {
    const quiet = cli("build", "--format", "svg", "--locale", "fr", "--width", "360");
    expect(quiet.code, "exit code on a data error").toBe(1);
    expect(quiet.stderr.trim().split("\n"), "stderr on a data error").toEqual([
      expect.stringMatching(/^last-pocket: data\/territory\.csv, line 3, field "value": expected a number .*, got "-3"$/),
    ]);
    const verbose = cli("build", "--verbose", "--format", "svg", "--locale", "fr", "--width", "360");
    expect(verbose.code, "exit code on a data error with --verbose").toBe(1);
    expect(verbose.stderr, "stderr on a data error with --verbose").toMatch(/data\/territory\.csv, line 3[^\n]*\n(.|\n)*\n\s+at /);
  } finally {
    writeFileSync(file, original);
  }
}, 60_000);

test("dev --help prints the preview's usage and exits 0", () => {
  const { code, stdout } = cli("dev", "--help");
  expect(code, "exit code of dev --help").toBe(0);
  expect(stdout, "dev --help").toMatch(/^Usage: last-pocket dev \[--port N\]/);
  expect(stdout, "dev --help").toContain("--port N");
}, 30_000);

test("npm run test:update refuses to run when CI is set, and writes nothing", () => {
  const manifest = join(project.root, "output", "manifest.json");
  const { code, stderr } = run("npm", ["run", "--silent", "test:update"], { CI: "true" });
  expect(code, "exit code of npm run test:update with CI=true").toBe(2);
  expect(stderr, "npm run test:update with CI=true").toContain("test:update never runs in CI");
  expect(() => readFileSync(manifest), "test:update built output/ with CI=true").toThrow();
}, 30_000);

test("with --verbose, an error thrown by a chart shows the chart's source file and line, not the bundle's", () => {
  const file = join(project.root, "charts", "timeline", "timeline.ts");
  const original = readFileSync(file, "utf8");
  const lines = original.split("\n");
  const at = lines.findIndex((line) => line.startsWith("function render(")) + 1;
  writeFileSync(file, [...lines.slice(0, at), '  throw new Error("broken on purpose");', ...lines.slice(at)].join("\n"));
  try {
    const { code, stderr } = cli("build", "timeline", "--out", mkdtempSync(join(project.root, "out-")), "--verbose");
    expect(code, stderr).toBe(1);
    expect(stderr).toContain("broken on purpose");
    // The path before charts/ is the tree whose node_modules holds the bundle: here the real project, which this copy links to.
    expect(stderr).toMatch(new RegExp(`at Object\\.render \\([^)]*/charts/timeline/timeline\\.ts:${at + 1}:\\d+\\)`));
    expect(stderr).toMatch(/at renderVariant \([^)]*\/src\/render\/render\.ts:\d+:\d+\)/);
    expect(stderr, "no frame in the bundle").not.toContain(join(".cache", "last-pocket", "cli"));
  } finally {
    writeFileSync(file, original);
  }
}, 120_000);

test("build exits 1 when a chart fails after other variants' PNGs were queued, instead of hanging on the PNG workers", () => {
  const file = join(project.root, "charts", "timeline", "timeline.ts");
  const original = readFileSync(file, "utf8");
  const lines = original.split("\n");
  const at = lines.findIndex((line) => line.startsWith("function render(")) + 1;
  // The 360 px variants render and queue their PNGs; the first 720 px one fails.
  writeFileSync(
    file,
    [...lines.slice(0, at), '  if (options.width === 720) throw new Error("broken at 720 px");', ...lines.slice(at)].join("\n"),
  );
  try {
    const result = spawnSync(
      process.execPath,
      [join(project.root, "src", "cli", "bin.js"), "build", "timeline", "--out", mkdtempSync(join(project.root, "out-"))],
      {
        encoding: "utf8",
        cwd: project.root,
        env: (({ LAST_POCKET_ROOT: _, ...rest }) => rest)(process.env),
        timeout: 60_000,
      },
    );
    expect(result.signal, "the CLI was still running after 60 s (killed)").toBe(null);
    expect(result.status, result.stderr).toBe(1);
    expect(result.stderr.trim(), "the error line").toBe("last-pocket: broken at 720 px");
  } finally {
    writeFileSync(file, original);
  }
}, 120_000);
