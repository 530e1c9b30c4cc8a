// References between tables: every id a row names must exist, and each
// problem is one line naming the file, line and field.

import { readFileSync } from "node:fs";
import { join } from "node:path";
import { expect, test } from "vitest";
import { loadDataset } from "../../data/load.js";
import { DataError } from "../../src/build/errors.js";
import { PROJECT_ROOT } from "../../src/cli/root.js";

const original = (file: string) => readFileSync(join(PROJECT_ROOT, file), "utf8");

/** Splits one CSV line at the commas outside quotes (the data has no line breaks inside cells). */
const split = (line: string) => line.split(/,(?=(?:[^"]*"[^"]*")*[^"]*$)/);

/** The real data with one cell of its first row replaced; returns the line it is on. */
function withCell(file: string, column: string, value: string): { read: (path: string) => string; line: number } {
  const lines = original(file).split("\n");
  const index = 1;
  const cells = split(lines[index]);
  cells[lines[0].split(",").indexOf(column)] = value;
  lines[index] = cells.join(",");
  const text = lines.join("\n");
  return { read: (path) => (path === file ? text : original(path)), line: index + 1 };
}

/** The one-line message of the DataError that loading throws. */
function failure(read: (path: string) => string): string {
  try {
    loadDataset(read);
  } catch (error) {
    expect(error, "loading bad data threw something other than a DataError").toBeInstanceOf(DataError);
    return (error as DataError).message;
  }
  throw new Error("the dataset loaded although it names an unknown id");
}

for (const file of ["data/territory.csv", "data/casualties.csv", "data/events.csv"]) {
  test(`loadDataset() refuses an unknown conflict id in ${file}, in one line`, () => {
    const { read, line } = withCell(file, "conflicts", "C1;C999");
    expect(failure(read)).toBe(`${file}, line ${line}, field "conflicts": expected a known conflict id, got "C999"`);
  });
  test(`loadDataset() refuses an unknown source id in ${file}, in one line`, () => {
    const { read, line } = withCell(file, "sources", "nowhere");
    expect(failure(read)).toBe(`${file}, line ${line}, field "sources": expected a known source id, got "nowhere"`);
  });
}

test("loadDataset() refuses an unknown organisation, as a territory estimator or a source's organisation", () => {
  const estimator = withCell("data/territory.csv", "estimator", "nobody");
  expect(failure(estimator.read)).toBe(
    `data/territory.csv, line ${estimator.line}, field "estimator": expected a known organisation id, got "nobody"`,
  );
  const organisation = withCell("data/sources.csv", "organisation", "nobody");
  expect(failure(organisation.read)).toBe(
    `data/sources.csv, line ${organisation.line}, field "organisation": expected a known organisation id, got "nobody"`,
  );
});

test("loadDataset() refuses an id used twice, in organisations, sources, conflicts and events", () => {
  for (const file of ["data/organisations.csv", "data/sources.csv", "data/conflicts.csv", "data/events.csv"]) {
    const lines = original(file).trimEnd().split("\n");
    const text = `${lines.join("\n")}\n${lines[1]}\n`;
    const message = failure((path) => (path === file ? text : original(path)));
    expect(message, `loading ${file} with its first row repeated`).toContain(
      `${file}, line ${lines.length + 1}, field "id": expected an id used once, got "${lines[1].split(",")[0]}"`,
    );
  }
});

test("loadDataset() refuses an event that ends before it starts", () => {
  const lines = original("data/events.csv").split("\n");
  const header = lines[0].split(",");
  const index = 1;
  const cells = split(lines[index]);
  const start = cells[header.indexOf("date")];
  cells[header.indexOf("end")] = "2015-06-01";
  lines[index] = cells.join(",");
  const text = lines.join("\n");
  expect(
    failure((path) => (path === "data/events.csv" ? text : original(path))),
    `event starting ${start}`,
  ).toBe(`data/events.csv, line ${index + 1}, field "end": expected a date on or after \`date\`, got "2015-06-01"`);
});

test("loadDataset() keeps the real data as it is, and hashes each file's text", () => {
  const dataset = loadDataset(original);
  expect(Object.keys(dataset.hashes).sort(), "files hashed by the loader").toEqual([
    "data/casualties.csv",
    "data/conflicts.csv",
    "data/events.csv",
    "data/features.csv",
    "data/geometry.csv",
    "data/organisations.csv",
    "data/places.csv",
    "data/sources.csv",
    "data/territory.csv",
  ]);
  expect(dataset.hashes["data/events.csv"], "hash of data/events.csv").toMatch(/^[0-9a-f]{64}$/);
});
