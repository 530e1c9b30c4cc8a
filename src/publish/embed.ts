// The HTML snippet publishers paste: a <picture> that picks the width (and, in
// the automatic mode, the theme) with media queries, no JavaScript, SVG first,
// and a PNG <img> that carries the alt text for clients that show neither
// <picture> nor SVG. Three modes per chart and locale: "auto" follows the
// reader's system theme; "light" and "dark" stay put, for sites with one theme.

import { escapeAttribute } from "../render/serialize.js";

const defaults = {
  /** Viewports at least this wide get the 720 px layout. */
  breakpoint: 600,
  /**
   * Slot widths the fallback's `sizes` declares. A `srcset` with width
   * descriptors chooses by pixel density only, so honest descriptors would
   * send a 3x phone the desktop file (its 1,440 pixels are the nearest to
   * 390 × 3). Declaring the phone slot as 240 px and the desktop slot as
   * 1,440 px keeps the two layouts in separate density bands: on a phone the
   * phone files are 1.5x and 4.5x and the desktop files 6x and 12x; on a
   * desktop the phone files are below 1x and the desktop files exactly 1x and 2x.
   */
  narrowSlot: 240,
  wideSlot: 1440,
};

export const EMBED_MODES = ["auto", "light", "dark"] as const;
export type EmbedMode = (typeof EMBED_MODES)[number];

export interface EmbedFile {
  readonly width: number;
  readonly theme: "light" | "dark";
  /** URL of each file: relative to the snippet, or absolute with a base URL. */
  readonly svg: string;
  readonly png: string;
  readonly png2x: string;
  readonly height: number;
}

export interface EmbedOptions {
  readonly mode?: EmbedMode;
  /** The chart's language, on the <picture> and the <img> (WCAG 3.1.2: a French chart on an English page is read in French). */
  readonly lang?: string;
}

export function isEmbedMode(value: unknown): value is EmbedMode {
  return EMBED_MODES.includes(value as EmbedMode);
}

export function embedSnippet(files: readonly EmbedFile[], alt: string, { mode = "auto", lang }: EmbedOptions = {}): string {
  const [narrow, wide] = [Math.min(...files.map((f) => f.width)), Math.max(...files.map((f) => f.width))];
  const find = (width: number, theme: string) => files.find((f) => f.width === width && f.theme === theme);
  const wideQuery = `(min-width: ${defaults.breakpoint}px)`;
  const dark = "(prefers-color-scheme: dark)";
  const fixed = mode === "auto" ? undefined : mode;
  const sources = fixed
    ? ([
        [find(wide, fixed), wideQuery],
        [find(narrow, fixed), undefined],
      ] as const)
    : ([
        [find(wide, "dark"), `${dark} and ${wideQuery}`],
        [find(wide, "light"), wideQuery],
        [find(narrow, "dark"), dark],
        [find(narrow, "light"), undefined],
      ] as const);
  const theme = fixed ?? "light";
  const fallback = find(wide, theme) ?? files[0];
  const phone = find(narrow, theme);
  const srcset = [
    ...(phone && phone !== fallback ? [`${phone.png} ${narrow}w`, `${phone.png2x} ${3 * narrow}w`] : []),
    `${fallback.png} ${2 * wide}w`,
    `${fallback.png2x} ${4 * wide}w`,
  ];
  const sizes = `${wideQuery} ${defaults.wideSlot}px, ${defaults.narrowSlot}px`;
  const language = lang ? ` lang="${escapeAttribute(lang)}"` : "";
  // Each source says its own size, so a phone reserves the phone layout's box (no jump when it loads). The
  // fallback's width is in its style too: a sanitiser that drops width and height but keeps style still
  // shows it at the column's width, not at the size its density descriptors imply (240 px on a phone).
  const lines = [
    `<picture${language}>`,
    ...sources.flatMap(([file, media]) =>
      file
        ? [
            `  <source type="image/svg+xml"${media ? ` media="${media}"` : ""} srcset="${escapeAttribute(file.svg)}" width="${file.width}" height="${file.height}" />`,
          ]
        : [],
    ),
    `  <img src="${escapeAttribute(fallback.png)}" srcset="${escapeAttribute(srcset.join(", "))}" sizes="${sizes}" width="${fallback.width}" height="${fallback.height}" alt="${escapeAttribute(alt)}"${language} style="width: ${fallback.width}px; max-width: 100%; height: auto" />`,
    `</picture>`,
  ];
  return `${lines.join("\n")}\n`;
}
