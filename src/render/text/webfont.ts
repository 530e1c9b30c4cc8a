// The web font each SVG carries: Source Sans 3 cut down to the characters that
// SVG prints, in each weight it uses, as WOFF2 data: URIs in an @font-face
// rule. Browsers honour it in <img>, inline <svg> and <object>, so the text is
// set in the font the layout was measured with even where Source Sans 3 is not
// installed. The family is named after the SVG's own id, so two of our SVGs on
// one page never share a face, and the rule that applies it is scoped to that
// id, so a host page's `* { font-family: … }` does not win by accident.
//
// Subsetting is synchronous (HarfBuzz's subsetter, compiled to WebAssembly and
// instantiated once when this module loads) so that rendering stays a plain
// function call; the WOFF2 container is written by woff2.ts.

import { createHash } from "node:crypto";
import { mkdirSync, readFileSync, renameSync, writeFileSync } from "node:fs";
import { createRequire } from "node:module";
import { join } from "node:path";
import { threadId } from "node:worker_threads";
import { PROJECT_ROOT } from "../../cli/root.js";
import { FONT_FILES, FONT_STACK, type FontWeight } from "./font.js";
import { woff2 } from "./woff2.js";

const require = createRequire(import.meta.url);

interface HarfBuzz {
  memory: WebAssembly.Memory;
  malloc(size: number): number;
  free(pointer: number): void;
  hb_blob_create(data: number, length: number, mode: number, user: number, destroy: number): number;
  hb_blob_destroy(blob: number): void;
  hb_blob_get_data(blob: number, length: number): number;
  hb_blob_get_length(blob: number): number;
  hb_face_create(blob: number, index: number): number;
  hb_face_destroy(face: number): void;
  hb_face_reference_blob(face: number): number;
  hb_set_add(set: number, value: number): void;
  hb_subset_input_create_or_fail(): number;
  hb_subset_input_destroy(input: number): void;
  hb_subset_input_unicode_set(input: number): number;
  hb_subset_input_get_flags(input: number): number;
  hb_subset_input_set_flags(input: number, flags: number): void;
  hb_subset_or_fail(face: number, input: number): number;
  _initialize(): void;
}

const defaults = {
  /** Hinting is for low-resolution Windows rendering; dropping it halves the subsets. */
  flags: 0x00000001, // HB_SUBSET_FLAGS_NO_HINTING
  weights: { regular: 400, semibold: 600, bold: 700 } satisfies Record<FontWeight, number>,
};

const wasm = readFileSync(require.resolve("harfbuzzjs/dist/harfbuzz-subset.wasm"));
const harfbuzz = (() => {
  const module = new WebAssembly.Module(wasm);
  const exports = new WebAssembly.Instance(module, {}).exports as unknown as HarfBuzz;
  exports._initialize();
  return exports;
})();

/** Each weight's face, created once from the shipped TTF. */
const faces = new Map<FontWeight, number>();
function face(weight: FontWeight): number {
  let found = faces.get(weight);
  if (found === undefined) {
    const data = readFileSync(require.resolve(FONT_FILES[weight]));
    const pointer = harfbuzz.malloc(data.byteLength);
    new Uint8Array(harfbuzz.memory.buffer).set(data, pointer);
    const blob = harfbuzz.hb_blob_create(pointer, data.byteLength, 2, 0, 0);
    found = harfbuzz.hb_face_create(blob, 0);
    harfbuzz.hb_blob_destroy(blob);
    faces.set(weight, found);
  }
  return found;
}

/** A TrueType subset of one weight holding `text`'s characters, with its kerning and ligatures. */
export function subsetTtf(weight: FontWeight, text: string): Uint8Array {
  const input = harfbuzz.hb_subset_input_create_or_fail();
  if (input === 0) throw new Error("webfont: HarfBuzz could not start a subset");
  const unicodes = harfbuzz.hb_subset_input_unicode_set(input);
  for (const char of text) harfbuzz.hb_set_add(unicodes, char.codePointAt(0) as number);
  harfbuzz.hb_subset_input_set_flags(input, harfbuzz.hb_subset_input_get_flags(input) | defaults.flags);
  const subset = harfbuzz.hb_subset_or_fail(face(weight), input);
  harfbuzz.hb_subset_input_destroy(input);
  if (subset === 0) throw new Error(`webfont: HarfBuzz could not subset Source Sans 3 ${weight}`);
  const blob = harfbuzz.hb_face_reference_blob(subset);
  const offset = harfbuzz.hb_blob_get_data(blob, 0);
  const bytes = new Uint8Array(harfbuzz.memory.buffer, offset, harfbuzz.hb_blob_get_length(blob)).slice();
  harfbuzz.hb_blob_destroy(blob);
  harfbuzz.hb_face_destroy(subset);
  return bytes;
}

