// The order a table's rows are used in, whatever their order in the file: a
// journalist who appends a late-found figure at the bottom, or a spreadsheet
// that sorts a column, must never change what a chart says ("60% less" is
// the first and last IHS figures by date, not by line).

import type { Column } from "./columns.js";
import type { Columns, Row, Table } from "./table.js";

/** Compares two values of one column: the column's own order (oneOf: as declared), else dates, numbers, then text by code unit. */
export function compareValues<T>(column: Column<T>, a: T, b: T): number {
  if (column.compare) return column.compare(a, b);
  if (a === b) return 0;
  // An empty optional cell sorts first.
  if (a === undefined) return -1;
  if (b === undefined) return 1;
  if (typeof a === "number" && typeof b === "number") return a - b;
  const key = (value: unknown) => (isPartialDate(value) ? value.iso : String(value));
  const [x, y] = [key(a), key(b)];
  return x < y ? -1 : x > y ? 1 : 0;
}

const isPartialDate = (value: unknown): value is { iso: string } =>
  typeof value === "object" && value !== null && typeof (value as { iso?: unknown }).iso === "string";

/**
 * The rows sorted by the table's `order` columns, first to last; a table
 * without one keeps the file's order (its rows are a list people read in
 * that order, and no chart draws from it by position).
 */
export function sortRows<C extends Columns>(table: Table<C>, rows: readonly Row<C>[]): Row<C>[] {
  const order = table.order;
  if (!order?.length) return [...rows];
  return [...rows].sort((a, b) => {
    for (const name of order) {
      const difference = compareValues(table.columns[name], a[name as keyof C], b[name as keyof C]);
      if (difference !== 0) return difference;
    }
    // Ties are refused by the loader's checks where order matters; the file decides otherwise.
    return a.line - b.line;
  });
}
