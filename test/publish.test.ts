// What publishers rely on: the manifest tells the truth about every file, and
// every SVG stands alone (no external reference, no script).

import { createHash } from "node:crypto";
import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, test } from "vitest";
import { charts } from "../charts/index.js";
import { PROJECT_ROOT } from "../src/root.js";
import { variants } from "../src/variants.js";

const OUTPUT = join(PROJECT_ROOT, "output");
const manifest = JSON.parse(readFileSync(join(OUTPUT, "manifest.json"), "utf8"));

describe("manifest.json", () => {
  test("lists every chart in every variant", () => {
    expect(manifest.charts.map((chart: { id: string }) => chart.id)).toEqual(charts.map((chart) => chart.id));
    for (const chart of manifest.charts) expect(chart.variants.length).toBe(variants().length);
  });
  test("every file it lists exists with the stated size and hash", () => {
    const listed = manifest.charts.flatMap((chart: { variants: { files: object[] }[]; embeds: object[]; prints: object[] }) => [
      ...chart.variants.flatMap((variant) => variant.files),
      ...chart.embeds,
      ...chart.prints,
    ]);
    // Per chart: SVG, PNG and PNG 2x of each variant; three snippets and a PDF per locale.
    expect(listed.length).toBe(charts.length * (variants().length * 3 + 2 * 3 + 2));
    for (const file of listed) {
      const data = readFileSync(join(OUTPUT, file.path));
      expect(data.length, file.path).toBe(file.bytes);
      expect(createHash("sha256").update(data).digest("hex"), file.path).toBe(file.sha256);
    }
  });
  test("every variant carries its title, alt text, source line and source URLs", () => {
    for (const chart of manifest.charts) {
      expect(chart.sourceUrls.length).toBeGreaterThan(0);
      for (const url of chart.sourceUrls) expect(url).toMatch(/^https?:\/\//);
      expect(chart.dataHash).toMatch(/^[0-9a-f]{64}$/);
      for (const variant of chart.variants) {
        expect(variant.title.length, chart.id).toBeGreaterThan(10);
        expect(variant.alt.length, chart.id).toBeGreaterThan(80);
        expect(variant.sourceLine, chart.id).toMatch(/^Sources?\s?\u00a0?: /);
      }
    }
  });
  test("holds no timestamps", () => {
    expect(readFileSync(join(OUTPUT, "manifest.json"), "utf8")).not.toMatch(
      /\d{4}-\d{2}-\d{2}T\d{2}:|"(generated|built|created|time|date)"/i,
    );
  });
});

const svgFiles = charts.flatMap((chart) =>
  readdirSync(join(OUTPUT, chart.id))
    .filter((f) => f.endsWith(".svg"))
    .map((f) => join(chart.id, f)),
);

describe("every SVG in output/", () => {
  test("there is one per chart and variant", () => {
    expect(svgFiles.length).toBe(charts.length * variants().length);
  });
  for (const file of svgFiles) {
    test(`${file} holds no external reference and no script`, () => {
      const text = readFileSync(join(OUTPUT, file), "utf8");
      // The one stylesheet allowed: the embedded font (data: URIs only) and its rule scoped to the SVG's id.
      const id = file.replace(/^.*\//, "").replace(/\.svg$/, "");
      const font = new RegExp(
        `<style>(@font-face\\{font-family:"${id}";font-weight:\\d+;src:url\\(data:font/woff2;base64,[A-Za-z0-9+/=]+\\) format\\("woff2"\\)\\})+#${id}-figure,#${id}-figure \\*\\{font-family:"${id}",[^<{}]+\\}</style>`,
      );
      expect(text).toMatch(font);
      const svg = text.replace(font, "");
      for (const forbidden of [/<script/i, /\bon[a-z]+="/i, /href="(?!#)/, /url\((?!#)/, /@import/, /<image/, /<foreignObject/, /<style/]) {
        expect(svg, `${file} ${forbidden}`).not.toMatch(forbidden);
      }
    });
    test(`${file} has a viewBox, a width and a height, and names the shipped font first`, () => {
      const svg = readFileSync(join(OUTPUT, file), "utf8");
      expect(svg).toMatch(/^<svg xmlns="http:\/\/www.w3.org\/2000\/svg"[^>]* width="\d+" height="\d+" viewBox="0 0 \d+ \d+"/);
      expect(svg).toMatch(/^<svg [^>]*font-family="'Source Sans 3', /);
    });
  }
});
