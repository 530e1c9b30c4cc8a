/** Whether an SVG renders the same with the font subset as with the full files. */
export function isCoveredBySubset(svg: string): boolean;
/** Paths of the subset font files, made once in `cacheDir`, in the order of `fontFiles`. */
export function subsetFontFiles(fontFiles: readonly string[], cacheDir: string): Promise<string[]>;