const cache = new Map<string, string>();
/** Subsets already made by an earlier run: a subset costs about 30 ms of CPU, and a build makes dozens. */
const CACHE_DIR = join(PROJECT_ROOT, "node_modules", ".cache", "last-pocket", "webfonts");
/** Changes whenever the font files or the encoder change, so a stale subset is never read. */
const CACHE_VERSION = `${require("source-sans/package.json").version} ${createHash("sha256").update(wasm).digest("hex")} woff2-q10-w16`;

/** The WOFF2 subset as base64, cached in memory and on disk: variants of a chart print mostly the same characters. */
function woff2Base64(weight: FontWeight, text: string): string {
  const key = `${weight}\0${text}`;
  let found = cache.get(key);
  if (found === undefined) {
    const file = join(CACHE_DIR, `${createHash("sha256").update(`${CACHE_VERSION}\0${key}`).digest("hex").slice(0, 32)}.woff2`);
    let data: Buffer | undefined;
    try {
      data = readFileSync(file);
    } catch {
      data = woff2(subsetTtf(weight, text));
      try {
        mkdirSync(CACHE_DIR, { recursive: true });
        const staging = `${file}.${process.pid}.${threadId}.tmp`;
        writeFileSync(staging, data);
        renameSync(staging, file);
      } catch {
        // A read-only cache only costs time.
      }
    }
    found = data.toString("base64");
    cache.set(key, found);
  }
  return found;
}

const WEIGHT_NAMES: Record<string, FontWeight> = { "400": "regular", normal: "regular", "600": "semibold", "700": "bold", bold: "bold" };

/** The characters `root` prints, by weight (each text inherits its weight from its nearest ancestor that sets one). */
export function charactersByWeight(root: Element): Map<FontWeight, string> {
  const sets = new Map<FontWeight, Set<string>>();
  const walk = (element: Element, weight: FontWeight) => {
    const own = element.getAttribute("font-weight");
    const current = own ? (WEIGHT_NAMES[own] ?? weight) : weight;
    for (let node = element.firstChild; node !== null; node = node.nextSibling) {
      if (node.nodeType === node.ELEMENT_NODE) walk(node as Element, current);
      else if (node.nodeType === node.TEXT_NODE && element.localName !== "title" && element.localName !== "desc") {
        const set = sets.get(current) ?? new Set<string>();
        for (const char of node.nodeValue ?? "") if (char.trim() !== "" || char === "\u00a0" || char === "\u202f") set.add(char);
        set.add(" ");
        sets.set(current, set);
      }
    }
  };
  walk(root, "regular");
  const ordered = new Map<FontWeight, string>();
  for (const weight of Object.keys(defaults.weights) as FontWeight[]) {
    const set = sets.get(weight);
    if (set) ordered.set(weight, [...set].sort().join(""));
  }
  return ordered;
}

/**
 * Adds the <style> with the web font to a figure whose root has the id
 * `${id}-figure`: one @font-face per weight it prints, and the scoped rule.
 */
export function embedFont(root: SVGSVGElement, id: string): void {
  const faces = [...charactersByWeight(root)].map(
    ([weight, text]) =>
      `@font-face{font-family:"${id}";font-weight:${defaults.weights[weight]};src:url(data:font/woff2;base64,${woff2Base64(weight, text)}) format("woff2")}`,
  );
  const scope = `#${id}-figure`;
  const style = root.ownerDocument.createElementNS("http://www.w3.org/2000/svg", "style");
  // !important: a host page's `* { font-family: … !important }` would otherwise win (an important rule beats any normal one); among important rules, our id selector is the more specific.
  style.textContent = `${faces.join("")}${scope},${scope} *{font-family:"${id}",${FONT_STACK}!important}`;
  const desc = [...root.children].find((child) => child.localName === "desc");
  if (desc) desc.after(style);
  else root.prepend(style);
}
