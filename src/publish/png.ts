// The fonts PNG fallbacks are rendered with: the shipped Source Sans 3 files
// and no system fonts, so every machine produces the same bytes. The
// rendering itself happens on every core, in pngPool.ts.

import { createRequire } from "node:module";
import { FONT_FAMILY, FONT_FILES } from "../render/text/font.js";

const require = createRequire(import.meta.url);
const fontFiles = Object.values(FONT_FILES).map((file) => require.resolve(file));

/** resvg's font options: the shipped fonts only. */
export const fontOptions = { loadSystemFonts: false, fontFiles, defaultFontFamily: FONT_FAMILY, sansSerifFamily: FONT_FAMILY };
