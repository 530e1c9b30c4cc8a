// The fonts PNG fallbacks are rendered with: the shipped Source Sans 3 files
// and no system fonts, so every machine produces the same bytes. The
// rendering itself happens on every core, in pngPool.ts.

import { createRequire } from "node:module";
import { basename } from "node:path";
import { fileURLToPath } from "node:url";
import { FONT_FAMILY, FONT_FILES } from "../render/text/font.js";

const require = createRequire(import.meta.url);

/** A font from the source-sans package, or, in the snapshot helper's own package (which ships the few files it draws with), from its fonts/ folder. */
function fontFile(file: string): string {
  try {
    return require.resolve(file);
  } catch {
    return fileURLToPath(new URL(`../fonts/${basename(file)}`, import.meta.url));
  }
}

const fontFiles = Object.values(FONT_FILES).map(fontFile);

/** resvg's font options: the shipped fonts only. */
export const fontOptions = { loadSystemFonts: false, fontFiles, defaultFontFamily: FONT_FAMILY, sansSerifFamily: FONT_FAMILY };
