// The one render function: the build, the tests and the preview all call it.

import type { Dataset } from "../data/load.js";
import type { Chart } from "./chart.js";
import { getDocument } from "./dom.js";
import type { Locale } from "./locale/index.js";
import { serialize } from "./serialize.js";
import { type ThemeName, themes } from "./theme.js";

export interface Variant {
  readonly locale: Locale;
  readonly width: number;
  readonly theme: ThemeName;
}

export interface Rendered {
  readonly svg: string;
  /** The chart's accessible name and description, as the SVG carries them. */
  readonly title: string;
  readonly alt: string;
}

export function renderVariant(chart: Chart, dataset: Dataset, variant: Variant): Rendered {
  const element = chart.render(dataset, { ...variant, document: getDocument(), theme: themes[variant.theme] });
  const title = element.querySelector(":scope > title")?.textContent ?? "";
  const alt = element.querySelector(":scope > desc")?.textContent ?? "";
  return { svg: serialize(element, chart.id), title, alt };
}

/** Renders one variant of a chart to SVG text, byte for byte the same on every run. */
export function render(chart: Chart, dataset: Dataset, variant: Variant): string {
  return renderVariant(chart, dataset, variant).svg;
}
