// Source Sans 3 cut down for resvg. resvg reads the whole font file again for
// every glyph it lays out, so with the full 430 kB files text layout costs
// about 60 ms per chart; with a 56 kB subset it costs about 16 ms. A subset
// keeps the outlines, metrics and kerning of the glyphs it holds, so the
// pixels are the same (test/pngFonts.test.ts checks it). An SVG with a
// character outside the subset is rendered with the full files.
// Plain JavaScript: the PNG workers load it without a TypeScript loader.

import { createHash } from "node:crypto";
import { mkdirSync, readFileSync, renameSync, rmSync, writeFileSync } from "node:fs";
import { createRequire } from "node:module";
import { basename, join } from "node:path";
import { threadId } from "node:worker_threads";

const require = createRequire(import.meta.url);

const defaults = {
  /** Latin as French and English use it, punctuation and the symbols charts print. */
  ranges: [
    [0x20, 0x7e],
    [0xa0, 0x17f],
    [0x218, 0x21b],
    [0x2bb, 0x2bf],
    [0x2000, 0x206f],
  ],
  symbols: "€№™←↑→↓−≈≠≤≥",
  /** HarfBuzz's default shaping features (what resvg applies) and tabular figures, which Plot's axes ask for. */
  features: [
    "abvm",
    "blwm",
    "ccmp",
    "locl",
    "mark",
    "mkmk",
    "rlig",
    "calt",
    "clig",
    "curs",
    "dist",
    "kern",
    "liga",
    "rclt",
    "rvrn",
    "tnum",
  ],
  /** Names resvg matches faces by: family, subfamily, full name and the typographic family and subfamily. */
  nameIds: [1, 2, 3, 4, 5, 6, 16, 17],
  /** Whitespace the serialiser writes between elements. */
  whitespace: "\t\n\r",
};

function subsetCharacters() {
  let text = defaults.symbols;
  for (const [first, last] of defaults.ranges) for (let code = first; code <= last; code++) text += String.fromCodePoint(code);
  return text;
}

const SUBSET_TEXT = subsetCharacters();
const COVERED = new Set([...SUBSET_TEXT, ...defaults.whitespace]);

/**
 * Whether an SVG renders the same with the subset: every character in it is
 * covered (markup is ASCII, so checking the whole text is enough) and no
 * typographic feature outside the subset's is asked for.
 */
export function isCoveredBySubset(svg) {
  for (const character of svg) if (!COVERED.has(character)) return false;
  return !/small-caps|font-feature-settings|font-variant-/.test(svg);
}

const sha256 = (data) => createHash("sha256").update(data).digest("hex");

/** Whether every cached file has the hash recorded when it was made: garbage or a half-written file is a miss. */
function verified(files, record) {
  try {
    const hashes = JSON.parse(readFileSync(record, "utf8"));
    return files.every((file) => hashes[basename(file)] === sha256(readFileSync(file)));
  } catch {
    return false;
  }
}

/** The subset's files, made once per font version and character set in `cacheDir`, and checked on every use. */
export async function subsetFontFiles(fontFiles, cacheDir) {
  const sources = fontFiles.map((file) => readFileSync(file));
  const hash = createHash("sha256").update(SUBSET_TEXT).update(JSON.stringify(defaults));
  hash.update(require("subset-font/package.json").version);
  for (const source of sources) hash.update(source);
  const folder = join(cacheDir, hash.digest("hex").slice(0, 16));
  const files = fontFiles.map((file) => join(folder, basename(file)));
  const record = join(folder, "sha256.json");
  if (verified(files, record)) return files;
  const { default: subsetFont } = await import("subset-font");
  rmSync(record, { force: true });
  mkdirSync(folder, { recursive: true });
  const hashes = {};
  for (const [index, source] of sources.entries()) {
    const subset = await subsetFont(source, SUBSET_TEXT, {
      targetFormat: "truetype",
      keepFeatures: defaults.features,
      preserveNameIds: defaults.nameIds,
    });
    // Written beside and renamed: another worker may be making the same file.
    const staging = `${files[index]}.${process.pid}-${threadId}.tmp`;
    writeFileSync(staging, subset);
    renameSync(staging, files[index]);
    hashes[basename(files[index])] = sha256(subset);
  }
  // Recorded last: the files are trusted only once all of them are in place.
  const staging = `${record}.${process.pid}-${threadId}.tmp`;
  writeFileSync(staging, JSON.stringify(hashes));
  renameSync(staging, record);
  return files;
}
