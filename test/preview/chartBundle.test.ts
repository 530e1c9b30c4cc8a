// bundleChart() compiles only what a chart may be made of (review D16): a
// chart's own module importing a Node built-in is a compile error naming the
// file and line, like a syntax error, not a bundle that writes files.

import { readFileSync } from "node:fs";
import { join } from "node:path";
import { expect, test } from "vitest";
import { registry } from "../../charts/registry.js";
import { PROJECT_ROOT } from "../../src/cli/root.js";
import { bundleChart, ChartCompileError } from "../../src/preview/chartBundle.js";

const STRINGS = "charts/territory/territory.strings.ts";

/** The territory chart's modules as on disk, with `code` appended to its strings module; and that code's first line. */
function withStrings(code: string): [(typeof registry)[number], Map<string, Buffer>, number] {
  const chart = registry.find((entry) => entry.id === "territory") as (typeof registry)[number];
  const sources = new Map(chart.modules.map((path) => [path, readFileSync(join(PROJECT_ROOT, path))]));
  const strings = sources.get(STRINGS) as Buffer;
  sources.set(STRINGS, Buffer.concat([strings, Buffer.from(`\n${code}`)]));
  return [chart, sources, strings.toString().split("\n").length + 1];
}

test("bundleChart() refuses a chart module that imports a Node built-in, naming the file and line", async () => {
  const [chart, sources, line] = withStrings('import { writeFileSync } from "node:fs";\nexport const leak = writeFileSync;\n');
  const bundle = bundleChart(PROJECT_ROOT, chart, PROJECT_ROOT, sources);
  await expect(bundle).rejects.toThrow(ChartCompileError);
  await expect(bundle).rejects.toThrow(
    new RegExp(`^${STRINGS}:${line}:31: imports "node:fs", expected no Node built-in in a chart's modules \\(a chart is a pure function`),
  );
});

test("bundleChart() refuses child_process, fs/promises and a dynamic import of fs, without the node: prefix", async () => {
  for (const specifier of ["child_process", "fs/promises", "fs"]) {
    const code = specifier === "fs" ? 'export const later = () => import("fs");\n' : `export * as leak from "${specifier}";\n`;
    const [chart, sources, line] = withStrings(code);
    await expect(bundleChart(PROJECT_ROOT, chart, PROJECT_ROOT, sources), specifier).rejects.toThrow(
      new RegExp(`^${STRINGS}:${line}:\\d+: imports "${specifier}", expected no Node built-in`),
    );
  }
});
