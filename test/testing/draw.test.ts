import * as Plot from "@observablehq/plot";
import { JSDOM } from "jsdom";
import { checkSnapshot, drawChart, expectSvgSnapshot, isMissingCanvas } from "last-pocket/testing";
import { expect, test } from "vitest";

// jsdom logs "not implemented" for getContext on its virtual console: keep it quiet.
const { document } = new JSDOM("", { virtualConsole: new (await import("jsdom")).VirtualConsole() }).window;
const raster = () =>
  Plot.raster({ width: 2, height: 2, fill: (x: number, y: number) => x + y }).plot({
    document,
    x: { domain: [0, 2] },
    y: { domain: [0, 2] },
  });

test("a chart drawn on a <canvas> fails in one line saying jsdom has none and what to do", async () => {
  const expected =
    /^heat: the chart draws on a <canvas>, which jsdom does not have \(.+\): install the canvas package, or use a scale that needs no canvas/;
  await expect(expectSvgSnapshot(raster, "/tmp/heat")).rejects.toThrow(expected);
  expect(() => checkSnapshot(raster, "/tmp/heat.svg")).toThrow(expected);
});

test("drawChart() draws a function's chart, and passes other errors and charts through unchanged", () => {
  const svg = document.createElementNS("http://www.w3.org/2000/svg", "svg");
  expect(drawChart(() => svg, "x")).toBe(svg);
  expect(drawChart("<svg/>", "x")).toBe("<svg/>");
  const other = new RangeError("bad domain");
  expect(() =>
    drawChart(() => {
      throw other;
    }, "x"),
  ).toThrow(other);
});

test("isMissingCanvas() recognises the 2D-context errors only when the canvas package is absent", () => {
  const error = new TypeError("Cannot read properties of null (reading 'createImageData')");
  expect(isMissingCanvas(error, false)).toBe(true);
  expect(isMissingCanvas(error, true)).toBe(false);
  expect(isMissingCanvas(new TypeError("x is not a function"), false)).toBe(false);
  expect(isMissingCanvas(new Error("createImageData"), false)).toBe(false);
});
