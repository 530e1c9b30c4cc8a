// `last-pocket new <id>` in a temporary copy of the project: it writes a
// chart folder and one line in charts/list.ts, the chart builds at once in
// its 8 variants, and the project's own tests (lint, snapshots, orphans, the
// chart-folder checks, typography, fact-check rules) pass with it.

import { spawnSync } from "node:child_process";
import { cpSync, existsSync, readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { afterAll, expect, test } from "vitest";
import { PROJECT_ROOT } from "../../src/cli/root.js";
import { variants } from "../../src/publish/variants.js";
import { tempProject } from "../helpers/effects.js";

const project = tempProject({ output: true });
for (const path of ["test", "vitest.config.ts", "biome.json"])
  cpSync(join(PROJECT_ROOT, path), join(project.root, path), { recursive: true });
afterAll(() => project.remove());

function run(command: string, args: string[]) {
  const { LAST_POCKET_ROOT: _, CI: __, ...env } = process.env;
  const result = spawnSync(command, args, { encoding: "utf8", cwd: project.root, env });
  return { code: result.status, stdout: result.stdout, stderr: result.stderr };
}
const cli = (...args: string[]) => run(process.execPath, [join(project.root, "src", "cli", "bin.js"), ...args]);
const npx = (...args: string[]) => run(join(PROJECT_ROOT, "node_modules", ".bin", args[0]), args.slice(1));

test("new roads scaffolds charts/roads/ and its line in charts/list.ts; build renders it; the tests pass with it", () => {
  const list = readFileSync(join(project.root, "charts", "list.ts"), "utf8");
  const made = cli("new", "roads");
  expect(made.code, made.stderr).toBe(0);
  expect(readdirSync(join(project.root, "charts", "roads")).sort()).toEqual([
    "notebook.en.md",
    "notebook.fr.md",
    "roads.notebook.ts",
    "roads.strings.ts",
    "roads.ts",
    "table.ts",
  ]);
  const added = readFileSync(join(project.root, "charts", "list.ts"), "utf8");
  expect(added.split("\n").length - list.split("\n").length, "lines added to charts/list.ts").toBe(1);
  expect(added).toContain('{ id: "roads", data: ["data/territory.csv", ...shared] },');

  const again = cli("new", "roads");
  expect([again.code, again.stderr]).toEqual([2, 'last-pocket: new: chart "roads" exists already (charts/roads/)\n']);

  const built = cli("build", "roads");
  expect(built.code, built.stderr).toBe(0);
  expect(built.stdout).toMatch(/Built roads: \d+ written/);
  for (const variant of variants())
    expect(existsSync(join(project.root, "output", "roads", `roads-${variant.locale}-${variant.width}-${variant.theme}.svg`))).toBe(true);
  const manifest = JSON.parse(readFileSync(join(project.root, "output", "manifest.json"), "utf8"));
  expect(manifest.charts.map((chart: { id: string }) => chart.id)).toEqual(["territory", "casualties", "timeline", "map", "roads"]);
  expect(readFileSync(join(project.root, "output", "index.html"), "utf8")).toContain('<h2 id="roads-heading">');

  const lint = npx("biome", "check", "charts");
  expect(lint.code, `biome on the new chart: ${lint.stdout}${lint.stderr}`).toBe(0);
  const files = ["chartFolder", "snapshots", "orphans", "typography", "rules/charts", "locale/check"].map((name) => `test/${name}.test.ts`);
  const tests = npx("vitest", "run", "--project", "unit", ...files);
  expect(tests.code, `the project's tests with the new chart: ${tests.stdout.slice(-3000)}${tests.stderr.slice(-2000)}`).toBe(0);
}, 300_000);
