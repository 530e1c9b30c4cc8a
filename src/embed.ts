// The HTML snippet publishers paste: a <picture> that picks the width and the
// theme with media queries (no JavaScript), SVG first, and a PNG <img> that
// carries the alt text for clients that show neither <picture> nor SVG.

import { escapeAttribute } from "./serialize.js";

const defaults = {
  /** Viewports at least this wide get the 720 px layout. */
  breakpoint: 600,
};

export interface EmbedFile {
  readonly width: number;
  readonly theme: "light" | "dark";
  /** Path relative to the snippet. */
  readonly svg: string;
  readonly png: string;
  readonly png2x: string;
  readonly height: number;
}

export function embedSnippet(files: readonly EmbedFile[], alt: string): string {
  const [narrow, wide] = [Math.min(...files.map((f) => f.width)), Math.max(...files.map((f) => f.width))];
  const find = (width: number, theme: string) => files.find((f) => f.width === width && f.theme === theme);
  const wideQuery = `(min-width: ${defaults.breakpoint}px)`;
  const dark = "(prefers-color-scheme: dark)";
  const sources = [
    [find(wide, "dark"), `${dark} and ${wideQuery}`],
    [find(wide, "light"), wideQuery],
    [find(narrow, "dark"), dark],
    [find(narrow, "light"), undefined],
  ] as const;
  const fallback = find(wide, "light") ?? files[0];
  const lines = [
    `<picture>`,
    ...sources
      .filter(([file]) => file)
      .map(
        ([file, media]) =>
          `  <source type="image/svg+xml"${media ? ` media="${media}"` : ""} srcset="${escapeAttribute(file?.svg ?? "")}" />`,
      ),
    `  <img src="${escapeAttribute(fallback.png)}" srcset="${escapeAttribute(fallback.png)} 1x, ${escapeAttribute(fallback.png2x)} 2x" width="${fallback.width}" height="${fallback.height}" alt="${escapeAttribute(alt)}" style="max-width: 100%; height: auto" />`,
    `</picture>`,
  ];
  return `${lines.join("\n")}\n`;
}
