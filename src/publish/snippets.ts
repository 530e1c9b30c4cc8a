// The embed snippets of one chart in one locale, one per mode, with the
// addresses a publisher can paste: relative to the snippet's own folder, or
// absolute when the build is given a base URL.

import type { Chart } from "../render/chart.js";
import type { Locale } from "../render/locale/index.js";
import type { Variant } from "../render/render.js";
import { EMBED_MODES, type EmbedMode, embedSnippet } from "./embed.js";
import { embedPath, pngPath, svgPath } from "./variants.js";

export interface RenderedVariant {
  readonly variant: Variant;
  readonly height: number;
  readonly alt: string;
}

export interface Snippet {
  readonly mode: EmbedMode;
  /** Path inside the output folder. */
  readonly path: string;
  readonly html: string;
}

/** The address of a file of the output folder as a snippet of `chart` refers to it. */
export function fileUrl(chart: Pick<Chart, "id">, path: string, baseUrl?: string): string {
  return baseUrl ? new URL(path, baseUrl).href : path.slice(chart.id.length + 1);
}

export function chartSnippets(chart: Chart, locale: Locale, rendered: readonly RenderedVariant[], baseUrl?: string): Snippet[] {
  const mine = rendered.filter((r) => r.variant.locale === locale);
  const url = (path: string) => fileUrl(chart, path, baseUrl);
  const files = mine.map(({ variant, height }) => ({
    width: variant.width,
    theme: variant.theme,
    height,
    svg: url(svgPath(chart, variant)),
    png: url(pngPath(chart, variant, 1)),
    png2x: url(pngPath(chart, variant, 2)),
  }));
  return EMBED_MODES.map((mode) => ({
    mode,
    path: embedPath(chart, locale, mode),
    html: embedSnippet(files, mine[0].alt, { mode, lang: locale }),
  }));
}

/** A manifest file entry, with its absolute `url` when the build has a base URL. */
export function withUrl<T extends { readonly path: string }>(file: T, baseUrl?: string): T & { url?: string } {
  return baseUrl ? { ...file, url: new URL(file.path, baseUrl).href } : file;
}
