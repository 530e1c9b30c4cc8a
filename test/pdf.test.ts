// The print PDFs: one per chart and locale, structurally sound (every object
// where the cross-reference table says), the SVG's size in points, Source Sans 3
// embedded as TrueType subsets, text drawn as text, and the same bytes from the
// same SVG.

import { readFileSync } from "node:fs";
import { join } from "node:path";
import { inflateSync } from "node:zlib";
import { describe, expect, test } from "vitest";
import { charts } from "../charts/index.js";
import { PROJECT_ROOT } from "../src/cli/root.js";
import { pageSize, prepareSvg, restoreNoBreak, svgToPdf } from "../src/publish/pdf.js";
import { PRINT_VARIANT, pdfPath, svgPath } from "../src/publish/variants.js";
import { LOCALES } from "../src/render/locale/index.js";

const OUTPUT = join(PROJECT_ROOT, "output");

/** The PDF's objects by number, read through its cross-reference table. */
function objects(pdf: Buffer): Map<number, string> {
  const text = pdf.toString("latin1");
  const startxref = Number(/startxref\s+(\d+)\s+%%EOF\s*$/.exec(text)?.[1]);
  const xref = text.slice(startxref);
  expect(xref.startsWith("xref")).toBe(true);
  const [, first, count] = /^xref\s+(\d+) (\d+)/.exec(xref) ?? [];
  const entries = [...xref.matchAll(/(\d{10}) (\d{5}) ([nf])/g)].slice(0, Number(count));
  const found = new Map<number, string>();
  entries.forEach(([, offset, , kind], i) => {
    if (kind !== "n") return;
    const number = Number(first) + i;
    const at = Number(offset);
    expect(text.startsWith(`${number} 0 obj`, at), `object ${number} at ${at}`).toBe(true);
    found.set(number, text.slice(at, text.indexOf("endobj", at)));
  });
  return found;
}

function stream(object: string): Buffer {
  const start = object.indexOf("stream\n") + "stream\n".length;
  const raw = Buffer.from(object.slice(start, object.lastIndexOf("endstream")), "latin1");
  return /\/FlateDecode/.test(object) ? inflateSync(raw) : raw;
}

for (const chart of charts) {
  describe(`${chart.id} print PDFs`, () => {
    for (const locale of LOCALES) {
      const svg = readFileSync(join(OUTPUT, svgPath(chart, { locale, ...PRINT_VARIANT })), "utf8");
      const pdf = readFileSync(join(OUTPUT, pdfPath(chart, locale)));

      test(`${locale}: opens, one page the SVG's size in points`, () => {
        expect(pdf.subarray(0, 8).toString()).toMatch(/^%PDF-1\.\d/);
        const all = [...objects(pdf).values()];
        const pages = all.filter((object) => /\/Type \/Page\b/.test(object));
        expect(pages).toHaveLength(1);
        const [width, height] = pageSize(svg);
        expect(width).toBe(540);
        const box = /\/MediaBox \[([^\]]+)\]/.exec(pages[0])?.[1].trim().split(/\s+/).map(Number);
        expect(box).toEqual([0, 0, width, height]);
      });

      test(`${locale}: embeds Source Sans 3 in three weights as TrueType subsets and draws its text as text`, () => {
        const all = [...objects(pdf).values()];
        const fonts = all.flatMap((object) => /\/FontName \/([A-Z]{6})\+(SourceSans3-\w+)/.exec(object)?.slice(2) ?? []);
        expect(fonts.sort()).toEqual(["SourceSans3-Bold", "SourceSans3-Regular", "SourceSans3-Semibold"]);
        const table = objects(pdf);
        const files = all
          .flatMap((object) => /\/FontFile2 (\d+) 0 R/.exec(object)?.[1] ?? [])
          .map((number) => stream(table.get(Number(number)) ?? ""));
        expect(files).toHaveLength(3);
        for (const file of files) {
          expect(["00010000", "74727565"]).toContain(file.subarray(0, 4).toString("hex")); // a TrueType font ("true" or 1.0)
          expect(file.length).toBeLessThan(60_000); // a subset: the full files are about 400 kB
        }
        const content = all.filter((object) => /\bstream\n/.test(object)).map(stream);
        expect(content.some((data) => /\bTJ\b|\bTj\b/.test(data.toString("latin1")))).toBe(true);
        expect(all.some((object) => /\/Subtype \/Image/.test(object))).toBe(false);
      });

      test(`${locale}: is the PDF of the committed SVG, byte for byte, with a fixed date and title`, async () => {
        const again = await svgToPdf(svg, { title: (chart.strings[locale] as { title: string }).title, lang: locale });
        expect(again.equals(pdf)).toBe(true);
        expect(pdf.toString("latin1")).toMatch(/\d+ 0 obj\n\(D:20000101000000Z\)\nendobj/);
      });
    }
  });
}

test("prepareSvg() drops the web font and names each weight for the PDF's font lookup", () => {
  expect(prepareSvg('<svg><style>@font-face{}</style>\n<text font-weight="600">a</text><g font-weight="700"/></svg>')).toBe(
    '<svg><text font-weight="600" font-family="weight-semibold">a</text><g font-weight="700" font-family="weight-bold"/></svg>',
  );
});

test("svgToPdf() keeps the narrow no-break spaces French typography needs, drawn and copied as U+202F", async () => {
  // svg-to-pdfkit collapses white space with \s, which took them in: "90 800" printed with a word space.
  const svg = `<svg xmlns="http://www.w3.org/2000/svg" width="200" height="40"><text x="10" y="20" font-size="12">90\u202f800 km² et «\u202fcalifat\u202f»</text></svg>`;
  const pdf = await svgToPdf(svg, { title: "t", lang: "fr" });
  const maps = [...objects(pdf).values()].filter((object) => /\bstream\n/.test(object)).map((object) => stream(object).toString("latin1"));
  const toUnicode = maps.filter((data) => data.includes("beginbfchar") || data.includes("beginbfrange")).join("\n");
  expect(toUnicode.toLowerCase()).toContain("<202f>");
  expect(toUnicode.toLowerCase()).not.toContain("<e02f>");
  expect(restoreNoBreak(prepareSvg("<text>a\u00a0:\u202f!</text>"))).toBe("<text>a\u00a0:\u202f!</text>");
  expect(prepareSvg("<text>a\u00a0:\u202f!</text>")).not.toMatch(/[\u00a0\u202f]/);
});

test("no two font subsets in the committed PDFs share a subset tag (PDFKit's own were CZZZZZ+, DZZZZZ+, EZZZZZ+ in every file)", () => {
  const tags = charts.flatMap((chart) =>
    // Each subset is named twice in its file (the Type 0 font and its CID font): counted once per file.
    LOCALES.flatMap((locale) => [
      ...new Set([...readFileSync(join(OUTPUT, pdfPath(chart, locale)), "latin1").matchAll(/\/BaseFont \/([A-Z]{6})\+/g)].map((m) => m[1])),
    ]),
  );
  expect(tags.length).toBeGreaterThanOrEqual(charts.length * LOCALES.length * 2);
  expect(new Set(tags).size).toBe(tags.length);
});
