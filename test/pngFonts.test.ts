import { mkdtempSync, readdirSync, readFileSync, rmSync, statSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { Resvg } from "@resvg/resvg-js";
import { afterAll, describe, expect, it } from "vitest";
import { chartList } from "../charts/list.js";
import { PROJECT_ROOT } from "../src/cli/root.js";
import { fontOptions } from "../src/publish/png.js";
import { isCoveredBySubset, subsetFontFiles } from "../src/publish/pngFonts.mjs";
import { PngPool } from "../src/publish/pngPool.js";

const cacheDir = mkdtempSync(join(tmpdir(), "last-pocket-fonts-"));
afterAll(() => rmSync(cacheDir, { recursive: true, force: true }));

const committedSvgs = chartList
  .map((entry) => entry.id)
  .flatMap((chart) =>
    readdirSync(join(PROJECT_ROOT, "output", chart))
      .filter((file) => file.endsWith(".svg"))
      .map((file) => ({ file, svg: readFileSync(join(PROJECT_ROOT, "output", chart, file), "utf8") })),
  );

function pixels(svg: string, fontFiles: readonly string[]): Buffer {
  return Buffer.from(new Resvg(svg, { font: { ...fontOptions, fontFiles: [...fontFiles] } }).render().pixels);
}

/** Every character of the subset, in lines of 40, in the three weights the charts use. */
function specimen(): string {
  const characters = [...Array.from({ length: 0x17f - 0x20 }, (_, i) => String.fromCodePoint(0x21 + i))]
    .filter((c) => isCoveredBySubset(c) && !/[<>&]/.test(c))
    .join("");
  const lines = characters.match(/.{1,40}/gsu) ?? [];
  const texts = [400, 600, 700].flatMap((weight, w) =>
    lines.map(
      (line, i) =>
        `<text x="4" y="${16 + (w * lines.length + i) * 18}" font-size="14" font-weight="${weight}">${line} 90 800 km² « ≈ » – ’ …</text>`,
    ),
  );
  return `<svg xmlns="http://www.w3.org/2000/svg" width="420" height="${24 + 3 * lines.length * 18}">${texts.join("")}</svg>`;
}

describe("isCoveredBySubset(svg)", () => {
  it("holds for every committed chart, so builds take the fast path", () => {
    expect(committedSvgs.filter(({ svg }) => !isCoveredBySubset(svg)).map(({ file }) => file)).toEqual([]);
  });

  it("refuses characters outside the subset and features the subset dropped", () => {
    for (const text of ["Ελλάδα", "Россия", "ḥ", "الرقة", "中", "🙂"]) expect(isCoveredBySubset(`<text>${text}</text>`)).toBe(false);
    expect(isCoveredBySubset('<text font-variant="small-caps">a</text>')).toBe(false);
    expect(isCoveredBySubset("<text style=\"font-feature-settings: 'onum'\">1</text>")).toBe(false);
    expect(isCoveredBySubset("<text>Baghouz, 23 mars 2019 : « fin » – 90 800 km² ≈ 1 %</text>")).toBe(true);
  });
});

describe("subsetFontFiles(files, cacheDir)", () => {
  it("draws every character of the subset with the same pixels as the full fonts", async () => {
    const subset = await subsetFontFiles(fontOptions.fontFiles, cacheDir);
    const svg = specimen();
    expect(pixels(svg, subset).equals(pixels(svg, fontOptions.fontFiles))).toBe(true);
  });

  it("draws a chart with the same pixels as the full fonts", async () => {
    const subset = await subsetFontFiles(fontOptions.fontFiles, cacheDir);
    const { svg } = committedSvgs.find(({ file }) => file === "timeline-fr-720-light.svg") ?? committedSvgs[0];
    expect(pixels(svg, subset).equals(pixels(svg, fontOptions.fontFiles))).toBe(true);
  });

  it("makes files a quarter the size of the originals or less, once", async () => {
    const first = await subsetFontFiles(fontOptions.fontFiles, cacheDir);
    const made = first.map((file) => statSync(file).mtimeMs);
    const second = await subsetFontFiles(fontOptions.fontFiles, cacheDir);
    expect(second).toEqual(first);
    expect(second.map((file) => statSync(file).mtimeMs)).toEqual(made);
    for (const [i, file] of first.entries()) expect(statSync(file).size * 4).toBeLessThan(statSync(fontOptions.fontFiles[i]).size);
  });
});

describe("PngPool.render(job) with a character outside the subset", () => {
  it("draws the SVG with the full fonts, not the subset", async () => {
    const svg = `<svg xmlns="http://www.w3.org/2000/svg" width="240" height="40"><text x="4" y="28" font-size="20">Ελλάδα · Россия</text></svg>`;
    const png = (fontFiles: readonly string[]) =>
      Buffer.from(
        new Resvg(svg, { fitTo: { mode: "zoom", value: 1 }, font: { ...fontOptions, fontFiles: [...fontFiles] } }).render().asPng(),
      );
    const full = png(fontOptions.fontFiles);
    const subset = png(await subsetFontFiles(fontOptions.fontFiles, cacheDir));
    expect(subset.equals(full), "the subset draws Greek and Cyrillic like the full fonts, so this test proves nothing").toBe(false);
    const pool = new PngPool(1);
    try {
      const drawn = await pool.render({ svg, scale: 1 });
      expect(drawn.equals(full), "the PNG of an SVG with Greek and Cyrillic text differs from the full fonts' rendering").toBe(true);
    } finally {
      await pool.close();
    }
  }, 30_000);
});
