// Deep nesting (review D15): the serialiser and the snapshot helper refuse a
// chart nested deeper than 1000 levels in one line, checked by an iterative
// walk before any recursive work (jsdom's copy, the serialiser, jsdom's
// parser), instead of running for tens of seconds into a stack overflow.
// The tests nest just past the limit: cheap with or without the check.

import { serializeChart } from "last-pocket/testing";
import { expect, test } from "vitest";
import { isNestedDeeper } from "../src/render/depth.js";
import { getDocument, svgElement } from "../src/render/dom.js";
import { serialize } from "../src/render/serialize.js";
import { pixelDiff } from "../src/testing/pixelDiff.js";
import { isTextNestedDeeper } from "../src/testing/textDepth.js";

const document = getDocument();

/** An <svg> with `levels` levels of elements in all, the root included. */
function nested(levels: number): Element {
  const svg = svgElement(document, "svg", { width: 10, height: 10 });
  let parent: Element = svg;
  for (let level = 2; level <= levels; level++) parent = parent.appendChild(svgElement(document, "g", {}));
  return svg;
}

test("serialize() refuses a chart nested deeper than 1000 levels, in one line", () => {
  expect(() => serialize(nested(1001), "c")).toThrow(/^<svg>: nesting deeper than 1000 levels, expected at most 1000$/);
  expect(serialize(nested(1000), "c"), "1000 levels").toMatch(/^<svg xmlns/);
});

test("serializeChart() refuses a root nested deeper than 1000 levels before copying it", () => {
  const root = nested(1001);
  root.cloneNode = () => {
    throw new Error("copied");
  };
  expect(() => serializeChart(root, "c")).toThrow(/^<svg>: nesting deeper than 1000 levels, expected at most 1000$/);
});

test("pixelDiff() refuses a snapshot nested deeper than 1000 levels before parsing it", () => {
  const svg = '<svg xmlns="http://www.w3.org/2000/svg" width="10" height="10"/>';
  const html = `<figure>${"<div>".repeat(1000)}${svg}${"</div>".repeat(1000)}</figure>`;
  expect(() => pixelDiff(svg, html)).toThrow(/^the after version has nesting deeper than 1000 levels, expected at most 1000$/);
  expect(() => pixelDiff(`<svg>${"<g>".repeat(1000)}</svg>`, svg)).toThrow(/^the before version has nesting deeper/);
});

test("isNestedDeeper() counts the root as one level and follows every branch", () => {
  expect(isNestedDeeper(nested(1), 1)).toBe(false);
  expect(isNestedDeeper(nested(3), 3)).toBe(false);
  expect(isNestedDeeper(nested(4), 3)).toBe(true);
  const wide = nested(2);
  wide.append(nested(3), nested(2));
  expect(isNestedDeeper(wide, 4), "a deep branch after a shallow one: 4 levels").toBe(false);
  expect(isNestedDeeper(wide, 3), "the same, against 3").toBe(true);
});

test("isTextNestedDeeper() counts open elements, not void, self-closed, commented or script content", () => {
  expect(isTextNestedDeeper("<div><p>a</p><p>b</p></div>", 2)).toBe(false);
  expect(isTextNestedDeeper("<div><p><b>a</b></p></div>", 2)).toBe(true);
  expect(isTextNestedDeeper("<div><br><img src=x><g/><!-- <p><p><p> --></div>", 1), "void, self-closed, a comment").toBe(false);
  expect(isTextNestedDeeper("<div><script>'<p><p><p>'</script><STYLE>a<b{}</style></div>", 2), "script and style").toBe(false);
  expect(isTextNestedDeeper('<div title="a > b"><svg><![CDATA[<p><p>]]></svg></div>', 2), "CDATA, > in an attribute").toBe(false);
});

test("isTextNestedDeeper() ignores stray end tags as a parser does, and lets a list item close the one before it", () => {
  // 20 <div>, each followed by a </b> that closes nothing: 20 levels deep.
  expect(isTextNestedDeeper("<div></b>".repeat(20), 10), "divs with stray end tags").toBe(true);
  expect(isTextNestedDeeper(`<ul>${"<li>item".repeat(50)}</ul>`, 3), "a flat list of unclosed items").toBe(false);
  expect(isTextNestedDeeper(`<table>${"<tr><td>a<td>b".repeat(20)}</table>`, 4), "a table of unclosed rows and cells").toBe(false);
  expect(isTextNestedDeeper("<div><span><b>x</div><div>y</div>", 3), "an end tag closes what is open inside it").toBe(false);
});
