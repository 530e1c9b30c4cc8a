// Builds every chart variant: SVG, PNG at 1x and 2x, an embed snippet per
// chart and locale, and output/manifest.json. Everything is rendered in memory
// first, so bad data or a failing chart stops the build before a single file
// is written; then only files whose bytes changed are replaced.

import { createHash } from "node:crypto";
import type { Dataset } from "../data/load.js";
import type { Chart } from "./chart.js";
import type { Effects } from "./effects.js";
import { embedSnippet } from "./embed.js";
import { checkTranslations } from "./locale/check.js";
import { LOCALES } from "./locale/index.js";
import { renderPng } from "./png.js";
import { sourceLine } from "./provenance.js";
import { renderVariant, type Variant } from "./render.js";
import { embedPath, pngPath, svgPath, variants } from "./variants.js";

export type Format = "svg" | "png";

export interface BuildOptions {
  readonly charts: readonly Chart[];
  readonly dataset: Dataset;
  /** Output folder, relative to the effects' root. */
  readonly out: string;
  readonly formats?: readonly Format[];
}

export interface BuildResult {
  readonly written: readonly string[];
  readonly unchanged: readonly string[];
}

interface ManifestFile {
  readonly path: string;
  readonly format: "svg" | "png" | "html";
  readonly scale?: 1 | 2;
  readonly bytes: number;
  readonly sha256: string;
}

const sha256 = (data: Buffer) => createHash("sha256").update(data).digest("hex");

export function build({ charts, dataset, out, formats = ["svg", "png"] }: BuildOptions, effects: Effects): BuildResult {
  for (const chart of charts) checkTranslations(`charts/${chart.id}.strings.ts`, chart.strings);
  const files = new Map<string, Buffer>();
  const describe = (path: string, format: ManifestFile["format"], scale?: 1 | 2): ManifestFile => {
    const data = files.get(path) as Buffer;
    return { path, format, ...(scale ? { scale } : {}), bytes: data.length, sha256: sha256(data) };
  };
  const manifest = charts.map((chart) => {
    const provenance = chart.provenance(dataset);
    const rendered = variants().map((variant) => {
      const { svg, title, alt } = renderVariant(chart, dataset, variant);
      const bytes = Buffer.from(svg);
      files.set(svgPath(chart, variant), bytes);
      if (formats.includes("png")) addPngs(chart, variant, bytes, out, files, effects);
      const height = Number(/^<svg [^>]*? height="(\d+)"/.exec(svg)?.[1]);
      return { variant, title, alt, height };
    });
    const embeds = LOCALES.map((locale) => {
      const mine = rendered.filter((r) => r.variant.locale === locale);
      const relative = (path: string) => path.slice(chart.id.length + 1);
      const snippet = embedSnippet(
        mine.map(({ variant, height }) => ({
          width: variant.width,
          theme: variant.theme,
          height,
          svg: relative(svgPath(chart, variant)),
          png: relative(pngPath(chart, variant, 1)),
          png2x: relative(pngPath(chart, variant, 2)),
        })),
        mine[0].alt,
      );
      files.set(embedPath(chart, locale), Buffer.from(snippet));
      return { locale, ...describe(embedPath(chart, locale), "html") };
    });
    return {
      id: chart.id,
      dataHash: sha256(Buffer.from(chart.tables.map((table) => `${table.file} ${dataset.hashes[table.file]}\n`).join(""))),
      sourceUrls: provenance.sources.map((source) => source.url),
      embeds,
      variants: rendered.map(({ variant, title, alt }) => ({
        ...variant,
        title,
        alt,
        sourceLine: sourceLine(provenance, variant.locale),
        files: [
          describe(svgPath(chart, variant), "svg"),
          ...(formats.includes("png")
            ? [describe(pngPath(chart, variant, 1), "png", 1), describe(pngPath(chart, variant, 2), "png", 2)]
            : []),
        ],
      })),
    };
  });
  if (formats.includes("png") && formats.includes("svg"))
    files.set("manifest.json", Buffer.from(`${JSON.stringify({ charts: manifest }, null, 2)}\n`));
  return writeChanged(files, out, effects, formats);
}

/** PNGs are a function of the SVG bytes: reuse the ones on disk when the SVG did not change. */
function addPngs(chart: Chart, variant: Variant, svg: Buffer, out: string, files: Map<string, Buffer>, effects: Effects): void {
  const paths = [pngPath(chart, variant, 1), pngPath(chart, variant, 2)] as const;
  const existing = paths.map((path) => effects.read(`${out}/${path}`));
  const reusable = effects.read(`${out}/${svgPath(chart, variant)}`)?.equals(svg) && existing.every(Boolean);
  paths.forEach((path, i) => {
    files.set(path, reusable ? (existing[i] as Buffer) : renderPng(svg.toString(), i === 0 ? 1 : 2));
  });
}

function writeChanged(files: Map<string, Buffer>, out: string, effects: Effects, formats: readonly Format[]): BuildResult {
  const written: string[] = [];
  const unchanged: string[] = [];
  for (const [path, bytes] of files) {
    if (!formats.includes("svg") && path.endsWith(".svg")) continue;
    const target = `${out}/${path}`;
    if (effects.read(target)?.equals(bytes)) {
      unchanged.push(target);
      continue;
    }
    effects.write(target, bytes);
    written.push(target);
    effects.log(`${target}  ${bytes.length.toLocaleString("en-US")} B`);
  }
  effects.log(`${written.length} written, ${unchanged.length} unchanged`);
  return { written, unchanged };
}
