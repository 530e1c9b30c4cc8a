// Builds chart variants: SVG, PNG at 1x and 2x, an embed snippet per chart and
// locale, and output/manifest.json. Everything is rendered in memory first, so
// bad data or a failing chart stops the build before a single file is written;
// then only files whose bytes changed are replaced, one line of progress each.

import { createHash } from "node:crypto";
import type { Dataset } from "../data/load.js";
import type { Chart } from "./chart.js";
import type { Effects } from "./effects.js";
import { embedSnippet } from "./embed.js";
import { checkTranslations } from "./locale/check.js";
import { LOCALES, type Locale } from "./locale/index.js";
import { type NotebookChart, notebookPage } from "./notebook/page.js";
import { PngPool } from "./pngPool.js";
import { sourceLine } from "./provenance.js";
import { renderVariant, type Variant } from "./render.js";
import { embedPath, pngPath, svgPath, variants } from "./variants.js";

export type Format = "svg" | "png";

export interface BuildOptions {
  /** The charts to render. */
  readonly charts: readonly Chart[];
  readonly dataset: Dataset;
  /** Output folder, relative to the effects' root. */
  readonly out: string;
  readonly formats?: readonly Format[];
  /** Only these locales and widths; a filtered build leaves the manifest and snippets alone. */
  readonly locales?: readonly Locale[];
  readonly widths?: readonly number[];
  /** Every chart of the package, in order: the manifest keeps the previous entry of those not rendered. */
  readonly all?: readonly Chart[];
}

export interface BuildResult {
  readonly written: readonly string[];
  readonly unchanged: readonly string[];
  /** SHA-256 of every file this build produced, by path inside the output folder. */
  readonly hashes: Readonly<Record<string, string>>;
  readonly manifest: boolean;
}

interface Produced {
  readonly data: Buffer;
  readonly ms: number;
}

const sha256 = (data: Buffer) => createHash("sha256").update(data).digest("hex");

export async function build(options: BuildOptions, effects: Effects): Promise<BuildResult> {
  const { charts, dataset, out, formats = ["svg", "png"], all = charts } = options;
  const filtered = options.locales !== undefined || options.widths !== undefined || formats.length < 2;
  const selected = variants().filter(
    (v) => (options.locales ?? LOCALES).includes(v.locale) && (options.widths ?? [v.width]).includes(v.width),
  );
  for (const chart of charts) checkTranslations(`charts/${chart.id}.strings.ts`, chart.strings);
  const files = new Map<string, Produced>();
  const describe = (path: string, format: "svg" | "png" | "html", scale?: 1 | 2) => {
    const { data } = files.get(path) as Produced;
    return { path, format, ...(scale ? { scale } : {}), bytes: data.length, sha256: sha256(data) };
  };
  // Phase 1: every SVG, and the PNGs that need rendering (the others are reused).
  const rendered = new Map<string, Array<{ variant: Variant; title: string; alt: string; height: number }>>();
  const pool = new PngPool();
  const pngs: Array<Promise<void>> = [];
  for (const chart of charts) {
    const mine: Array<{ variant: Variant; title: string; alt: string; height: number }> = [];
    for (const variant of selected) {
      const start = performance.now();
      const { svg, title, alt } = renderVariant(chart, dataset, variant);
      const bytes = Buffer.from(svg);
      files.set(svgPath(chart, variant), { data: bytes, ms: performance.now() - start });
      if (formats.includes("png")) {
        for (const job of pngsToRender(chart, variant, bytes, out, files, effects)) {
          const queued = performance.now();
          pngs.push(pool.render(job).then((png) => void files.set(job.path, { data: png, ms: performance.now() - queued })));
        }
        // A turn of the event loop, so the pool can hand finished workers their next job.
        if (pngs.length > 0) await new Promise((next) => setImmediate(next));
      }
      const height = Number(/^<svg [^>]*? height="(\d+)"/.exec(svg)?.[1]);
      mine.push({ variant, title, alt, height });
    }
    rendered.set(chart.id, mine);
  }
  // Phase 2: wait for the PNGs, rendered on every core while the SVGs were drawn.
  try {
    await Promise.all(pngs);
  } finally {
    await pool.close();
  }
  // Phase 3: snippets, manifest entries and notebook pages, from the finished files.
  const entries = new Map<string, unknown>();
  for (const chart of charts) {
    if (filtered) continue;
    const mine = rendered.get(chart.id) ?? [];
    const provenance = chart.provenance(dataset);
    const embeds = LOCALES.map((locale) => {
      const forLocale = mine.filter((r) => r.variant.locale === locale);
      const relative = (path: string) => path.slice(chart.id.length + 1);
      const snippet = embedSnippet(
        forLocale.map(({ variant, height }) => ({
          width: variant.width,
          theme: variant.theme,
          height,
          svg: relative(svgPath(chart, variant)),
          png: relative(pngPath(chart, variant, 1)),
          png2x: relative(pngPath(chart, variant, 2)),
        })),
        forLocale[0].alt,
      );
      files.set(embedPath(chart, locale), { data: Buffer.from(snippet), ms: 0 });
      return { locale, ...describe(embedPath(chart, locale), "html") };
    });
    entries.set(chart.id, {
      id: chart.id,
      dataHash: sha256(Buffer.from(chart.tables.map((table) => `${table.file} ${dataset.hashes[table.file]}\n`).join(""))),
      sourceUrls: provenance.sources.map((source) => source.url),
      embeds,
      variants: mine.map(({ variant, title, alt, height }) => ({
        ...variant,
        height,
        title,
        alt,
        sourceLine: sourceLine(provenance, variant.locale),
        files: [
          describe(svgPath(chart, variant), "svg"),
          describe(pngPath(chart, variant, 1), "png", 1),
          describe(pngPath(chart, variant, 2), "png", 2),
        ],
      })),
    });
  }
  if (!filtered) {
    const previous = readManifest(effects.read(`${out}/manifest.json`));
    const manifest = all.map((chart) => entries.get(chart.id) ?? previous.get(chart.id)).filter(Boolean);
    if (manifest.length === all.length) {
      files.set("manifest.json", { data: Buffer.from(`${safeJson({ charts: manifest })}\n`), ms: 0 });
      addNotebook(manifest as NotebookChart[], dataset, out, files, effects);
    }
  }
  return { ...writeChanged(files, out, effects), manifest: files.has("manifest.json") };
}

