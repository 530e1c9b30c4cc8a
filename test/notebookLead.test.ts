import { expect, test } from "vitest";
import { leadAndNotes } from "../src/notebook/page.js";

test("leadAndNotes() puts a chart's first paragraph before the chart and the rest after it", () => {
  expect(leadAndNotes("<p>What the chart shows.</p>\n<p><em>Reading notes.</em> Where sources disagree.</p>\n<p>More.</p>\n")).toEqual([
    "<p>What the chart shows.</p>",
    "<p><em>Reading notes.</em> Where sources disagree.</p>\n<p>More.</p>",
  ]);
  expect(leadAndNotes("<p>One paragraph only.</p>\n")).toEqual(["<p>One paragraph only.</p>", ""]);
  expect(leadAndNotes("")).toEqual(["", ""]);
});
