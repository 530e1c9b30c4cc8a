// A file-snapshot helper for vitest, for this project and any other that
// draws charts with Plot or d3: it serialises a chart with the same
// normalisation as our build, compares it byte for byte with a golden file,
// and on a mismatch leaves what a reviewer needs: <name>-changed.svg (or
// .html) beside the golden file, and before, after and diff PNGs in a
// gitignored folder. vitest is loaded only when a comparison runs, so the
// rest of this module imports in plain Node too (`checkSnapshot` needs no
// test framework at all).

import { existsSync, readFileSync } from "node:fs";
import { basename, dirname, extname } from "node:path";
import { type ChartSource, drawChart } from "./draw.js";
import { type Golden, resolveGolden } from "./goldenPath.js";
import { isHtmlRoot, serializeChart } from "./normalize.js";
import { clearReview, writeReview } from "./review.js";

export { type Chart, type ChartSource, drawChart, isMissingCanvas } from "./draw.js";
export { type Golden, type GoldenOptions, resolveGolden, reviewKey } from "./goldenPath.js";
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

export interface CheckOptions extends SnapshotOptions {
  /** The folder a relative golden path is relative to (vitest's helper passes the test file's). */
  readonly base?: string;
}

/** What `checkSnapshot` found. */
export interface SnapshotCheck {
  readonly golden: Golden;
  /** The chart as serialised for its golden file. */
  readonly text: string;
  /** The golden file's text, or undefined when it is missing. */
  readonly previous: string | undefined;
  /** True when the golden file exists and holds exactly `text`. */
  readonly matches: boolean;
  /** The line to show: the label, or on a mismatch the share of pixels changed and where to review it. */
  readonly message: string;
}

const ROOT_ELEMENT = /^\s*(?:<\?xml[^>]*\?>\s*)?(?:<!--[\s\S]*?-->\s*)*<([A-Za-z][\w:.-]*)/;

/** The extension a chart calls for: `.svg` for an `<svg>` root, `.html` for anything else (Plot's `<figure>`). */
export function goldenExtension(chart: Element | string): { wanted?: string; rootName?: string } {
  if (typeof chart !== "string") return { wanted: isHtmlRoot(chart) ? ".html" : ".svg", rootName: chart.localName };
  const rootName = ROOT_ELEMENT.exec(chart)?.[1];
  if (rootName === undefined) return {};
  return { wanted: rootName.toLowerCase() === "svg" ? ".svg" : ".html", rootName };
}

/**
 * Compares `chart` with its golden file without any test framework (Jest,
 * node --test, a script): on a mismatch it leaves the review files and says
 * where; on a match it clears any a previous failure left. It never writes
 * the golden file.
 */
export function checkSnapshot(source: ChartSource, golden: string, options: CheckOptions = {}): SnapshotCheck {
  const chart = drawChart(source, options.label ?? goldenName(golden));
  const resolved = resolveGolden(golden, { base: options.base, label: options.label, ...goldenExtension(chart) });
  const label = options.label ?? resolved.name;
  const text = typeof chart === "string" ? chart : serializeChart(chart, options.id ?? resolved.name);
  const previous = existsSync(resolved.path) ? readFileSync(resolved.path, "utf8") : undefined;
  const matches = previous === text;
  let message = label;
  if (previous !== undefined && !matches)
    message = writeReview(previous, text, {
      name: resolved.key,
      changed: resolved.changed,
      reviewDir: options.reviewDir,
      label,
      background: options.background,
    });
  else if (matches) clearReview(resolved.key, resolved.changed, options.reviewDir);
  return { golden: resolved, text, previous, matches, message };
}

/** The golden file's name without a known extension: the label before the chart is drawn. */
function goldenName(golden: string): string {
  const extension = extname(golden);
  return basename(golden, [".svg", ".html"].includes(extension) ? extension : "");
}

type UpdateMode = "all" | "new" | "none";

/**
 * Compares `chart` with the golden file at `golden`, in a vitest test.
 * `golden` is absolute, or relative to the test file as with
 * `toMatchFileSnapshot`; without an extension it gets the root's (`<svg>` →
 * `.svg`, anything else → `.html`), and a given extension must be that one.
 * `source` is an `<svg>`, an HTML root such as Plot's `<figure>`, text
 * already serialised, or a function that draws one (so that a chart jsdom
 * cannot draw, for want of a canvas, fails with a line that says so).
 */
export async function expectSvgSnapshot(source: ChartSource, golden: string, options: SnapshotOptions = {}): Promise<void> {
  const { expect } = await import("vitest");
  const chart = drawChart(source, options.label ?? goldenName(golden));
  const state = expect.getState();
  const testPath = state.testPath;
  const base = testPath ? dirname(testPath) : undefined;
  const mode = (state.snapshotState as { snapshotUpdateState?: UpdateMode } | undefined)?.snapshotUpdateState ?? "new";
  const resolved = resolveGolden(golden, { base, label: options.label, ...goldenExtension(chart) });
  const label = options.label ?? resolved.name;
  if (mode === "none" && !existsSync(resolved.path))
    throw new Error(
      `${label}: golden file ${resolved.path} is missing; CI never writes one: run the tests locally, look at the file and commit it`,
    );
  // Updating writes the golden file: no review to leave.
  const check =
    mode === "all"
      ? { text: typeof chart === "string" ? chart : serializeChart(chart, options.id ?? resolved.name), message: label }
      : checkSnapshot(chart, resolved.path, options);
  await expect(check.text, check.message).toMatchFileSnapshot(resolved.path);
  clearReview(resolved.key, resolved.changed, options.reviewDir);
}
