import { describe, expect, test } from "vitest";
import { isoDate, list, number, oneOf, optional, url } from "../../src/schema/columns.js";

describe("isoDate", () => {
  test("isoDate() reads a day, a month, and records the precision", () => {
    expect(isoDate("").parse("2018-09-10")).toMatchObject({ ok: true, value: { precision: "day", iso: "2018-09-10" } });
    const month = isoDate("").parse("2015-01");
    expect(month).toMatchObject({ ok: true, value: { precision: "month" } });
    expect(month.ok && month.value.date.toISOString()).toBe("2015-01-01T00:00:00.000Z");
  });
  test("isoDate() refuses impossible and malformed dates", () => {
    for (const raw of ["2019-02-30", "2019-13", "2019-1-5", "10/09/2018", "", "2019-02-29"]) {
      expect(isoDate("").parse(raw).ok, raw).toBe(false);
    }
  });
});

test("number() refuses negatives, thousands separators and text", () => {
  const column = number("");
  expect(column.parse("90800")).toEqual({ ok: true, value: 90800 });
  expect(column.parse("0.5")).toEqual({ ok: true, value: 0.5 });
  for (const raw of ["-3", "90,800", "90 800", "abc", "", "1e3", "2000000000"]) expect(column.parse(raw).ok, raw).toBe(false);
});

test("url() accepts only http and https", () => {
  expect(url("").parse("https://example.org/a").ok).toBe(true);
  for (const raw of ["javascript:alert(1)", "ftp://x.org", "example.org", "data:text/html,x"])
    expect(url("").parse(raw).ok, raw).toBe(false);
});

test("list() splits on semicolons and checks each item", () => {
  const column = list(oneOf(["a", "b"], ""), "");
  expect(column.parse("a;b")).toEqual({ ok: true, value: ["a", "b"] });
  expect(column.parse("")).toEqual({ ok: true, value: [] });
  expect(column.parse("a;c").ok).toBe(false);
});

test("optional() turns an empty cell into undefined", () => {
  expect(optional(number("")).parse("")).toEqual({ ok: true, value: undefined });
  expect(optional(number("")).parse("-1").ok).toBe(false);
});
