// The matrix every chart ships in, and the file each variant is written to.

import type { Chart } from "../render/chart.js";
import { LOCALES, type Locale } from "../render/locale/index.js";
import type { Variant } from "../render/render.js";
import { THEMES } from "../render/theme.js";
import type { EmbedMode } from "./embed.js";

/** Phone and desktop column widths, in CSS pixels. */
export const WIDTHS = [360, 720] as const;

export function variants(): Variant[] {
  return LOCALES.flatMap((locale) => WIDTHS.flatMap((width) => THEMES.map((theme) => ({ locale, width, theme }))));
}

/**
 * A variant's own name, e.g. "territory-fr-720-light": the stem of its files and
 * the prefix of every id inside its SVG, so that any set of our SVGs can be
 * inlined on one page without two elements sharing an id.
 */
export function variantId(chart: Pick<Chart, "id">, { locale, width, theme }: Variant): string {
  return `${chart.id}-${locale}-${width}-${theme}`;
}

function stem(chart: Chart, variant: Variant): string {
  return `${chart.id}/${variantId(chart, variant)}`;
}

/** Path of a variant's SVG inside the output folder, e.g. "territory/territory-fr-720-light.svg". */
export function svgPath(chart: Chart, variant: Variant): string {
  return `${stem(chart, variant)}.svg`;
}

/** "territory/territory-fr-720-light.png", or "…@2x.png" at twice the pixel density. */
export function pngPath(chart: Chart, variant: Variant, scale: 1 | 2): string {
  return `${stem(chart, variant)}${scale === 2 ? "@2x" : ""}.png`;
}

/**
 * The embed snippet of a chart in one locale and mode: "territory/territory-fr.html"
 * follows the reader's theme, "territory/territory-fr-light.html" stays light.
 */
export function embedPath(chart: Pick<Chart, "id">, locale: Locale, mode: EmbedMode = "auto"): string {
  return `${chart.id}/${chart.id}-${locale}${mode === "auto" ? "" : `-${mode}`}.html`;
}

/** The variant printed to PDF: the desktop layout in the light theme. */
export const PRINT_VARIANT = { width: 720, theme: "light" } as const;

export function isPrintVariant({ width, theme }: Variant): boolean {
  return width === PRINT_VARIANT.width && theme === PRINT_VARIANT.theme;
}

/** The print PDF of a chart in one locale: "territory/territory-fr.pdf". */
export function pdfPath(chart: Pick<Chart, "id">, locale: Locale): string {
  return `${chart.id}/${chart.id}-${locale}.pdf`;
}
