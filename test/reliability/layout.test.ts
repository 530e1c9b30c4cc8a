// Defect 8: a chart fits every dataset the schema accepts. Datasets made at
// and inside the schema's bounds (tolls up to the casualties axis, territory
// up to its axis, dates up to the fall of Baghouz, labels as wide as allowed)
// are rendered, and resvg's bounding box of everything drawn, text laid out
// with the shipped fonts, must stay inside the SVG.

import { readFileSync } from "node:fs";
import { join } from "node:path";
import { Resvg } from "@resvg/resvg-js";
import { csvFormatRows, csvParseRows } from "d3";
import fc from "fast-check";
import { expect, test } from "vitest";
import { charts } from "../../charts/index.js";
import { loadDataset } from "../../data/load.js";
import { BOUNDS } from "../../data/schema.js";
import { DataError } from "../../src/build/errors.js";
import { PROJECT_ROOT } from "../../src/cli/root.js";
import { fontOptions } from "../../src/publish/png.js";
import { subsetFontFiles } from "../../src/publish/pngFonts.mjs";
import { renderVariant } from "../../src/render/render.js";
import { measureText } from "../../src/render/text/measure.js";

const FILES = ["organisations", "sources", "conflicts", "territory", "casualties", "events", "places", "features", "geometry"].map(
  (name) => `data/${name}.csv`,
);
const originals = new Map(FILES.map((file) => [file, csvParseRows(readFileSync(join(PROJECT_ROOT, file), "utf8").replace(/^\uFEFF/, ""))]));

const day = (min: string, max: string) =>
  fc
    .integer({ min: Date.parse(min), max: Date.parse(max) })
    .map((ms) => new Date(Math.floor(ms / 864e5) * 864e5).toISOString().slice(0, 10));
/** Words, cut to the widest label the schema allows. */
const label = fc.array(fc.stringMatching(/^[A-Za-zÀ-ÿ«»’-]{1,14}$/), { minLength: 1, maxLength: 12 }).map((words) => {
  let text = words.join(" ");
  while (measureText(text, 11) > BOUNDS.labelWidth) text = text.slice(0, -1).trimEnd();
  return text;
});

/** A change to one cell: file, row (1-based, under the header), column name, value. */
type Edit = readonly [file: string, row: number, column: string, value: string];
const cell = (file: string, row: number, column: string, value: string): Edit => [file, row, column, value];
const rowOf = (file: string) => fc.integer({ min: 1, max: (originals.get(file)?.length ?? 2) - 1 });
const edit = fc.oneof<fc.Arbitrary<Edit[]>[]>(
  fc
    .tuple(rowOf("data/casualties.csv"), fc.integer({ min: 0, max: BOUNDS.casualties }))
    .map(([r, v]) => [cell("data/casualties.csv", r, "value", String(v))]),
  fc
    .tuple(rowOf("data/casualties.csv"), day(BOUNDS.offensive.min, BOUNDS.offensive.max))
    .map(([r, d]) => [cell("data/casualties.csv", r, "refers_to", d)]),
  fc
    .tuple(rowOf("data/territory.csv"), fc.integer({ min: 0, max: BOUNDS.territoryKm2 }))
    .map(([r, v]) => [cell("data/territory.csv", r, "value", String(v)), cell("data/territory.csv", r, "unit", "km2")]),
  fc
    .tuple(rowOf("data/territory.csv"), day(BOUNDS.dates.min, BOUNDS.dates.max))
    .map(([r, d]) => [cell("data/territory.csv", r, "refers_to", d)]),
  fc
    .tuple(rowOf("data/events.csv"), day(BOUNDS.dates.min, BOUNDS.dates.max))
    .map(([r, d]) => [
      cell("data/events.csv", r, "date", d),
      cell("data/events.csv", r, "end", ""),
      cell("data/events.csv", r, "alt_date", ""),
    ]),
  fc
    .tuple(rowOf("data/events.csv"), label, label)
    .map(([r, fr, en]) => [cell("data/events.csv", r, "label_fr", fr), cell("data/events.csv", r, "label_en", en)]),
);

function apply(edits: readonly Edit[]) {
  const tables = new Map([...originals].map(([file, rows]) => [file, rows.map((row) => [...row])]));
  for (const [file, row, column, value] of edits) {
    const rows = tables.get(file) as string[][];
    rows[row][rows[0].indexOf(column)] = value;
  }
  return (file: string) => csvFormatRows(tables.get(file) as string[][]);
}

// The subset lays text out about four times faster, with the same metrics (test/pngFonts.test.ts).
const fonts = {
  ...fontOptions,
  fontFiles: await subsetFontFiles(fontOptions.fontFiles, join(PROJECT_ROOT, "node_modules", ".cache", "last-pocket", "fonts")),
};

/** How far what is drawn runs outside the SVG's box, in pixels (0 when inside). */
function overflow(svg: string): number {
  const resvg = new Resvg(svg, { font: fonts });
  const box = resvg.getBBox();
  if (!box) return 0;
  return Math.max(0, -box.x, -box.y, box.x + box.width - resvg.width, box.y + box.height - resvg.height);
}

test("every chart keeps every text box and mark inside the SVG for valid datasets at the schema's bounds", () => {
  fc.assert(
    fc.property(fc.array(edit, { minLength: 1, maxLength: 4 }), fc.constantFrom("fr", "en" as const), (edits, locale) => {
      let dataset: ReturnType<typeof loadDataset>;
      try {
        dataset = loadDataset(apply(edits.flat()));
      } catch (error) {
        if (!(error instanceof DataError)) throw error;
        return fc.pre(false); // not a valid dataset (a duplicate, an end before its date): the loader refused it
      }
      for (const chart of charts)
        for (const width of [360, 720]) {
          const { svg } = renderVariant(chart, dataset, { locale, width, theme: "light" });
          expect(overflow(svg), `${chart.id} ${locale} ${width}`).toBeLessThanOrEqual(0.5);
        }
    }),
    { seed: 8, numRuns: 8 },
  );
}, 120_000);

test("the schema refuses what the charts cannot show: a toll past the axis, a date after 23 March 2019, a label too wide", () => {
  const refuse = (edits: Edit[]) => expect(() => loadDataset(apply(edits))).toThrow(DataError);
  refuse([["data/casualties.csv", 1, "value", "5000"]]);
  refuse([["data/events.csv", 1, "date", "2019-03-24"]]);
  refuse([["data/territory.csv", 1, "value", "500000"]]);
  refuse([
    ["data/territory.csv", 1, "unit", "sq-mi"],
    ["data/territory.csv", 1, "value", "90000"],
  ]);
  refuse([["data/events.csv", 1, "label_en", "An event label of forty-eight characters, at 11px"]]);
  refuse([
    ["data/casualties.csv", 2, "refers_to", (originals.get("data/casualties.csv") as string[][])[1][0]],
    ["data/casualties.csv", 2, "group", (originals.get("data/casualties.csv") as string[][])[1][2]],
  ]);
});
