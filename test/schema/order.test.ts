import { expect, test } from "vitest";
import { integer, isoDate, oneOf, optional, text } from "../../src/schema/columns.js";
import { compareValues, sortRows } from "../../src/schema/order.js";
import { defineTable, parseTable } from "../../src/schema/table.js";

const table = defineTable({
  file: "data/test.csv",
  doc: "A test table.",
  columns: { kind: oneOf(["b", "a"], "declared b first"), day: isoDate("a day"), n: optional(integer("a number")), label: text("a label") },
  order: ["kind", "day", "n"],
});

test("compareValues() follows a oneOf column's declared order, dates by day, numbers by value, and puts an empty optional cell first", () => {
  expect(compareValues(table.columns.kind, "b", "a")).toBeLessThan(0);
  const day = (raw: string) => {
    const parsed = table.columns.day.parse(raw);
    if (!parsed.ok) throw new Error(raw);
    return parsed.value;
  };
  expect(compareValues(table.columns.day, day("2018-09"), day("2018-09-10"))).toBeLessThan(0);
  expect(compareValues(table.columns.day, day("2018-10-01"), day("2018-09-30"))).toBeGreaterThan(0);
  expect(compareValues(table.columns.n, 9, 10)).toBeLessThan(0);
  expect(compareValues(table.columns.n, undefined, 0)).toBeLessThan(0);
  expect(compareValues(table.columns.n, 0, undefined)).toBeGreaterThan(0);
  expect(compareValues(table.columns.label, "Z", "a"), "text by code unit, not by locale").toBeLessThan(0);
});

test("sortRows() sorts by the table's order columns, first to last, and keeps each row's line", () => {
  const rows = parseTable(table, "kind,day,n,label\na,2018-09-10,,x\nb,2018-09-11,2,y\nb,2018-09-11,1,z\nb,2018-09,,w\n");
  expect(sortRows(table, rows).map((row) => [row.label, row.line])).toEqual([
    ["w", 5],
    ["z", 4],
    ["y", 3],
    ["x", 2],
  ]);
  const unordered = { ...table, order: undefined };
  expect(
    sortRows(unordered, rows).map((row) => row.label),
    "a table without an order keeps the file's",
  ).toEqual(["x", "y", "z", "w"]);
});
