// A fresh clone in a temporary folder (with a space in its path) passes the
// README's two commands, `npm ci && npm run build` and `npm test`, outside CI,
// and neither leaves `git status` dirty: the committed output/ is what a build
// makes. It clones the last commit, so commit before running it.

import { spawnSync } from "node:child_process";
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { stripVTControlCharacters } from "node:util";
import { afterAll, expect, test } from "vitest";
import { PROJECT_ROOT } from "../../src/cli/root.js";

const NPM = process.platform === "win32" ? "npm.cmd" : "npm";
const folder = mkdtempSync(join(tmpdir(), "last-pocket-clone-"));
const clone = join(folder, "fresh clone");

afterAll(() => rmSync(folder, { recursive: true, force: true }));

/** Runs a command in the clone as a user's shell would: no CI, no vitest variables. */
function run(command: string, args: string[], cwd = clone, extra: Record<string, string> = {}) {
  const env = Object.fromEntries(
    Object.entries(process.env).filter(([key]) => key !== "CI" && !key.startsWith("VITEST") && key !== "LAST_POCKET_ROOT"),
  );
  const result = spawnSync(command, args, { cwd, env: { ...env, NODE_ENV: "", ...extra }, encoding: "utf8", maxBuffer: 64 * 1024 * 1024 });
  return { code: result.status, output: `${result.stdout}${result.stderr}` };
}

test("a fresh clone passes npm ci && npm run build, then npm test, and git status stays clean", () => {
  expect(run("git", ["clone", "--quiet", PROJECT_ROOT, clone], folder)).toMatchObject({ code: 0 });
  const install = run(NPM, ["ci", "--prefer-offline", "--no-audit", "--no-fund"]);
  expect(install.code, install.output).toBe(0);
  const build = run(NPM, ["run", "build"]);
  expect(build.code, build.output).toBe(0);
  expect(run("git", ["status", "--porcelain"])).toEqual({ code: 0, output: "" });
  // As on a machine without a browser: the outer run has the browser tests; this one shows they are left out cleanly.
  const tests = run(NPM, ["test"], clone, { CHROMIUM_PATH: join(clone, "no-browser-here") });
  expect(tests.code, tests.output.slice(-4000)).toBe(0);
  // Colour codes stand between the words when the runner's environment forces colour.
  expect(stripVTControlCharacters(tests.output)).toMatch(/Test Files +\d+ passed/);
  expect(run("git", ["status", "--porcelain"])).toEqual({ code: 0, output: "" });
});