/** The notebook pages, one per locale, showing each chart through its embed snippet. */
function addNotebook(
  charts: readonly NotebookChart[],
  dataset: Dataset,
  out: string,
  files: Map<string, Produced>,
  effects: Effects,
): void {
  const snippets = new Map<string, string>();
  for (const chart of charts) {
    for (const { locale, path } of chart.embeds) {
      const data = files.get(path)?.data ?? effects.read(`${out}/${path}`);
      snippets.set(`${chart.id}/${locale}`, data?.toString() ?? "");
    }
  }
  for (const locale of LOCALES) {
    const start = performance.now();
    const html = notebookPage(dataset, charts, snippets, locale);
    files.set(locale === "fr" ? "index.html" : `index.${locale}.html`, { data: Buffer.from(html), ms: performance.now() - start });
  }
}

/** JSON that stays inert when a publisher inlines it in HTML, even inside a <script>. */
export function safeJson(value: unknown): string {
  return JSON.stringify(value, null, 2).replace(/[<>&\u2028\u2029]/g, (char) => `\\u${char.charCodeAt(0).toString(16).padStart(4, "0")}`);
}

function readManifest(data: Buffer | undefined): Map<string, unknown> {
  if (!data) return new Map();
  try {
    const { charts } = JSON.parse(data.toString()) as { charts: { id: string }[] };
    return new Map(charts.map((chart) => [chart.id, chart]));
  } catch {
    return new Map();
  }
}

/** PNGs are a function of the SVG bytes: reuse the ones on disk when the SVG did not change; return the others to render. */
function pngsToRender(
  chart: Chart,
  variant: Variant,
  svg: Buffer,
  out: string,
  files: Map<string, Produced>,
  effects: Effects,
): Array<{ path: string; svg: string; scale: 1 | 2 }> {
  const paths = [pngPath(chart, variant, 1), pngPath(chart, variant, 2)] as const;
  const existing = paths.map((path) => effects.read(`${out}/${path}`));
  if (effects.read(`${out}/${svgPath(chart, variant)}`)?.equals(svg) && existing.every(Boolean)) {
    paths.forEach((path, i) => {
      files.set(path, { data: existing[i] as Buffer, ms: 0 });
    });
    return [];
  }
  return paths.map((path, i) => ({ path, svg: svg.toString(), scale: i === 0 ? 1 : 2 }));
}

function writeChanged(files: Map<string, Produced>, out: string, effects: Effects): Omit<BuildResult, "manifest"> {
  const written: string[] = [];
  const unchanged: string[] = [];
  const hashes: Record<string, string> = {};
  const changed: Array<readonly [string, Buffer]> = [];
  for (const [path, { data }] of files) {
    hashes[path] = sha256(data);
    const target = `${out}/${path}`;
    if (effects.read(target)?.equals(data)) unchanged.push(target);
    else changed.push([target, data]);
  }
  effects.writeAll(changed);
  for (const [target, data] of changed) {
    written.push(target);
    const { ms } = files.get(target.slice(out.length + 1)) as Produced;
    effects.log(`${target}  ${data.length.toLocaleString("en-US")} B  ${Math.round(ms)} ms`);
  }
  return { written, unchanged, hashes };
}
