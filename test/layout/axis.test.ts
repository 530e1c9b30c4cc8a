import { expect, test } from "vitest";
import { stackedTickRoom, yAxisMargin } from "../../src/render/layout/axis.js";
import { measureText } from "../../src/render/text/measure.js";

test("yAxisMargin() holds the widest label, measured in the widest font, beside the tick and its padding", () => {
  const label = "100\u202f000";
  expect(yAxisMargin([label, "0"], 0)).toBe(Math.ceil(measureText(label, 10) + 6 + 3 + 1));
  expect(yAxisMargin([label], 0, 3)).toBe(Math.ceil(measureText(label, 10) + 3 + 3 + 1));
});

test("yAxisMargin() keeps the chart's own margin when the labels need less", () => {
  expect(yAxisMargin(["0"], 44)).toBe(44);
});

test("stackedTickRoom() adds one 12 px line per line past the first", () => {
  expect(stackedTickRoom(1)).toBe(0);
  expect(stackedTickRoom(2)).toBe(12);
});
