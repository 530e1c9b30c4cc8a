// A table is a CSV file whose columns are described by a schema. Parsing
// checks every cell and reports every problem at once, with file, line and field.

import { csvParseRows } from "d3";
import { DataError, type DataProblem } from "../build/errors.js";
import type { Column, ColumnValue } from "./columns.js";

export type Columns = Record<string, Column<unknown>>;

export interface Table<C extends Columns> {
  /** Path of the CSV file relative to the project root, e.g. "data/territory.csv". */
  readonly file: string;
  readonly doc: string;
  readonly columns: C;
  /**
   * The columns the rows are sorted by when loaded (see order.ts), for a
   * table whose charts use its rows in order: then the file's order changes nothing.
   */
  readonly order?: readonly string[];
}

export type Row<C extends Columns> = { readonly [K in keyof C]: ColumnValue<C[K]> } & {
  /** 1-based line of the row in its file, so later checks can point at it. */
  readonly line: number;
};

/** A table, with its `order` checked against its columns by the type checker. */
export function defineTable<const C extends Columns>(table: Table<C> & { readonly order?: readonly (keyof C & string)[] }): Table<C> {
  return table;
}

const BYTE_ORDER_MARK = "\uFEFF";

export const defaults = {
  /** More rows than any chart can show (the largest table has about 80). */
  maxRows: 1000,
};

/** Characters XML 1.0 forbids (C0 controls but tab, U+FFFE, U+FFFF, lone surrogates): a cell with one would break every SVG and page. */
// biome-ignore lint/suspicious/noControlCharactersInRegex: finding them is the point
const XML_FORBIDDEN = /[\x00-\x08\x0B\x0C\x0E-\x1F\uFFFE\uFFFF]|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/u;

/** Why a cell cannot be used whatever its column, or undefined. */
export function forbiddenCharacter(cell: string): string | undefined {
  const match = XML_FORBIDDEN.exec(cell);
  if (!match) return undefined;
  const code = match[0].charCodeAt(0).toString(16).toUpperCase().padStart(4, "0");
  return `text without control characters (U+${code} at character ${match.index + 1} is not allowed in XML)`;
}

function describeHeader(header: readonly string[], names: readonly string[]): string {
  const missing = names.filter((name) => !header.includes(name));
  const unknown = header.filter((name) => !names.includes(name));
  const list = (what: string, values: string[]) =>
    values.length ? `${what} ${values.map((value) => JSON.stringify(value)).join(", ")}` : "";
  const parts = [
    list(missing.length > 1 ? "missing columns" : "missing column", missing),
    list(unknown.length > 1 ? "unknown columns" : "unknown column", unknown),
  ];
  const found = parts.filter(Boolean).join("; ");
  return `the header ${names.join(",")} (${found || "the columns are out of order"})`;
}

export function parseTable<C extends Columns>(table: Table<C>, source: string): Row<C>[] {
  const { file, columns } = table;
  const problems: DataProblem[] = [];
  // Spreadsheet programs save CSV with a byte-order mark; it is not part of the header.
  const text = source.startsWith(BYTE_ORDER_MARK) ? source.slice(1) : source;
  if (text.trim() === "") throw new DataError([{ file, expected: "a header line and at least one row" }]);
  if (/\r(?!\n)/.test(text)) throw new DataError([{ file, expected: "lines ending in \\n or \\r\\n" }]);
  const lines = text.replace(/\r\n/g, "\n").replace(/\n$/, "").split("\n");
  if (lines.some((line) => (line.match(/"/g)?.length ?? 0) % 2 === 1)) {
    const line = lines.findIndex((l) => (l.match(/"/g)?.length ?? 0) % 2 === 1) + 1;
    throw new DataError([{ file, line, expected: "balanced double quotes, and no line breaks inside a cell" }]);
  }
  const [header, ...rows] = csvParseRows(lines.join("\n"));
  const names = Object.keys(columns);
  if (header.join(",") !== names.join(",")) {
    throw new DataError([{ file, line: 1, expected: describeHeader(header, names), got: header.join(",") }]);
  }
  if (rows.length === 0) throw new DataError([{ file, expected: "at least one row under the header" }]);
  if (rows.length > defaults.maxRows)
    throw new DataError([
      { file, expected: `at most ${defaults.maxRows.toLocaleString("en-US")} rows`, got: `${rows.length.toLocaleString("en-US")} rows` },
    ]);
  const parsed = rows.map((cells, index) => {
    const line = index + 2;
    if (cells.length !== names.length) {
      problems.push({ file, line, expected: `${names.length} cells`, got: `${cells.length} cells` });
      return undefined;
    }
    const row: Record<string, unknown> = { line };
    names.forEach((name, i) => {
      const forbidden = forbiddenCharacter(cells[i]);
      const result = forbidden ? ({ ok: false, expected: forbidden } as const) : columns[name].parse(cells[i]);
      if (result.ok) row[name] = result.value;
      else problems.push({ file, line, field: name, expected: result.expected, got: cells[i] });
    });
    return row as Row<C>;
  });
  if (problems.length > 0) throw new DataError(problems);
  return parsed as Row<C>[];
}
