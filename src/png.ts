// PNG fallbacks, rendered by resvg with the fonts the package ships and no
// system fonts, so every machine produces the same bytes.

import { createRequire } from "node:module";
import { Resvg } from "@resvg/resvg-js";
import { FONT_FAMILY, FONT_FILES } from "./text/font.js";

const require = createRequire(import.meta.url);
const fontFiles = Object.values(FONT_FILES).map((file) => require.resolve(file));

/** The shipped fonts only: system fonts would make PNGs differ between machines. */
export const fontOptions = { loadSystemFonts: false, fontFiles, defaultFontFamily: FONT_FAMILY, sansSerifFamily: FONT_FAMILY };

/** Renders SVG text to PNG bytes at `scale` times its CSS pixel size. */
export function renderPng(svg: string, scale: 1 | 2): Buffer {
  const resvg = new Resvg(svg, { fitTo: { mode: "zoom", value: scale }, font: fontOptions });
  return resvg.render().asPng();
}
