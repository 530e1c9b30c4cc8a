// One chart, one folder: charts/list.ts is the only list, every folder is in
// it, and a chart that lacks its export, a string, a notebook text or its
// table fails with one line naming the chart's file and the key.

import { existsSync, readdirSync } from "node:fs";
import { join } from "node:path";
import { expect, test } from "vitest";
import { charts } from "../charts/index.js";
import { chartList } from "../charts/list.js";
import { registry } from "../charts/registry.js";
import { readDataset } from "../data/read.js";
import { PROJECT_ROOT } from "../src/cli/root.js";
import { notebookPage } from "../src/notebook/page.js";
import { notebookProse } from "../src/notebook/prose.js";
import type { Chart } from "../src/render/chart.js";
import { chartOf } from "../src/render/chartCheck.js";
import { LOCALES } from "../src/render/locale/index.js";

const territory = charts.find((chart) => chart.id === "territory") as Chart;

test("every folder in charts/ is a chart of charts/list.ts, loaded in its order, and the registry lists its modules", () => {
  const folders = readdirSync(join(PROJECT_ROOT, "charts"), { withFileTypes: true })
    .filter((entry) => entry.isDirectory())
    .map((entry) => entry.name);
  expect(folders.sort(), "folders in charts/").toEqual(chartList.map((entry) => entry.id).sort());
  expect(charts.map((chart) => chart.id)).toEqual(chartList.map((entry) => entry.id));
  for (const entry of registry) {
    expect(entry.modules[0], entry.id).toBe(`charts/${entry.id}/${entry.id}.ts`);
    expect(entry.modules, entry.id).toContain(`charts/${entry.id}/table.ts`);
    expect(entry.modules, entry.id).toContain(`charts/${entry.id}/${entry.id}.notebook.ts`);
    for (const locale of LOCALES)
      expect(existsSync(join(PROJECT_ROOT, entry.folder, `notebook.${locale}.md`)), `${entry.id} ${locale}`).toBe(true);
  }
});

test("chartOf() refuses a module without its chart, or with another id, naming the file", () => {
  expect(() => chartOf("roads", { roadsChart: territory })).toThrow(
    'charts/roads/roads.ts: exports no "chart" (expected the chart "roads")',
  );
  expect(() => chartOf("roads", { chart: territory })).toThrow('charts/roads/roads.ts: chart.id is "territory", expected "roads"');
  expect(chartOf("territory", { chart: territory })).toBe(territory);
});

test("chartOf() refuses a chart that lacks a string, a notebook text, its columns or its table, naming the file and key", () => {
  const { fr, en } = territory.notebook;
  const cases: [Partial<Chart>, string][] = [
    [
      { strings: { ...territory.strings, en: { ...territory.strings.en, title: "" } } },
      'charts/territory/territory.strings.ts: locale "en" has no translation for "title"',
    ],
    [{ notebook: { fr, en: {} as typeof en } }, 'charts/territory/territory.notebook.ts: locale "en" has no translation for "columns"'],
    [{ notebook: { fr: { ...fr, columns: [] }, en } }, 'charts/territory/territory.notebook.ts: locale "fr" has no "columns"'],
    [
      { notebook: undefined },
      "charts/territory/territory.ts: chart.notebook is missing (expected the notebook of charts/territory/territory.notebook.ts)",
    ],
    [{ table: undefined }, "charts/territory/table.ts: chart.table is missing (expected the rows of its data table)"],
  ];
  for (const [change, message] of cases) expect(() => chartOf("territory", { chart: { ...territory, ...change } })).toThrow(message);
});

test("the notebook refuses a table row that does not have one cell per column, naming the table and the notebook file", () => {
  const dataset = readDataset(PROJECT_ROOT);
  const broken = { ...territory, table: () => [[{ text: "one cell" }]] };
  const entry = { id: "territory", variants: [], embeds: [] };
  for (const locale of LOCALES)
    expect(() => notebookPage(dataset, [entry], [broken], new Map(), notebookProse(PROJECT_ROOT, [], locale), locale)).toThrow(
      `charts/territory/table.ts: row 1 (${locale}) has 1 cells, expected 4 (the columns of charts/territory/territory.notebook.ts)`,
    );
});
