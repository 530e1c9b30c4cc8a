import { expect, test } from "vitest";
import { dodge } from "../../src/render/layout/dodge.js";

test("dodge() keeps items at least gap apart and leaves free ones where they are", () => {
  expect(dodge([10, 12, 50], 14)).toEqual([10, 24, 50]);
  expect(dodge([30, 0], 10)).toEqual([30, 0]);
});

test("dodge() slides items back inside the maximum", () => {
  expect(dodge([90, 95, 100], 10, 0, 100)).toEqual([80, 90, 100]);
});
