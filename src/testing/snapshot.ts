// A file-snapshot helper for vitest, for this project and any other that
// draws charts with Plot or d3: it serialises a chart with the same
// normalisation as our build, compares it byte for byte with a golden file,
// and on a mismatch leaves what a reviewer needs: <name>-changed.svg (or
// .html) beside the golden file, and before, after and diff PNGs in a
// gitignored folder. vitest is loaded only when a comparison runs, so the
// rest of this module imports in plain Node too.

import { existsSync, readFileSync } from "node:fs";
import { basename, dirname, extname, join } from "node:path";
import { isHtmlRoot, serializeChart } from "./normalize.js";
import { clearReview, writeReview } from "./review.js";

export { isHtmlRoot, sanitizeId, serializeChart } from "./normalize.js";
export { type PixelDiff, type PixelDiffOptions, pixelDiff } from "./pixelDiff.js";
export { clearReview, type ReviewOptions, reviewFiles, writeReview } from "./review.js";

export interface SnapshotOptions {
  /** Prefix for the chart's ids (default: the golden file's name); sanitised for use in `url(#…)`. */
  readonly id?: string;
  /** Where the review PNGs go (default: test-results/snapshots, gitignored). */
  readonly reviewDir?: string;
  /** Names the chart and variant in the failure message. */
  readonly label?: string;
  /** Colour behind the review PNGs (default: white). */
  readonly background?: string;
}

type UpdateMode = "all" | "new" | "none";

/**
 * Compares `chart` with the golden file at `golden` (an absolute path: use
 * `fileURLToPath(new URL("./__snapshots__/x.svg", import.meta.url))`).
 * `chart` is an `<svg>` (golden `.svg`), an HTML root such as Plot's
 * `<figure>` (golden `.html`), or text already serialised.
 */
export async function expectSvgSnapshot(chart: Element | string, golden: string, options: SnapshotOptions = {}): Promise<void> {
  const { expect } = await import("vitest");
  const extension = extname(golden);
  const name = basename(golden, extension);
  const label = options.label ?? name;
  if (typeof chart !== "string") {
    const wanted = isHtmlRoot(chart) ? ".html" : ".svg";
    if (extension !== wanted)
      throw new TypeError(
        `${label}: a <${chart.localName}> root is snapshotted as ${wanted === ".html" ? "HTML" : "SVG"}: name its golden file ${name}${wanted}`,
      );
  }
  const text = typeof chart === "string" ? chart : serializeChart(chart, options.id ?? name);
  const changed = join(dirname(golden), `${name}-changed${extension}`);
  const mode = (expect.getState().snapshotState as { snapshotUpdateState?: UpdateMode } | undefined)?.snapshotUpdateState ?? "new";
  const previous = existsSync(golden) ? readFileSync(golden, "utf8") : undefined;
  if (previous === undefined && mode === "none")
    throw new Error(
      `${label}: golden file ${golden} is missing; CI never writes one: run the tests locally, look at the file and commit it`,
    );
  let message = label;
  if (previous !== undefined && previous !== text && mode !== "all")
    message = writeReview(previous, text, { name, changed, reviewDir: options.reviewDir, label, background: options.background });
  await expect(text, message).toMatchFileSnapshot(golden);
  clearReview(name, changed, options.reviewDir);
}
