// Files derived from an SVG, the PNGs and the PDF: what each is made from, and
// whether the one on disk can be reused. A derived file is a function of its
// SVG's bytes and of the pinned writer that draws it.

import { createHash } from "node:crypto";
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { PROJECT_ROOT } from "../cli/root.js";
import { pngPath } from "../publish/variants.js";
import type { Chart } from "../render/chart.js";
import type { Variant } from "../render/render.js";
import type { PreviousBuild, Produced } from "./build.js";
import type { Effects } from "./effects.js";

export const sha256 = (data: Buffer) => createHash("sha256").update(data).digest("hex");

/** The PNG renderer and its fonts: a new version of either makes every PNG stale. */
/** "name@version" as this package pins it (exactly: see package.json), which is what npm installs. */
const PINNED: Record<string, string> = JSON.parse(readFileSync(join(PROJECT_ROOT, "package.json"), "utf8")).dependencies;
const installed = (name: string) => `${name}@${PINNED[name]}`;
/**
 * Our own code that turns an SVG into the file, hashed with the pinned
 * libraries: a change to how we call them (the PDF's no-break spaces, say)
 * makes every such file stale, with no version tag to remember to bump.
 */
const writerCode = (paths: readonly string[]) =>
  createHash("sha256")
    .update(paths.map((path) => readFileSync(join(PROJECT_ROOT, path))).join("\0"))
    .digest("hex")
    .slice(0, 16);
// "unclipped": PNGs are drawn without the panels' clip (issue 16), which changed some antialiased pixels.
const RENDERER = [
  ...["@resvg/resvg-js", "source-sans"].map(installed),
  "unclipped",
  writerCode(["src/publish/png.ts", "src/publish/pngRender.mjs", "src/publish/pngFonts.mjs"]),
].join(" ");

/** The PDF writer and its fonts: a new version of either, or of our code calling it, makes every PDF stale. */
const PDF_WRITER = [...["pdfkit", "svg-to-pdfkit", "source-sans"].map(installed), writerCode(["src/publish/pdf.ts"])].join(" ");

/** What a PDF is made from: its SVG's bytes, its title and language, and the writer. */
export function pdfSource(svg: Buffer, title: string, lang: string): string {
  return createHash("sha256").update(`pdf ${PDF_WRITER}\0${lang}\0${title}\0`).update(svg).digest("hex");
}

/** What a PNG is made from: its SVG's bytes, its scale and the renderer. */
export function pngSource(svg: Buffer, scale: 1 | 2): string {
  return createHash("sha256").update(`png ${scale}x ${RENDERER}\0`).update(svg).digest("hex");
}

/**
 * A file derived from an SVG (PNG, PDF) is reused from disk only when the build
 * state says it was made from exactly this source and it still has the bytes
 * recorded then. (The SVG on disk proves nothing: a partial or interrupted
 * build may have replaced it without its derived files.) Records the source
 * either way, so the next build can tell.
 */
export function reuseDerived(
  path: string,
  source: string,
  out: string,
  previous: PreviousBuild,
  files: Map<string, Produced>,
  derived: Record<string, string>,
  effects: Effects,
): boolean {
  derived[path] = source;
  const existing = previous.derived[path] === source ? effects.read(`${out}/${path}`) : undefined;
  if (!existing || sha256(existing) !== previous.files[path]) return false;
  files.set(path, { data: existing, ms: 0 });
  return true;
}

/** PNGs are a function of the SVG bytes and the renderer: reuse the recorded ones; return the others to render. */
export function pngsToRender(
  chart: Chart,
  variant: Variant,
  svg: Buffer,
  out: string,
  previous: PreviousBuild,
  files: Map<string, Produced>,
  derived: Record<string, string>,
  effects: Effects,
): Array<{ path: string; svg: string; scale: 1 | 2 }> {
  const jobs: Array<{ path: string; svg: string; scale: 1 | 2 }> = [];
  for (const scale of [1, 2] as const) {
    const path = pngPath(chart, variant, scale);
    if (!reuseDerived(path, pngSource(svg, scale), out, previous, files, derived, effects)) jobs.push({ path, svg: svg.toString(), scale });
  }
  return jobs;
}
