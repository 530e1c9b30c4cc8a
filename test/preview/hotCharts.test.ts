// HotCharts reads each chart's modules once per refresh and compiles exactly
// those bytes: source() then tells the build what the rendered code was made
// of, whatever the disk holds by the time the build hashes it (issue 32).

import { appendFileSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { tsImport } from "tsx/esm/api";
import { afterAll, beforeAll, expect, test } from "vitest";
import { registry } from "../../charts/registry.js";
import { PROJECT_ROOT } from "../../src/cli/root.js";
import { bundleChart } from "../../src/preview/chartBundle.js";
import { HotCharts } from "../../src/preview/hotCharts.js";
import { tempProject } from "../helpers/effects.js";

let project: ReturnType<typeof tempProject>;
beforeAll(() => {
  project = tempProject();
});
afterAll(() => project?.remove());

const STRINGS = "charts/territory/territory.strings.ts";
const territory = () => registry.filter((chart) => chart.id === "territory");

test("HotCharts.source() is what the chart in use was compiled from, not what the disk holds since", async () => {
  // tsx's loader for this import alone: the bundle imports the library's TypeScript files.
  const importer = (url: string) => tsImport(url, import.meta.url);
  const hot = new HotCharts(project.root, { library: PROJECT_ROOT, charts: territory(), importer });
  expect(hot.source(STRINGS), "a module's bytes before any load").toBeUndefined();
  const first = await hot.refresh();
  expect(hot.errors(), "errors of the first load").toEqual([]);
  expect(first, "charts loaded by the first refresh").toEqual(["territory"]);
  const loaded = readFileSync(join(project.root, STRINGS));
  expect(hot.source(STRINGS), "bytes of the loaded strings").toEqual(loaded);
  expect(hot.source("data/territory.csv"), "a file that is not a chart module").toBeUndefined();
  appendFileSync(join(project.root, STRINGS), '\nexport const saved = "after the load";\n');
  expect(hot.source(STRINGS), "bytes of the loaded strings once the file was saved again").toEqual(loaded);
  expect(await hot.refresh(), "charts reloaded after the save").toEqual(["territory"]);
  expect(hot.source(STRINGS)?.toString(), "bytes of the strings after the reload").toContain("after the load");
  expect(await hot.refresh(), "charts reloaded with nothing saved").toEqual([]);
});

test("bundleChart() compiles the bytes it is given, not the files on disk", async () => {
  const [chart] = territory();
  const given = new Map(chart.modules.map((path) => [path, readFileSync(join(project.root, path))]));
  given.set(STRINGS, Buffer.concat([given.get(STRINGS) as Buffer, Buffer.from('\nexport const marker = "given bytes";\n')]));
  const bundle = await bundleChart(project.root, chart, PROJECT_ROOT, given);
  const code = readFileSync(new URL(bundle.url), "utf8");
  expect(code, "the bundle of the given bytes").toContain("given bytes");
  expect(bundle.sources, "the sources the bundle says it holds").toBe(given);
});
