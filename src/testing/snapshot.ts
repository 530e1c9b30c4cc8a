// A file-snapshot helper for vitest, for this project and any other that
// draws charts with Plot or d3: it serialises an SVG with the same
// normalisation as our build (xmlns, rounded coordinates, prefixed ids, one
// element per line), compares it byte for byte with a golden file, and on a
// mismatch leaves what a reviewer needs: <name>-changed.svg beside the golden
// file, and before, after and diff PNGs in a gitignored folder.

import { existsSync, mkdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { basename, dirname, join } from "node:path";
import { expect } from "vitest";
import { serialize } from "../serialize.js";
import { pixelDiff } from "./pixelDiff.js";

export interface SnapshotOptions {
  /** Prefix for the SVG's ids (default: the golden file's name). */
  readonly id?: string;
  /** Where the review PNGs go (default: test-results/snapshots, gitignored). */
  readonly reviewDir?: string;
  /** Names the chart and variant in the failure message. */
  readonly label?: string;
}

/** Compares `svg` (an element, or text already serialised) with the golden file at `golden`. */
export async function expectSvgSnapshot(svg: SVGSVGElement | string, golden: string, options: SnapshotOptions = {}): Promise<void> {
  const name = basename(golden, ".svg");
  const text = typeof svg === "string" ? svg : serialize(svg, options.id ?? name);
  const changed = join(dirname(golden), `${name}-changed.svg`);
  const previous = existsSync(golden) ? readFileSync(golden, "utf8") : undefined;
  if (previous === undefined || previous === text) rmSync(changed, { force: true });
  else console.error(writeReview(previous, text, { name, changed, reviewDir: options.reviewDir, label: options.label }));
  await expect(text, options.label).toMatchFileSnapshot(golden);
}

/**
 * Leaves what a reviewer needs after a mismatch: the new SVG beside the golden
 * file, and before, after and diff PNGs. Returns the line to print.
 */
export function writeReview(
  previous: string,
  text: string,
  {
    name,
    changed,
    reviewDir = join(process.cwd(), "test-results", "snapshots"),
    label = name,
  }: { name: string; changed: string; reviewDir?: string; label?: string },
): string {
  writeFileSync(changed, text);
  mkdirSync(reviewDir, { recursive: true });
  const diff = pixelDiff(previous, text);
  for (const kind of ["before", "after", "diff"] as const) writeFileSync(join(reviewDir, `${name}-${kind}.png`), diff[kind]);
  return `${label}: ${(diff.changed * 100).toFixed(2)}% of pixels changed; review ${join(reviewDir, `${name}-{before,after,diff}.png`)} and ${changed}`;
}
