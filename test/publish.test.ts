// What publishers rely on: the manifest the build writes tells the truth about
// every file it produced, and every SVG stands alone (no external reference, no script).

import { createHash } from "node:crypto";
import { existsSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { beforeAll, describe, expect, test } from "vitest";
import { charts } from "../charts/index.js";
import { readDataset } from "../data/read.js";
import { build, safeJson } from "../src/build/build.js";
import { PROJECT_ROOT } from "../src/cli/root.js";
import { svgPath, variants } from "../src/publish/variants.js";
import { committedOutput, memoryEffects } from "./helpers/effects.js";

const OUTPUT = join(PROJECT_ROOT, "output");
const OUT = "out";
interface Listed {
  path: string;
  bytes: number;
  sha256: string;
}
interface Manifest {
  charts: {
    id: string;
    sourceUrls: string[];
    dataHash: string;
    embeds: Listed[];
    prints: Listed[];
    variants: { locale: string; width: number; theme: string; title: string; alt: string; sourceLine: string; files: Listed[] }[];
  }[];
}

// What the builder produces, in memory; seeded with the committed files so the PNGs of unchanged SVGs are reused.
const effects = memoryEffects(committedOutput(OUT));
let manifestText = "";
let manifest: Manifest = { charts: [] };

beforeAll(async () => {
  effects.files.delete(`${OUT}/manifest.json`);
  await build({ charts, dataset: readDataset(), out: OUT }, effects);
  manifestText = effects.files.get(`${OUT}/manifest.json`)?.toString() ?? "";
  if (manifestText) manifest = JSON.parse(manifestText);
}, 120_000);

describe("manifest.json, as the build writes it", () => {
  test("is written, and equals the committed output/manifest.json", () => {
    expect(manifestText, "manifest.json was not written").not.toBe("");
    const committed = readFileSync(join(OUTPUT, "manifest.json"), "utf8");
    expect(manifestText === committed, "output/manifest.json differs from what the build writes").toBe(true);
  });
  test("lists every chart in every variant", () => {
    expect(
      manifest.charts.map((chart) => chart.id),
      "chart ids in manifest.json",
    ).toEqual(charts.map((chart) => chart.id));
    for (const chart of manifest.charts) expect(chart.variants.length, `variants of ${chart.id} in manifest.json`).toBe(variants().length);
  });
  test("every file it lists was produced, with the stated size and hash", () => {
    const listed = manifest.charts.flatMap((chart) => [
      ...chart.variants.flatMap((variant) => variant.files),
      ...chart.embeds,
      ...chart.prints,
    ]);
    // Per chart: SVG, PNG and PNG 2x of each variant; three snippets and a PDF per locale.
    expect(listed.length, "files listed in manifest.json").toBe(charts.length * (variants().length * 3 + 2 * 3 + 2));
    for (const file of listed) {
      const data = effects.files.get(`${OUT}/${file.path}`);
      expect(data, `${file.path} is listed in manifest.json but was not produced`).toBeDefined();
      expect(data?.length, `byte size of ${file.path} in manifest.json`).toBe(file.bytes);
      expect(
        createHash("sha256")
          .update(data as Buffer)
          .digest("hex"),
        `SHA-256 of ${file.path} in manifest.json`,
      ).toBe(file.sha256);
    }
  });
  test("every variant carries its title, alt text, source line and source URLs", () => {
    for (const chart of manifest.charts) {
      expect(chart.sourceUrls.length, `source URLs of ${chart.id} in manifest.json`).toBeGreaterThan(0);
      for (const url of chart.sourceUrls) expect(url, `a source URL of ${chart.id} in manifest.json`).toMatch(/^https?:\/\//);
      expect(chart.dataHash, `data hash of ${chart.id} in manifest.json`).toMatch(/^[0-9a-f]{64}$/);
      for (const variant of chart.variants) {
        const name = `${chart.id} (${variant.locale}, ${variant.width} px, ${variant.theme}) in manifest.json`;
        expect(variant.title.length, `title of ${name}`).toBeGreaterThan(10);
        expect(variant.alt.length, `alt text of ${name}`).toBeGreaterThan(80);
        expect(variant.sourceLine, `source line of ${name}`).toMatch(/^Sources?\s?\u00a0?: /);
      }
    }
  });
  test("holds no timestamps", () => {
    expect(manifestText, "manifest.json").not.toMatch(/\d{4}-\d{2}-\d{2}T\d{2}:|"(generated|built|created|time|date)"/i);
  });
});

describe("safeJson(value), the manifest's writer", () => {
  test("escapes <, > and & in every string, keys included, and U+2028 and U+2029, and still parses to the same value", () => {
    const value = { "<key>&": ["</script><!--", { nested: "a & b > c" }], "line\u2028break\u2029": 1, plain: "ok" };
    const json = safeJson(value);
    expect(json, "safeJson() output").not.toMatch(/[<>&\u2028\u2029]/);
    expect(JSON.parse(json), "safeJson() output, parsed").toEqual(value);
  });
});

// From the variant matrix, not a listing of output/ (which may hold gitignored -changed.svg files).
const svgFiles = charts.flatMap((chart) => variants().map((variant) => svgPath(chart, variant)));

describe("every SVG in output/", () => {
  test("there is one per chart and variant", () => {
    for (const file of svgFiles) expect(existsSync(join(OUTPUT, file)), `output/${file} is missing`).toBe(true);
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
