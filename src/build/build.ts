// Builds chart variants: SVG, PNG at 1x and 2x, an embed snippet per chart and
// locale, and output/manifest.json. Everything is rendered in memory first, so
// bad data or a failing chart stops the build before a single file is written;
// then only files whose bytes changed are replaced, one line of progress each.

import type { Dataset } from "../../data/load.js";
import { PROJECT_ROOT } from "../cli/root.js";
import { type NotebookChart, notebookPage } from "../notebook/page.js";
import { notebookProse } from "../notebook/prose.js";
import { svgToPdf } from "../publish/pdf.js";
import { PngPool } from "../publish/pngPool.js";
import { chartSnippets, type RenderedVariant, withUrl } from "../publish/snippets.js";
import { isPrintVariant, PRINT_VARIANT, pdfPath, pngPath, svgPath, variantId, variants } from "../publish/variants.js";
import type { Chart } from "../render/chart.js";
import { checkChart } from "../render/chartCheck.js";
import { LOCALES, type Locale } from "../render/locale/index.js";
import { sourceLine } from "../render/provenance.js";
import { renderVariant, type Variant } from "../render/render.js";
import type { Effects } from "./effects.js";

export { pdfSource, pngSource } from "./derived.js";

import { pdfSource, pngsToRender, reuseDerived, sha256 } from "./derived.js";
import { CliError } from "./errors.js";
import { FORMATS, type Format, isPartial } from "./scope.js";

export type { Format } from "./scope.js";

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
  /** Absolute URL of the output folder, written into the snippets and the manifest; relative paths without it. */
  readonly baseUrl?: string;
  /** The project whose notebook prose (Markdown) the pages print (default: this one). */
  readonly root?: string;
  /** What the last build recorded: a PNG on disk is reused only when it is the one made from the same SVG. */
  readonly previous?: PreviousBuild;
}

/** From the build state: each output file's SHA-256, and for each derived file the hash of what it was made from. */
export interface PreviousBuild {
  readonly files: Readonly<Record<string, string>>;
  readonly derived: Readonly<Record<string, string>>;
}

export interface BuildResult {
  readonly written: readonly string[];
  readonly unchanged: readonly string[];
  /** SHA-256 of every file this build produced, by path inside the output folder. */
  readonly hashes: Readonly<Record<string, string>>;
  /** For each PNG this build produced: the hash of the SVG and renderer it was made from. */
  readonly derived: Readonly<Record<string, string>>;
  readonly manifest: boolean;
}

/** A variant as the snippets and the manifest describe it. */
type Rendered = RenderedVariant & { readonly title: string };

export interface Produced {
  readonly data: Buffer;
  readonly ms: number;
}

