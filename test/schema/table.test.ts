import { expect, test } from "vitest";
import { DataError } from "../../src/errors.js";
import { integer, text } from "../../src/schema/columns.js";
import { defineTable, parseTable } from "../../src/schema/table.js";

const table = defineTable({ file: "data/example.csv", doc: "", columns: { name: text(""), count: integer("") } });

function problems(source: string): string {
  try {
    parseTable(table, source);
  } catch (error) {
    if (error instanceof DataError) return error.message;
    throw error;
  }
  throw new Error("expected a DataError");
}

test("parseTable() types every cell", () => {
  expect(parseTable(table, "name,count\nSDF,730\n")).toEqual([{ line: 2, name: "SDF", count: 730 }]);
});

test("parseTable() names the file, line, field and what was expected, for every problem", () => {
  expect(problems("name,count\nSDF,-4\n,12\n")).toBe(
    [
      'data/example.csv, line 2, field "count": expected a whole number from 0 to 1000000, with no thousands separator, got "-4"',
      'data/example.csv, line 3, field "name": expected non-empty text, got ""',
    ].join("\n"),
  );
});

test("parseTable() refuses an empty file, a wrong header, ragged rows and unbalanced quotes", () => {
  expect(problems("")).toMatch(/data\/example.csv: expected a header line/);
  expect(problems("name,total\nSDF,1\n")).toMatch(
    /line 1: expected the header name,count \(missing column "count"; unknown column "total"\), got "name,total"/,
  );
  expect(problems("name,count\nSDF\n")).toMatch(/line 2: expected 2 cells, got "1 cells"/);
  expect(problems('name,count\n"SDF,1\n')).toMatch(/line 2: expected balanced double quotes/);
  expect(problems("name,count\n")).toMatch(/at least one row/);
});

test("parseTable() ignores a byte-order mark and reads CRLF line endings", () => {
  expect(parseTable(table, "\uFEFFname,count\r\nSDF,1\r\n")).toEqual([{ line: 2, name: "SDF", count: 1 }]);
});
