// The CLI's compile (src/cli/compile.mjs) and the preview's bundles refuse a
// Node built-in imported by a chart's own modules (review D16). The guard is
// tested here on a small tree, and on the real charts, without compiling the CLI.

import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { dirname, join } from "node:path";
import { build } from "esbuild";
import { afterAll, beforeAll, expect, test } from "vitest";
import { chartImportGuard, isChartModule, isNodeBuiltin } from "../src/cli/chartImports.mjs";
import { PROJECT_ROOT } from "../src/cli/root.js";

let root: string;
beforeAll(() => {
  root = mkdtempSync(join(tmpdir(), "last-pocket-imports-"));
  const files = {
    "charts/x/x.ts": 'export const a = 1;\nexport { readFileSync } from "node:fs";\n',
    "charts/x/helper.ts": 'import { spawn } from "child_process";\nexport const b = spawn;\n',
    "charts/registry.ts": 'export { readdirSync } from "node:fs";\n',
    "src/library.ts": 'export { join } from "path";\n',
  };
  for (const [path, code] of Object.entries(files)) {
    mkdirSync(dirname(join(root, path)), { recursive: true });
    writeFileSync(join(root, path), code);
  }
});
afterAll(() => rmSync(root, { recursive: true, force: true }));

/** esbuild's errors for bundling `entry` with the guard, as `file:line:column: text`; [] when it compiles. */
async function guardErrors(entry: string, base = root): Promise<string[]> {
  try {
    await build({
      entryPoints: [join(base, entry)],
      absWorkingDir: base,
      bundle: true,
      write: false,
      platform: "node",
      format: "esm",
      packages: "external",
      logLevel: "silent",
      plugins: [chartImportGuard(base)],
    });
    return [];
  } catch (error) {
    const errors = (error as { errors: { text: string; location: { file: string; line: number; column: number } }[] }).errors;
    return errors.map(({ text, location }) => `${location.file}:${location.line}:${location.column + 1}: ${text}`);
  }
}

test("isNodeBuiltin() takes node:… and Node's module names, not packages", () => {
  for (const name of ["node:fs", "node:test", "fs", "fs/promises", "child_process", "worker_threads", "process"])
    expect(isNodeBuiltin(name), name).toBe(true);
  for (const name of ["d3", "@observablehq/plot", "./fs", "../../src/render/chart.js", "fs-extra"])
    expect(isNodeBuiltin(name), name).toBe(false);
});

test("isChartModule() takes files under charts/<id>/ only", () => {
  expect(isChartModule("/p", "/p/charts/map/route.ts")).toBe(true);
  for (const file of ["/p/charts/registry.ts", "/p/src/render/chart.ts", "/other/charts/map/map.ts", "/p/../charts/x/x.ts"])
    expect(isChartModule("/p", file), file).toBe(false);
});

test("chartImportGuard() refuses a built-in in a chart's module with its file and line, and leaves src/ and charts/registry.ts alone", async () => {
  expect(await guardErrors("charts/x/x.ts")).toEqual([
    'charts/x/x.ts:2:30: imports "node:fs", expected no Node built-in in a chart\'s modules (a chart is a pure function of its dataset and options: no file, process or network access)',
  ]);
  expect((await guardErrors("charts/x/helper.ts"))[0], "helper.ts").toMatch(
    /^charts\/x\/helper\.ts:1:23: imports "child_process", expected/,
  );
  expect(await guardErrors("charts/registry.ts"), "charts/registry.ts").toEqual([]);
  expect(await guardErrors("src/library.ts"), "src/library.ts").toEqual([]);
});

test("chartImportGuard() passes every chart in charts/", async () => {
  expect(await guardErrors("charts/index.ts", PROJECT_ROOT)).toEqual([]);
});
