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
  if (previous === undefined || previous === text) {
    rmSync(changed, { force: true });
  } else {
    writeFileSync(changed, text);
    const reviewDir = options.reviewDir ?? join(process.cwd(), "test-results", "snapshots");
    mkdirSync(reviewDir, { recursive: true });
    const diff = pixelDiff(previous, text);
    for (const kind of ["before", "after", "diff"] as const) writeFileSync(join(reviewDir, `${name}-${kind}.png`), diff[kind]);
    const share = `${(diff.changed * 100).toFixed(2)}% of pixels changed`;
    console.error(`${options.label ?? name}: ${share}; review ${join(reviewDir, `${name}-{before,after,diff}.png`)} and ${changed}`);
  }
  await expect(text, options.label).toMatchFileSnapshot(golden);
}
