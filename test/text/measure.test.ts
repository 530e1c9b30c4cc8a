import { readFileSync } from "node:fs";
import { expect, test } from "vitest";
import { generateMetrics } from "../../src/render/text/generate-metrics.js";
import { measureText, wrapText } from "../../src/render/text/measure.js";

test("metrics.generated.ts matches the shipped font files", () => {
  const committed = readFileSync(new URL("../../src/render/text/metrics.generated.ts", import.meta.url), "utf8");
  expect(committed).toBe(generateMetrics());
});

test("measureText() scales with size and weight", () => {
  expect(measureText("Baghouz", 20)).toBeCloseTo(2 * measureText("Baghouz", 10));
  expect(measureText("Baghouz", 12, "bold")).toBeGreaterThan(measureText("Baghouz", 12));
  expect(measureText("", 12)).toBe(0);
});

test("wrapText() keeps every line within the width and never breaks a no-break space", () => {
  const lines = wrapText("Le 23 mars 2019, les FDS annoncent la fin du\u00a0califat territorial", 120, 12);
  for (const line of lines) expect(measureText(line, 12)).toBeLessThanOrEqual(120);
  expect(lines.some((line) => line.includes("du\u00a0califat"))).toBe(true);
});

test("wrapText() never leaves « or » alone at a line end or start", () => {
  const lines = wrapText("des bilans arrondis (« près de 500 ») ou des minimums (« plus de 600 ») : soit", 60, 12);
  for (const line of lines) {
    expect(line.endsWith("«"), line).toBe(false);
    expect(line.startsWith("»") || line.startsWith(":"), line).toBe(false);
  }
});
