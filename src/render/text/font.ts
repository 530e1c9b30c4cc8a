// The font the package ships and names first in every SVG's font stack.
// Label layout measures text with its metrics; PNGs are rendered with its files.

export const FONT_FAMILY = "Source Sans 3";
/**
 * Every named font here is measured (see FALLBACK_FILES), so text laid out for
 * the widest of them fits in each. Helvetica Neue and Source Sans Pro used to
 * be named but were never measured; they are gone. DejaVu Sans is what
 * `sans-serif` means on most Linux servers (librsvg in MediaWiki and CMSes),
 * and librsvg ignores the SVG's embedded web font.
 */
export const FONT_STACK = `'Source Sans 3', Arial, 'Liberation Sans', Arimo, 'DejaVu Sans', sans-serif`;

export const FONT_WEIGHTS = { regular: 400, semibold: 600, bold: 700 } as const;
export type FontWeight = keyof typeof FONT_WEIGHTS;

/** TTF files inside the `source-sans` npm package, by weight. */
export const FONT_FILES: Record<FontWeight, string> = {
  regular: "source-sans/TTF/SourceSans3-Regular.ttf",
  semibold: "source-sans/TTF/SourceSans3-Semibold.ttf",
  bold: "source-sans/TTF/SourceSans3-Bold.ttf",
};

/**
 * The fonts a renderer without Source Sans 3 falls back to: Arimo has the
 * metrics of Arial and Helvetica, DejaVu Sans is Linux's sans-serif. Layout
 * measures with the widest, so text fits whichever font the reader sees.
 * Neither has a semibold: renderers draw 600 as bold.
 */
export const FALLBACK_FILES: Record<string, Record<FontWeight, string>> = {
  /** Arial, Liberation Sans and Arimo share these metrics. */
  arimo: {
    regular: "@fontsource/arimo/files/arimo-latin-400-normal.woff",
    semibold: "@fontsource/arimo/files/arimo-latin-700-normal.woff",
    bold: "@fontsource/arimo/files/arimo-latin-700-normal.woff",
  },
  /** DejaVu Sans has no semibold either. */
  dejavu: {
    regular: "@fontsource/dejavu-sans/files/dejavu-sans-latin-400-normal.woff",
    semibold: "@fontsource/dejavu-sans/files/dejavu-sans-latin-700-normal.woff",
    bold: "@fontsource/dejavu-sans/files/dejavu-sans-latin-700-normal.woff",
  },
};

/** Characters whose advance widths are recorded: ASCII, Latin-1 and the typography we print. */
export const MEASURED_CHARACTERS = [
  ...Array.from({ length: 0x7f - 0x20 }, (_, i) => String.fromCharCode(0x20 + i)),
  ...Array.from({ length: 0x100 - 0xa0 }, (_, i) => String.fromCharCode(0xa0 + i)),
  ..."\u202f\u2009\u2011’‘“”«»–—…≈≥≤×²³€œŒ→←↑↓●○▲△■□◆◇",
].join("");