export async function build(options: BuildOptions, effects: Effects): Promise<BuildResult> {
  const { charts, dataset, out, formats = FORMATS, all = charts } = options;
  const filtered = isPartial(options);
  const selected = variants().filter(
    (v) => (options.locales ?? LOCALES).includes(v.locale) && (options.widths ?? [v.width]).includes(v.width),
  );
  for (const chart of all) checkChart(chart);
  const files = new Map<string, Produced>();
  const describe = (path: string, format: Format | "html", scale?: 1 | 2) => {
    const { data } = files.get(path) as Produced;
    return withUrl({ path, format, ...(scale ? { scale } : {}), bytes: data.length, sha256: sha256(data) }, options.baseUrl);
  };
  // Phase 1: every SVG, and the PNGs that need rendering (the others are reused).
  const rendered: Array<{ chart: Chart; variants: Rendered[] }> = [];
  const pool = new PngPool();
  const pngs: Array<Promise<void>> = [];
  const derived: Record<string, string> = {};
  const previous = options.previous ?? { files: {}, derived: {} };
  const pdfs: Array<() => Promise<void>> = [];
  try {
    for (const chart of charts) {
      const mine: Rendered[] = [];
      rendered.push({ chart, variants: mine });
      for (const variant of selected) {
        // A render is synchronous: let a pending Ctrl-C run between two variants.
        await new Promise((next) => setImmediate(next));
        const start = performance.now();
        const { svg, title, alt } = renderVariant(chart, dataset, variant);
        mine.push({ variant, title, alt, height: svgHeight(svg, chart, variant) });
        const bytes = Buffer.from(svg);
        files.set(svgPath(chart, variant), { data: bytes, ms: performance.now() - start });
        if (formats.includes("png")) {
          for (const job of pngsToRender(chart, variant, bytes, out, previous, files, derived, effects)) {
            const queued = performance.now();
            const png = pool.render(job).then((data) => void files.set(job.path, { data, ms: performance.now() - queued }));
            // Handled here too: a job cut short because a later chart failed is not the error to report.
            png.catch(() => {});
            pngs.push(png);
          }
        }
        if (formats.includes("pdf") && isPrintVariant(variant)) {
          const path = pdfPath(chart, variant.locale);
          if (!reuseDerived(path, pdfSource(bytes, title, variant.locale), out, previous, files, derived, effects))
            pdfs.push(async () => {
              const queued = performance.now();
              files.set(path, { data: await svgToPdf(svg, { title, lang: variant.locale }), ms: performance.now() - queued });
            });
        }
      }
    }
    // Phase 2: the PDFs, drawn here while the workers finish the PNGs; then wait for the PNGs.
    for (const pdf of pdfs) await pdf();
    await Promise.all(pngs);
  } finally {
    // On failure too: a PNG worker left running would keep the CLI's process alive.
    await pool.close();
  }
  // Phase 3: snippets, manifest entries and notebook pages, from the finished files.
  const entries = new Map<string, unknown>();
  for (const { chart, variants: mine } of rendered) {
    if (filtered) continue;
    const provenance = chart.provenance(dataset);
    const embeds = LOCALES.flatMap((locale) =>
      chartSnippets(chart, locale, mine, options.baseUrl).map(({ mode, path, html }) => {
        files.set(path, { data: Buffer.from(html), ms: 0 });
        return { locale, mode, ...describe(path, "html") };
      }),
    );
    entries.set(chart.id, {
      id: chart.id,
      dataHash: sha256(Buffer.from(chart.tables.map((table) => `${table.file} ${dataset.hashes[table.file]}\n`).join(""))),
      sourceUrls: provenance.sources.map((source) => source.url),
      embeds,
      prints: LOCALES.filter((locale) => files.has(pdfPath(chart, locale))).map((locale) => ({
        locale,
        ...PRINT_VARIANT,
        ...describe(pdfPath(chart, locale), "pdf"),
      })),
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
      const baseUrl = options.baseUrl ? { baseUrl: options.baseUrl } : {};
      files.set("manifest.json", { data: Buffer.from(`${safeJson({ ...baseUrl, charts: manifest })}\n`), ms: 0 });
      addNotebook(manifest as NotebookChart[], all, dataset, out, files, effects, options);
    }
  }
  return { ...writeChanged(files, out, effects), derived, manifest: files.has("manifest.json") };
}

/** The height of a variant's SVG, from its root element: the manifest gives it so that a page can keep the room. */
function svgHeight(svg: string, chart: Chart, variant: Variant): number {
  const height = Number(/^<svg [^>]*? height="([\d.]+)"/.exec(svg)?.[1]);
  if (!Number.isFinite(height))
    throw new CliError(
      `charts/${chart.id}/${chart.id}.ts: the SVG of ${variantId(chart, variant)} has no height (expected a number in <svg height="…">)`,
    );
  return height;
}

/** The notebook pages, one per locale, showing each chart through its embed snippet. */
function addNotebook(
  charts: readonly NotebookChart[],
  modules: readonly Chart[],
  dataset: Dataset,
  out: string,
  files: Map<string, Produced>,
  effects: Effects,
  { baseUrl, root = PROJECT_ROOT }: Pick<BuildOptions, "baseUrl" | "root">,
): void {
  const snippets = new Map<string, string>();
  for (const chart of charts) {
    for (const { locale, mode, path } of chart.embeds) {
      const data = files.get(path)?.data ?? effects.read(`${out}/${path}`);
      snippets.set(`${chart.id}/${locale}/${mode}`, data?.toString() ?? "");
    }
  }
  for (const locale of LOCALES) {
    const start = performance.now();
    const prose = notebookProse(
      root,
      modules.map((chart) => chart.id),
      locale,
    );
    const html = notebookPage(dataset, charts, modules, snippets, prose, locale, { baseUrl });
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

function writeChanged(files: Map<string, Produced>, out: string, effects: Effects): Omit<BuildResult, "manifest" | "derived"> {
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
  effects.writeAll(changed, out);
  for (const [target, data] of changed) {
    written.push(target);
    const { ms } = files.get(target.slice(out.length + 1)) as Produced;
    effects.log(`${target}  ${data.length.toLocaleString("en-US")} B  ${Math.round(ms)} ms`);
  }
  return { written, unchanged, hashes };
}
