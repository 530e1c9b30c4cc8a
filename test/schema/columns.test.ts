import { describe, expect, test } from "vitest";
import { measureText } from "../../src/render/text/measure.js";
import { id, integer, isoDate, list, number, oneOf, optional, text, url } from "../../src/schema/columns.js";

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

test("number() and integer() keep their bounds, both inclusive, and say so", () => {
  const signed = number("", { min: -10, max: 10 });
  for (const raw of ["-10", "10", "0", "-9.5"]) expect(signed.parse(raw), raw).toEqual({ ok: true, value: Number(raw) });
  expect(signed.parse("10.01")).toEqual({
    ok: false,
    expected: "a number from -10 to 10, written with a dot for decimals and no thousands separator",
  });
  expect(signed.parse("-10.5").ok).toBe(false);
  expect(number("").parse("1000000000").ok).toBe(true);
  expect(number("").parse("0").ok).toBe(true);
  const count = integer("");
  for (const raw of ["0", "1000000"]) expect(count.parse(raw), raw).toEqual({ ok: true, value: Number(raw) });
  for (const raw of ["1000001", "-1", "1.5", "", "1,000"]) expect(count.parse(raw).ok, raw).toBe(false);
  expect(integer("", { min: -5, max: 5 }).parse("-5")).toEqual({ ok: true, value: -5 });
  expect(integer("", { min: -5, max: 5 }).parse("6")).toEqual({
    ok: false,
    expected: "a whole number from -5 to 5, with no thousands separator",
  });
});

test("isoDate() keeps years from 1900 to 2100 and real days only", () => {
  const column = isoDate("");
  for (const raw of ["1900-01-01", "2100-12", "2020-02-29", "2019-04-30"]) expect(column.parse(raw).ok, raw).toBe(true);
  for (const raw of ["1899-12-31", "2101-01", "2019-04-31", "2019-00", "2019-01-00", " 2019-01", "2019-01-01x"])
    expect(column.parse(raw), raw).toEqual({
      ok: false,
      expected: "a real date written YYYY-MM-DD, or YYYY-MM when only the month is known",
    });
  const day = column.parse("2018-09-10");
  expect(day.ok && day.value.date.toISOString()).toBe("2018-09-10T00:00:00.000Z");
  expect(day.ok && day.value.precision).toBe("day");
  const month = column.parse("2015-12");
  expect(month.ok && month.value.date.toISOString()).toBe("2015-12-01T00:00:00.000Z");
});

test("text(), oneOf() and id() trim, document themselves and say what they expected", () => {
  expect(text("doc")).toMatchObject({ type: "text", doc: "doc", optional: false });
  expect(text("").parse("  Baghouz ")).toEqual({ ok: true, value: "Baghouz" });
  expect(text("").parse("  ")).toEqual({ ok: false, expected: "non-empty text" });
  const kind = oneOf(["a", "b"], "doc");
  expect(kind.type).toBe("a \\| b");
  expect(kind.parse("b")).toEqual({ ok: true, value: "b" });
  expect(kind.parse("c")).toEqual({ ok: false, expected: 'one of "a", "b"' });
  expect(id("").parse("sohr-102995")).toEqual({ ok: true, value: "sohr-102995" });
  for (const raw of ["A", "-a", "a-", "a--b", "a b", ""])
    expect(id("").parse(raw), raw).toEqual({ ok: false, expected: "an id matching /^[a-z0-9]+(-[a-z0-9]+)*$/" });
  expect(id("", /^C\d+$/).parse("C12").ok).toBe(true);
  expect(id("", /^C\d+$/).parse("c12").ok).toBe(false);
});

test("url() returns the URL as written; list() trims its items and names the inner expectation; optional() keeps the column's documentation", () => {
  expect(url("").parse("http://example.org/a?b#c")).toEqual({ ok: true, value: "http://example.org/a?b#c" });
  expect(url("").parse("http//example.org")).toEqual({ ok: false, expected: "an absolute http:// or https:// URL" });
  const column = list(oneOf(["a", "b"], ""), "doc");
  expect(column.type).toBe("list of a \\| b");
  expect(column.parse(" a ; b ")).toEqual({ ok: true, value: ["a", "b"] });
  expect(column.parse("   ")).toEqual({ ok: true, value: [] });
  expect(column.parse("a;;b")).toEqual({ ok: false, expected: 'a semicolon-separated list of one of "a", "b"' });
  const maybe = optional(text("doc"));
  expect(maybe).toMatchObject({ type: "text", doc: "doc", optional: true });
  expect(maybe.parse(" x ")).toEqual({ ok: true, value: "x" });
});

test("text() with a width bound takes text exactly as wide as the bound, trimmed first, and refuses wider text saying how wide", () => {
  const label = "Baghouz falls";
  const width = measureText(label, 11);
  const bounded = text("Label.", { maxWidth: width });
  expect(bounded.doc).toBe(`Label. At most ${width} px wide at 11 px.`);
  expect(bounded.parse(label), "text exactly as wide as the bound").toEqual({ ok: true, value: label });
  expect(bounded.parse(`   ${label}   `), "the spaces around it do not count").toEqual({ ok: true, value: label });
  expect(text("", { maxWidth: 50 }).parse(`${label} at last`)).toEqual({
    ok: false,
    expected: "non-empty text no wider than 50 px at 11 px (about 9 letters), so the charts can show it",
  });
  expect(text("", { maxWidth: 60, size: 12 }).parse(`${label} at last`)).toEqual({
    ok: false,
    expected: "non-empty text no wider than 60 px at 12 px (about 10 letters), so the charts can show it",
  });
  expect(text("").parse("x".repeat(500)).ok, "text without a bound may be as wide as it likes").toBe(true);
});

test("integer(), isoDate(), url() and id() document their type for data/README.md", () => {
  expect([integer("").type, isoDate("").type, url("").type, id("").type]).toEqual(["integer", "date", "url", "id"]);
});

test("isoDate() with its own range says it in its documentation and message, whichever bound differs", () => {
  const story = isoDate("When.", { min: "2015-01-01", max: "2019-03-23" });
  expect(story.doc).toBe("When. From 2015-01-01 to 2019-03-23.");
  const message = (from: string, to: string) =>
    `a real date from ${from} to ${to} written YYYY-MM-DD, or YYYY-MM when only the month is known`;
  expect(story.parse("2014-12")).toEqual({ ok: false, expected: message("2015-01-01", "2019-03-23") });
  expect(isoDate("", { min: "2000-01-01" }).parse("1999-12-31")).toEqual({ ok: false, expected: message("2000-01-01", "2100-12-31") });
  expect(isoDate("", { max: "2000-12-31" }).parse("2001-01")).toEqual({ ok: false, expected: message("1900-01-01", "2000-12-31") });
});

test("isoDate() refuses a date with digits before it, even when the text would sort inside the range", () => {
  expect(isoDate("").parse("192019-01-15").ok, "192019-01-15").toBe(false);
});
