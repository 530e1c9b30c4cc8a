import { expect, test } from "vitest";
import { DataError } from "../../src/build/errors.js";
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

test("parseTable() refuses a lone carriage return, and names the line of an unbalanced quote", () => {
  expect(problems("name,count\rSDF,1\n")).toBe("data/example.csv: expected lines ending in \\n or \\r\\n");
  expect(problems('name,count\nSDF,1\n"IS,2\n')).toBe(
    "data/example.csv, line 3: expected balanced double quotes, and no line breaks inside a cell",
  );
  expect(problems("\uFEFF \n")).toBe("data/example.csv: expected a header line and at least one row");
  expect(problems("name,count")).toBe("data/example.csv: expected at least one row under the header");
});

test("parseTable() reads quoted cells, keeps line numbers, and refuses a blank line inside the table", () => {
  expect(parseTable(table, 'name,count\n"Deir ez-Zor, east",3\nSDF,4')).toEqual([
    { line: 2, name: "Deir ez-Zor, east", count: 3 },
    { line: 3, name: "SDF", count: 4 },
  ]);
  expect(problems("name,count\nSDF,1\n\nIS,2\n")).toBe('data/example.csv, line 3: expected 2 cells, got "1 cells"');
  expect(problems("name,count\nSDF,1\nIS,2,3\n")).toBe('data/example.csv, line 3: expected 2 cells, got "3 cells"');
});

test("parseTable() names every missing and unknown column of a wrong header, or says the columns are out of order", () => {
  const three = defineTable({ file: "data/example.csv", doc: "", columns: { a: text(""), b: text(""), c: text("") } });
  const header = (source: string) => {
    try {
      parseTable(three, source);
    } catch (error) {
      if (error instanceof DataError) return error.message;
      throw error;
    }
    throw new Error(`data/example.csv loaded with the header ${source.split("\n")[0]}`);
  };
  expect(header("a,x,y\n1,2,3\n")).toBe(
    'data/example.csv, line 1: expected the header a,b,c (missing columns "b", "c"; unknown columns "x", "y"), got "a,x,y"',
  );
  expect(header("c,b,a\n1,2,3\n")).toBe('data/example.csv, line 1: expected the header a,b,c (the columns are out of order), got "c,b,a"');
});
