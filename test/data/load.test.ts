// The loader's checks across rows and tables, each on the real data with one
// edit: bounds after unit conversion, figures given twice, rows without a
// source, places and map features, and problems from several files at once.

import { readFileSync } from "node:fs";
import { join } from "node:path";
import { expect, test } from "vitest";
import { loadDataset } from "../../data/load.js";
import { DataError } from "../../src/build/errors.js";
import { PROJECT_ROOT } from "../../src/cli/root.js";

const original = (file: string) => readFileSync(join(PROJECT_ROOT, file), "utf8");

/** Splits one CSV line at the commas outside quotes (the data has no line breaks inside cells). */
const split = (line: string) => line.split(/,(?=(?:[^"]*"[^"]*")*[^"]*$)/);

type Edit = (lines: string[]) => void;

/** Sets cells of the row on `line` (1-based, as the messages count). */
const cells =
  (line: number, values: Record<string, string>): Edit =>
  (lines) => {
    const header = lines[0].split(",");
    const row = split(lines[line - 1]);
    for (const [column, value] of Object.entries(values)) row[header.indexOf(column)] = value;
    lines[line - 1] = row.join(",");
  };

/** Adds a copy of the row on `line` after the last row. */
const repeat =
  (line: number): Edit =>
  (lines) => {
    const last = lines.findLastIndex((text) => text !== "");
    lines.splice(last + 1, 0, lines[line - 1]);
  };

/** The real data with each file's edits applied. */
function reading(edits: Record<string, Edit[]>) {
  const texts = new Map(
    Object.entries(edits).map(([file, changes]) => {
      const lines = original(file).split("\n");
      for (const change of changes) change(lines);
      return [file, lines.join("\n")];
    }),
  );
  return (file: string) => texts.get(file) ?? original(file);
}

/** The problems of the DataError that loading throws, one per line. */
function problems(edits: Record<string, Edit[]>): string[] {
  try {
    loadDataset(reading(edits));
  } catch (error) {
    expect(error, "loading bad data threw something other than a DataError").toBeInstanceOf(DataError);
    return (error as DataError).message.split("\n");
  }
  throw new Error(`the dataset loaded although ${Object.keys(edits).join(", ")} was edited`);
}

const lineOf = (file: string, prefix: string) =>
  original(file)
    .split("\n")
    .findIndex((line) => line.startsWith(prefix)) + 1;

test("loadDataset() refuses a territory past 100,000 km² once converted from its unit, and keeps one just under it", () => {
  expect(problems({ "data/territory.csv": [cells(2, { value: "40000", unit: "sq-mi" })] })).toEqual([
    'data/territory.csv, line 2, field "value": expected at most 100,000 km² (the top of the territory chart\'s axis), got "40000 sq-mi"',
  ]);
  expect(problems({ "data/territory.csv": [cells(2, { value: "100001", unit: "km2" })] })).toHaveLength(1);
  const under = loadDataset(reading({ "data/territory.csv": [cells(2, { value: "38610", unit: "sq-mi" })] }));
  expect(under.territory[0], "data/territory.csv, line 2: 38,610 sq mi (99,999.4 km²)").toMatchObject({ value: 38610, unit: "sq-mi" });
  const exact = loadDataset(reading({ "data/territory.csv": [cells(2, { value: "100000", unit: "km2" })] }));
  expect(exact.territory[0].value, "data/territory.csv, line 2: 100,000 km², the bound itself").toBe(100000);
});

test("loadDataset() refuses a figure given twice, naming the line of the first", () => {
  const territory = original("data/territory.csv").trimEnd().split("\n").length + 1;
  expect(problems({ "data/territory.csv": [repeat(2)] })).toEqual([
    `data/territory.csv, line ${territory}: expected one estimate per date, series, scope and estimator given once (it is already on line 2)`,
  ]);
  const casualties = original("data/casualties.csv").trimEnd().split("\n").length + 1;
  expect(problems({ "data/casualties.csv": [repeat(2)] })).toEqual([
    `data/casualties.csv, line ${casualties}: expected one toll per date and group given once (it is already on line 2)`,
  ]);
  // The same date in another series, or the same toll of another group, is no repeat.
  const series = reading({
    "data/territory.csv": [repeat(2), cells(original("data/territory.csv").trimEnd().split("\n").length + 1, { series: "other" })],
  });
  expect(() => loadDataset(series), "data/territory.csv: one date in two series").not.toThrow();
});

test("loadDataset() refuses a territory estimate, toll or event without a source", () => {
  for (const file of ["data/territory.csv", "data/casualties.csv", "data/events.csv"])
    expect(problems({ [file]: [cells(2, { sources: "" })] }), file).toEqual([
      `${file}, line 2, field "sources": expected at least one source id`,
    ]);
});

test("loadDataset() refuses a place read without the page it was read on, or estimated without a method or an uncertainty", () => {
  const read = lineOf("data/places.csv", "deir-ez-zor,");
  const estimated = lineOf("data/places.csv", "susa,");
  expect(problems({ "data/places.csv": [cells(read, { read_at: "" })] })).toEqual([
    `data/places.csv, line ${read}, field "read_at": expected the page the coordinates were read on`,
  ]);
  expect(problems({ "data/places.csv": [cells(estimated, { method: "" })] })).toEqual([
    `data/places.csv, line ${estimated}, field "method": expected how the estimate was made, and its uncertainty`,
  ]);
  expect(problems({ "data/places.csv": [cells(estimated, { uncertainty_km: "" })] })).toEqual([
    `data/places.csv, line ${estimated}, field "uncertainty_km": expected how the estimate was made, and its uncertainty`,
  ]);
  // An estimate needs no read_at; a place that was read needs no method.
  expect(() => loadDataset(reading({ "data/places.csv": [cells(estimated, { read_at: "" }), cells(read, { method: "" })] }))).not.toThrow();
});

test("loadDataset() refuses a place's article that is not an en.wikipedia.org page, and an unknown organisation for a place or a map feature", () => {
  const read = lineOf("data/places.csv", "deir-ez-zor,");
  expect(problems({ "data/places.csv": [cells(read, { article: "https://fr.wikipedia.org/wiki/Deir_ez-Zor" })] })).toEqual([
    `data/places.csv, line ${read}, field "article": expected an https://en.wikipedia.org/wiki/ address, got "https://fr.wikipedia.org/wiki/Deir_ez-Zor"`,
  ]);
  expect(problems({ "data/places.csv": [cells(read, { organisation: "nobody" })] })).toEqual([
    `data/places.csv, line ${read}, field "organisation": expected a known organisation id, got "nobody"`,
  ]);
  expect(problems({ "data/features.csv": [cells(2, { organisation: "nobody" })] })).toEqual([
    'data/features.csv, line 2, field "organisation": expected a known organisation id, got "nobody"',
  ]);
});

test("loadDataset() refuses a map vertex of an unknown feature", () => {
  expect(problems({ "data/geometry.csv": [cells(2, { feature: "nile" })] })).toEqual([
    'data/geometry.csv, line 2, field "feature": expected a known feature id, got "nile"',
  ]);
});

test("loadDataset() reports the cell problems of several files at once, and checks references only once every cell is valid", () => {
  expect(
    problems({
      "data/territory.csv": [cells(2, { value: "-1" })],
      "data/events.csv": [cells(2, { date: "2017-13" })],
      // A reference problem in a table whose cells are valid: not reported while cells are wrong.
      "data/casualties.csv": [cells(2, { sources: "nowhere" })],
    }),
  ).toEqual([
    'data/territory.csv, line 2, field "value": expected a number from 0 to 1000000, written with a dot for decimals and no thousands separator, got "-1"',
    'data/events.csv, line 2, field "date": expected a real date from 2015-01-01 to 2019-03-23 written YYYY-MM-DD, or YYYY-MM when only the month is known, got "2017-13"',
  ]);
});

test("loadDataset() lets an error that is not about the data through as it is", () => {
  const broken = new Error("disk on fire");
  expect(() =>
    loadDataset((file) => {
      if (file === "data/events.csv") throw broken;
      return original(file);
    }),
  ).toThrow(broken);
});

test("loadDataset() takes an event that ends on the day or in the month it starts", () => {
  const date = split(original("data/events.csv").split("\n")[1])[1];
  const dataset = loadDataset(reading({ "data/events.csv": [cells(2, { end: date })] }));
  expect(dataset.events[0].end?.iso, `data/events.csv, line 2: end ${date}, the same as its date`).toBe(date);
});
