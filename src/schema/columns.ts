// Column types for the CSV datasets. Each column parses one raw cell and
// documents itself, so the TypeScript row types, the loader's validation
// and data/README.md all come from the same definition.

import { measureText } from "../render/text/measure.js";

export type Parsed<T> = { ok: true; value: T } | { ok: false; expected: string };

export interface Column<T> {
  /** Short type name for the generated documentation. */
  readonly type: string;
  /** What the column means, for the generated documentation. */
  readonly doc: string;
  readonly optional: boolean;
  parse(raw: string): Parsed<T>;
  /** How two values sort, where the natural order is not the right one (oneOf: the order the values are declared in). */
  compare?(a: T, b: T): number;
}

export type ColumnValue<C> = C extends Column<infer T> ? T : never;

const ok = <T>(value: T): Parsed<T> => ({ ok: true, value });
const fail = (expected: string): Parsed<never> => ({ ok: false, expected });

function column<T>(type: string, doc: string, parse: (raw: string) => Parsed<T>): Column<T> {
  return { type, doc, optional: false, parse };
}

/** The same column, but an empty cell is allowed and parses to `undefined`. */
export function optional<T>(inner: Column<T>): Column<T | undefined> {
  return {
    ...inner,
    optional: true,
    parse: (raw) => (raw === "" ? ok(undefined) : inner.parse(raw)),
    // An empty cell sorts first.
    compare:
      inner.compare &&
      ((a, b) => (a === undefined || b === undefined ? Number(b === undefined) - Number(a === undefined) : (inner.compare?.(a, b) ?? 0))),
  };
}

export interface TextBounds {
  /** Widest the text may be, in pixels at `size` (what the chart that prints it on one line can show). */
  readonly maxWidth?: number;
  /** Font size the widths are measured at. */
  readonly size?: number;
}

export function text(doc: string, { maxWidth, size = 11 }: TextBounds = {}): Column<string> {
  const expected = `non-empty text no wider than ${maxWidth} px at ${size} px (about ${Math.floor((maxWidth ?? 0) / (size * 0.5))} letters), so the charts can show it`;
  const bound = maxWidth === undefined ? "" : ` At most ${maxWidth} px wide at ${size} px.`;
  return column("text", `${doc}${bound}`, (raw) => {
    if (raw.trim() === "") return fail("non-empty text");
    if (maxWidth !== undefined && measureText(raw.trim(), size) > maxWidth) return fail(expected);
    return ok(raw.trim());
  });
}

export function oneOf<const V extends string>(values: readonly V[], doc: string): Column<V> {
  const expected = `one of ${values.map((v) => `"${v}"`).join(", ")}`;
  return {
    ...column(values.join(" \\| "), doc, (raw) => ((values as readonly string[]).includes(raw) ? ok(raw as V) : fail(expected))),
    compare: (a, b) => values.indexOf(a) - values.indexOf(b),
  };
}

export function number(doc: string, { min = 0, max = 1e9 } = {}): Column<number> {
  const expected = `a number from ${min} to ${max}, written with a dot for decimals and no thousands separator`;
  return column("number", doc, (raw) => {
    if (!/^-?\d+(\.\d+)?$/.test(raw)) return fail(expected);
    const value = Number(raw);
    return value >= min && value <= max ? ok(value) : fail(expected);
  });
}

export function integer(doc: string, { min = 0, max = 1e6 } = {}): Column<number> {
  const expected = `a whole number from ${min} to ${max}, with no thousands separator`;
  return column("integer", doc, (raw) => {
    if (!/^-?\d+$/.test(raw)) return fail(expected);
    const value = Number(raw);
    return value >= min && value <= max ? ok(value) : fail(expected);
  });
}

export type Precision = "day" | "month";
export interface PartialDate {
  /** Midnight UTC on the day, or on the first of the month. */
  readonly date: Date;
  readonly precision: Precision;
  /** The date as written in the file, e.g. "2015-01" or "2018-09-10". */
  readonly iso: string;
}

/** A date written as precisely as it is known: YYYY-MM-DD, or YYYY-MM for a month; within [min, max] (ISO days) when given. */
export function isoDate(doc: string, { min = "1900-01-01", max = "2100-12-31" } = {}): Column<PartialDate> {
  const range = min === "1900-01-01" && max === "2100-12-31" ? "" : ` from ${min} to ${max}`;
  const expected = `a real date${range} written YYYY-MM-DD, or YYYY-MM when only the month is known`;
  return column("date", range ? `${doc} From ${min} to ${max}.` : doc, (raw) => {
    const match = /^(\d{4})-(\d{2})(?:-(\d{2}))?$/.exec(raw);
    if (!match) return fail(expected);
    const [year, month, day] = [Number(match[1]), Number(match[2]), Number(match[3] ?? "1")];
    const date = new Date(Date.UTC(year, month - 1, day));
    const real = date.getUTCFullYear() === year && date.getUTCMonth() === month - 1 && date.getUTCDate() === day;
    const day0 = raw.length === 7 ? `${raw}-01` : raw;
    if (!real || day0 < min || day0 > max) return fail(expected);
    return ok({ date, precision: match[3] ? "day" : "month", iso: raw });
  });
}

export function url(doc: string): Column<string> {
  const expected = "an absolute http:// or https:// URL";
  return column("url", doc, (raw) => {
    try {
      const parsed = new URL(raw);
      return parsed.protocol === "http:" || parsed.protocol === "https:" ? ok(raw) : fail(expected);
    } catch {
      return fail(expected);
    }
  });
}

/** Several values in one cell, separated by semicolons: "ihs-bbc;ihs-2016". */
export function list<T>(inner: Column<T>, doc: string): Column<readonly T[]> {
  return column(`list of ${inner.type}`, doc, (raw) => {
    if (raw.trim() === "") return ok([]);
    const values: T[] = [];
    for (const part of raw.split(";")) {
      const parsed = inner.parse(part.trim());
      if (!parsed.ok) return fail(`a semicolon-separated list of ${parsed.expected}`);
      values.push(parsed.value);
    }
    return ok(values);
  });
}

/** An identifier: lower-case letters, digits and dashes (or the given pattern). */
export function id(doc: string, pattern = /^[a-z0-9]+(-[a-z0-9]+)*$/): Column<string> {
  return column("id", doc, (raw) => (pattern.test(raw) ? ok(raw) : fail(`an id matching ${pattern}`)));
}
