// The one render function: the build, the tests and the preview all call it.

import type { Dataset } from "../../data/load.js";
import { variantId } from "../publish/variants.js";
import { exposeAsImage } from "./accessible.js";
import type { Chart } from "./chart.js";
import { getDocument } from "./dom.js";
import type { Locale } from "./locale/index.js";
import { serialize } from "./serialize.js";
import { embedFont } from "./text/webfont.js";
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

/** Attributes that name ids: the root's accessible name and description. */
const ID_LISTS = ["aria-labelledby", "aria-describedby"];

/**
 * Charts name their ids after the chart ("territory-title"); the SVG of one
 * variant names them after the variant ("territory-fr-720-light-title"), and
 * the serialiser numbers every other id under the same prefix.
 */
function renameChartIds(root: SVGSVGElement, chartId: string, prefix: string): void {
  const rename = (id: string) => (id.startsWith(`${chartId}-`) ? `${prefix}-${id.slice(chartId.length + 1)}` : id);
  for (const child of root.children) if (child.id) child.id = rename(child.id);
  for (const name of ID_LISTS) {
    const value = root.getAttribute(name);
    if (value) root.setAttribute(name, value.split(/\s+/).map(rename).join(" "));
  }
  // The root's own id, which a publisher's CSS (and our font rule) can select.
  root.id = `${prefix}-figure`;
}

export function renderVariant(chart: Chart, dataset: Dataset, variant: Variant): Rendered {
  const element = chart.render(dataset, { ...variant, document: getDocument(), theme: themes[variant.theme] });
  const title = element.querySelector(":scope > title")?.textContent ?? "";
  const alt = element.querySelector(":scope > desc")?.textContent ?? "";
  const prefix = variantId(chart, variant);
  renameChartIds(element, chart.id, prefix);
  exposeAsImage(element, prefix, variant.locale);
  embedFont(element, prefix);
  return { svg: serialize(element, prefix), title, alt };
}

/** Renders one variant of a chart to SVG text, byte for byte the same on every run. */
export function render(chart: Chart, dataset: Dataset, variant: Variant): string {
  return renderVariant(chart, dataset, variant).svg;
}
