// D3 (reliability review): the order of rows in a data file never changes a
// published fact. Reversed files, and a first row moved to the end (a figure
// appended late), render every chart to the same bytes as the files as
// committed. geometry.csv is the exception: its order is the order of each
// line's vertices, written by `npm run geometry`.

import { readFileSync } from "node:fs";
import { join } from "node:path";
import { expect, test } from "vitest";
import { charts } from "../../charts/index.js";
import { loadDataset } from "../../data/load.js";
import { tables } from "../../data/schema.js";
import { PROJECT_ROOT } from "../../src/cli/root.js";
import { render } from "../../src/render/render.js";

type Reorder = (rows: string[]) => string[];

const reversed: Reorder = (rows) => [...rows].reverse();
const firstLast: Reorder = ([first, ...rest]) => [...rest, first];

/** The dataset with every table's rows reordered but the header and geometry.csv's. */
function datasetWith(reorder?: Reorder) {
  return loadDataset((file) => {
    const text = readFileSync(join(PROJECT_ROOT, file), "utf8");
    if (!reorder || file === "data/geometry.csv") return text;
    const [header, ...rows] = text.split("\n").filter((line) => line !== "");
    return `${[header, ...reorder(rows)].join("\n")}\n`;
  });
}

const VARIANTS = [
  { locale: "fr", width: 720, theme: "light" },
  { locale: "en", width: 360, theme: "dark" },
] as const;

const renderAll = (dataset: ReturnType<typeof datasetWith>) =>
  charts.flatMap((chart) =>
    VARIANTS.map((variant) => [`${chart.id} ${variant.locale} ${variant.width}`, render(chart, dataset, variant)] as const),
  );

test("every chart renders the same bytes whatever the order of the rows in the data files", () => {
  const committed = new Map(renderAll(datasetWith()));
  for (const [name, reorder] of [
    ["reversed", reversed],
    ["first row moved to the end", firstLast],
  ] as const) {
    const differing = renderAll(datasetWith(reorder))
      .filter(([variant, svg]) => committed.get(variant) !== svg)
      .map(([variant]) => variant);
    expect(differing, `variants that changed with every table's rows ${name}`).toEqual([]);
  }
});

test("the territory chart's comparison reads the IHS series by date: 60 % less from January 2015 to June 2017, whatever the file order", () => {
  const [chart] = charts.filter((c) => c.id === "territory");
  const svg = render(chart, datasetWith(reversed), { locale: "en", width: 720, theme: "light" });
  expect(svg).toContain("about 90,800\u00a0km² in Jan 2015, almost the size of Hungary, and about 36,200\u00a0km² in Jun 2017, 60% less");
  expect(svg).toContain("60% less");
  expect(svg).not.toMatch(/−\d+% less/);
});

test("the tables charts read in order declare their order, and only existing columns", () => {
  const ordered = Object.fromEntries(tables.filter((table) => table.order).map((table) => [table.file, table.order]));
  expect(ordered).toEqual({
    "data/territory.csv": ["series", "refers_to", "scope", "estimator"],
    "data/casualties.csv": ["refers_to", "group"],
    "data/events.csv": ["date", "id"],
    "data/features.csv": ["kind", "id"],
  });
  for (const table of tables) for (const name of table.order ?? []) expect(Object.keys(table.columns), table.file).toContain(name);
});
