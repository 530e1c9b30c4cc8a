import { expect, test } from "vitest";
import { stackedTickRoom, yAxisMargin } from "../../src/render/layout/axis.js";
import { measureText } from "../../src/render/text/measure.js";

test("yAxisMargin() holds the widest label of the tick size, measured in the widest font, beside the tick and its padding", () => {
  const label = "100\u202f000";
  expect(yAxisMargin([label, "0"], 0, 12)).toBe(Math.ceil(measureText(label, 12) + 6 + 3 + 1));
  expect(yAxisMargin([label], 0, 11, 3)).toBe(Math.ceil(measureText(label, 11) + 3 + 3 + 1));
});

test("yAxisMargin() keeps the chart's own margin when the labels need less", () => {
  expect(yAxisMargin(["0"], 44, 12)).toBe(44);
});

test("stackedTickRoom() adds one line (1.2 em) per line past the first", () => {
  expect(stackedTickRoom(1, 12)).toBe(0);
  expect(stackedTickRoom(2, 10)).toBe(12);
  expect(stackedTickRoom(2, 12)).toBe(15);
});
