// What a reviewer gets when a snapshot changed: the new file beside the
// golden one, and before, after and diff PNGs of it, with one line saying how
// many pixels changed. Review files of a snapshot that passes are removed.

import { mkdirSync, rmdirSync, rmSync, writeFileSync } from "node:fs";
import { dirname, join, sep } from "node:path";
import { pixelDiff, pixelLimit } from "./pixelDiff.js";

export interface ReviewOptions {
  /** The review key: the golden file's path under the project without its extension (`reviewKey`), or any name; a `/` makes folders. */
  readonly name: string;
  /** Where the new version goes, beside the golden file (`<name>-changed.svg` or `.html`). */
  readonly changed: string;
  /** Where the PNGs go (default: test-results/snapshots under the working folder). */
  readonly reviewDir?: string;
  /** Names the chart in the line returned (default: `name`). */
  readonly label?: string;
  /** Colour behind the review PNGs (default: white), so transparent charts read in dark viewers. */
  readonly background?: string;
  /** Largest review PNG, in pixels (default: pixelDiff's 16 megapixels); a larger chart is drawn smaller. */
  readonly maxPixels?: number;
}

const KINDS = ["before", "after", "diff"] as const;
const defaultReviewDir = () => join(process.cwd(), "test-results", "snapshots");

/** The review PNGs of the snapshot whose review key is `name` (see `reviewKey`). */
export function reviewFiles(name: string, reviewDir = defaultReviewDir()): string[] {
  return KINDS.map((kind) => join(reviewDir, `${name}-${kind}.png`));
}

/**
 * Leaves what a reviewer needs after a mismatch: the new version beside the
 * golden file, and before, after and diff PNGs. Returns the line to show. A
 * file that cannot be rendered still gets its -changed file and a line saying why.
 */
export function writeReview(previous: string, text: string, options: ReviewOptions): string {
  const { name, changed, reviewDir = defaultReviewDir(), label = name, background = "white", maxPixels } = options;
  writeFileSync(changed, text);
  let diff: ReturnType<typeof pixelDiff>;
  try {
    diff = pixelDiff(previous, text, { background, maxPixels });
  } catch (error) {
    for (const file of reviewFiles(name, reviewDir)) rmSync(file, { force: true });
    return `${label}: changed; the PNGs could not be drawn (${(error as Error).message.split("\n")[0]}); review ${changed}`;
  }
  const files = reviewFiles(name, reviewDir);
  mkdirSync(dirname(files[0]), { recursive: true });
  KINDS.forEach((kind, i) => {
    writeFileSync(files[i], diff[kind]);
  });
  // A chart drawn smaller loses detail: the reviewer should know that the PNGs are not at its size.
  const scaled =
    diff.scale < 1 ? ` (drawn at ${Math.round(diff.scale * 100)}% of its size, to stay within ${maxPixels ?? pixelLimit} pixels)` : "";
  return `${label}: ${(diff.changed * 100).toFixed(2)}% of pixels changed${scaled}; review ${join(reviewDir, `${name}-{before,after,diff}.png`)} and ${changed}`;
}

/** Removes the review files a previous failure left, once the snapshot passes or is updated. */
export function clearReview(name: string, changed: string, reviewDir = defaultReviewDir()): void {
  const files = reviewFiles(name, reviewDir);
  for (const file of [changed, ...files]) rmSync(file, { force: true });
  // A key with folders made folders: remove those left empty, up to the review folder itself.
  for (let folder = dirname(files[0]); folder.startsWith(`${reviewDir}${sep}`); folder = dirname(folder)) {
    try {
      rmdirSync(folder);
    } catch {
      break;
    }
  }
}
