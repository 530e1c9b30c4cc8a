// The print file: a vector PDF of a chart's SVG, drawn by PDFKit through
// svg-to-pdfkit, with Source Sans 3 embedded as a subset and text kept as
// text. The page is the SVG's own size at 96 CSS pixels to the inch (720 px
// wide: 540 pt, 7.5 in). Same SVG, same bytes: the creation date is fixed and
// PDFKit derives the file ID and the subset names from the document itself.

import { createHash } from "node:crypto";
import { createRequire } from "node:module";
import PDFDocument from "pdfkit";
import SVGtoPDF from "svg-to-pdfkit";
import { FONT_FILES, type FontWeight } from "../render/text/font.js";

const require = createRequire(import.meta.url);

const defaults = {
  /** PDF points per CSS pixel. */
  pointsPerPixel: 72 / 96,
  /** Fixed, so the same chart gives the same bytes on any day. */
  creationDate: new Date(Date.UTC(2000, 0, 1)),
};

export interface PdfOptions {
  /** Document title and language, for viewers and screen readers. */
  readonly title: string;
  readonly lang: string;
}

/**
 * svg-to-pdfkit collapses white space with JavaScript's \s, which takes in the
 * no-break spaces (U+00A0) and the narrow ones (U+202F) French typography
 * needs: "90 800", "« califat »" and "22 %" printed with word spaces. They are
 * carried through its white-space handling as private-use characters and
 * turned back just before PDFKit shapes the text, so the PDF draws the
 * font's own glyphs for them and its ToUnicode map gives them back on copy.
 */
const NO_BREAK: ReadonlyArray<readonly [string, string]> = [
  ["\u00a0", "\ue0a0"],
  ["\u202f", "\ue02f"],
];
const hideNoBreak = (text: string) => NO_BREAK.reduce((out, [space, mark]) => out.replaceAll(space, mark), text);
export const restoreNoBreak = (text: string) => NO_BREAK.reduce((out, [space, mark]) => out.replaceAll(mark, space), text);

interface PdfKitFont {
  id: string;
  name?: string;
  encode(text: string, features?: unknown): unknown;
  lastPocketAdapted?: true;
}

/**
 * PDFKit names a font subset after its resource id (F1, F2…), so every PDF
 * carried the same subset tags (CZZZZZ+) for different subsets: a preflight
 * or a merge takes them for one font. The id becomes six digits from the
 * chart's SVG and the font (the tag then reads as six letters A–J), set when
 * the font is first selected, before any text refers to it.
 */
function subsetId(svg: string, name: string, taken: Set<string>): string {
  for (let salt = 0; ; salt++) {
    const digest = createHash("sha256").update(`${salt}\0${name}\0`).update(svg).digest();
    const id = `F${(digest.readUInt32BE(0) % 1_000_000).toString().padStart(6, "0")}`;
    if (!taken.has(id)) return id;
  }
}

/** Adapts each font the document selects: an id and subset tag of its own, and no-break spaces restored before shaping. */
function adaptFonts(doc: PDFKit.PDFDocument, svg: string): void {
  const select = doc.font.bind(doc) as (...args: unknown[]) => PDFKit.PDFDocument;
  const taken = new Set<string>();
  (doc as unknown as { font: (...args: unknown[]) => PDFKit.PDFDocument }).font = (...args: unknown[]) => {
    const result = select(...args);
    const font = (doc as unknown as { _font?: PdfKitFont })._font;
    if (font && !font.lastPocketAdapted) {
      font.id = subsetId(svg, font.name ?? font.id, taken);
      taken.add(font.id);
      const encode = font.encode.bind(font);
      font.encode = (text: string, features?: unknown) => encode(restoreNoBreak(text), features);
      font.lastPocketAdapted = true;
    }
    return result;
  };
}

const WEIGHTS: Record<string, FontWeight> = { "400": "regular", normal: "regular", "600": "semibold", "700": "bold", bold: "bold" };
const fontName = (weight: FontWeight) => `SourceSans3-${weight}`;

/**
 * svg-to-pdfkit tells its font callback only "bold or not", so before drawing,
 * each element with a weight gets a family naming that weight, which the
 * callback maps back to the right Source Sans 3 file; and the SVG's own
 * <style> (the web font and its rule) is dropped, since the PDF has its own.
 */
export function prepareSvg(svg: string): string {
  return hideNoBreak(svg)
    .replace(/<style>[\s\S]*?<\/style>\n?/g, "")
    .replace(/ font-weight="([^"]+)"/g, (match, weight: string) => `${match} font-family="weight-${WEIGHTS[weight] ?? "regular"}"`);
}

/** Size of an SVG's page in points, from its width and height attributes. */
export function pageSize(svg: string): [number, number] {
  const [, width, height] = /^<svg [^>]*?width="([\d.]+)" height="([\d.]+)"/.exec(svg) ?? [];
  if (!width || !height) throw new Error("pdf: the SVG has no width and height");
  return [Number(width) * defaults.pointsPerPixel, Number(height) * defaults.pointsPerPixel];
}

export function svgToPdf(svg: string, { title, lang }: PdfOptions): Promise<Buffer> {
  const size = pageSize(svg);
  const doc = new PDFDocument({
    size,
    margin: 0,
    autoFirstPage: true,
    compress: true,
    lang,
    displayTitle: true,
    info: { Title: title, Creator: "last-pocket", Producer: "PDFKit", CreationDate: defaults.creationDate },
  });
  for (const [weight, file] of Object.entries(FONT_FILES)) doc.registerFont(fontName(weight as FontWeight), require.resolve(file));
  adaptFonts(doc, svg);
  const chunks: Buffer[] = [];
  doc.on("data", (chunk: Buffer) => chunks.push(chunk));
  const done = new Promise<Buffer>((resolve, reject) => {
    doc.on("end", () => resolve(Buffer.concat(chunks)));
    doc.on("error", reject);
  });
  const warnings: string[] = [];
  SVGtoPDF(doc, prepareSvg(svg), 0, 0, {
    width: size[0],
    height: size[1],
    assumePt: false,
    fontCallback: (family: string) => fontName((/weight-(\w+)/.exec(family)?.[1] as FontWeight) ?? "regular"),
    warningCallback: (warning: string) => warnings.push(warning),
  });
  if (warnings.length > 0) throw new Error(`pdf: ${warnings[0]}`);
  doc.end();
  return done;
}
