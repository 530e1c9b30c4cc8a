// The font the package ships and names first in every SVG's font stack.
// Label layout measures text with its metrics; PNGs are rendered with its files.

export const FONT_FAMILY = "Source Sans 3";
export const FONT_STACK = `'Source Sans 3', 'Source Sans Pro', 'Helvetica Neue', Arial, sans-serif`;

export const FONT_WEIGHTS = { regular: 400, semibold: 600, bold: 700 } as const;
export type FontWeight = keyof typeof FONT_WEIGHTS;

/** TTF files inside the `source-sans` npm package, by weight. */
export const FONT_FILES: Record<FontWeight, string> = {
  regular: "source-sans/TTF/SourceSans3-Regular.ttf",
  semibold: "source-sans/TTF/SourceSans3-Semibold.ttf",
  bold: "source-sans/TTF/SourceSans3-Bold.ttf",
};

/**
 * Arimo has the metrics of Arial and Helvetica, the fonts a browser without
 * Source Sans 3 falls back to. Layout measures with the wider of the two, so
 * text fits whichever font the reader sees. Arial has no semibold: browsers
 * draw 600 as bold.
 */
export const FALLBACK_FILES: Record<FontWeight, string> = {
  regular: "@fontsource/arimo/files/arimo-latin-400-normal.woff",
  semibold: "@fontsource/arimo/files/arimo-latin-700-normal.woff",
  bold: "@fontsource/arimo/files/arimo-latin-700-normal.woff",
};

/** Characters whose advance widths are recorded: ASCII, Latin-1 and the typography we print. */
export const MEASURED_CHARACTERS = [
  ...Array.from({ length: 0x7f - 0x20 }, (_, i) => String.fromCharCode(0x20 + i)),
  ...Array.from({ length: 0x100 - 0xa0 }, (_, i) => String.fromCharCode(0xa0 + i)),
  ..."\u202f\u2009\u2011’‘“”«»–—…≈≥≤×²³€œŒ→←↑↓●○▲△■□◆◇",
].join("");
