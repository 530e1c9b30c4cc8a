// The matrix every chart ships in, and the file each variant is written to.

import type { Chart } from "./chart.js";
import { LOCALES } from "./locale/index.js";
import type { Variant } from "./render.js";
import { THEMES } from "./theme.js";

/** Phone and desktop column widths, in CSS pixels. */
export const WIDTHS = [360, 720] as const;

export function variants(): Variant[] {
  return LOCALES.flatMap((locale) => WIDTHS.flatMap((width) => THEMES.map((theme) => ({ locale, width, theme }))));
}

/** Path of a variant's SVG inside the output folder, e.g. "territory/territory-fr-720-light.svg". */
export function svgPath(chart: Chart, { locale, width, theme }: Variant): string {
  return `${chart.id}/${chart.id}-${locale}-${width}-${theme}.svg`;
}
