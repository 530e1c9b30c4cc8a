// Charts that keep everything of the real ones (id, tables, strings, notebook,
// provenance, data table) except the drawing: each variant is a rectangle whose
// size, colour, title and description name the variant. A build of them exercises every path of
// build.ts in a second or two instead of a minute, which is what lets Stryker
// measure build.ts and incrementalBuild.ts on 2 cores.

import { createHash } from "node:crypto";
import { charts } from "../../charts/index.js";
import { readDataset } from "../../data/read.js";
import { EMBED_MODES } from "../../src/publish/embed.js";
import { embedPath, pdfPath, pngPath, svgPath, variants } from "../../src/publish/variants.js";
import type { Chart } from "../../src/render/chart.js";
import { LOCALES } from "../../src/render/locale/index.js";
import type { Variant } from "../../src/render/render.js";
import { type MemoryEffects, memoryEffects } from "./effects.js";

export const SVG_NS = "http://www.w3.org/2000/svg";

/**
 * A height of its own per width and theme, so the manifest's heights can be
 * checked; a fraction in the dark theme, which the build must read whole; and
 * small, so the PNGs are cheap: 9, 9.5, 18 and 18.5 px.
 */
export const stubHeight = ({ width, theme }: Pick<Variant, "width" | "theme">) => width / 40 + (theme === "dark" ? 0.5 : 0);

/** A chart drawn as a titled rectangle; `mark` is added to its title, so a test can change the SVG of every variant. */
export function stubChart(chart: Chart, mark = ""): Chart {
  return {
    ...chart,
    render: (_dataset, { document, locale, width, theme }) => {
      const svg = document.createElementNS(SVG_NS, "svg") as SVGSVGElement;
      const height = stubHeight({ width, theme: theme.name });
      for (const [name, value] of [
        ["width", String(width)],
        ["height", String(height)],
        ["viewBox", `0 0 ${width} ${height}`],
        ["role", "img"],
        ["aria-labelledby", `${chart.id}-title`],
        ["aria-describedby", `${chart.id}-desc`],
      ])
        svg.setAttribute(name, value);
      const title = document.createElementNS(SVG_NS, "title");
      title.id = `${chart.id}-title`;
      title.textContent = `${chart.id}${mark} ${locale} title`;
      const desc = document.createElementNS(SVG_NS, "desc");
      desc.id = `${chart.id}-desc`;
      desc.textContent = `${chart.id} ${locale} ${width} alt`;
      const rect = document.createElementNS(SVG_NS, "rect");
      rect.setAttribute("width", String(width));
      rect.setAttribute("height", String(height));
      rect.setAttribute("fill", theme.name === "dark" ? "#111" : "#eee");
      // No text is drawn: the PNG and PDF writers then need no font, which keeps a build of stubs fast.
      svg.append(title, desc, rect);
      return svg;
    },
  };
}

/** Every chart of the package, drawn as stubs. */
export const stubCharts = (mark = ""): Chart[] => charts.map((chart) => stubChart(chart, mark));

/** The stub of the chart with this id. */
export function byId(charts: readonly Chart[], id: string): Chart {
  const chart = charts.find((c) => c.id === id);
  if (!chart) throw new Error(`no chart "${id}" among ${charts.map((c) => c.id).join(", ")}`);
  return chart;
}

export const dataset = readDataset();

export const sha256 = (data: Buffer) => createHash("sha256").update(data).digest("hex");

/** Every file a whole build of `charts` produces, by path inside the output folder, sorted. */
export function expectedFiles(charts: readonly Chart[]): string[] {
  return [
    ...charts.flatMap((chart) => [
      ...variants().flatMap((v) => [svgPath(chart, v), pngPath(chart, v, 1), pngPath(chart, v, 2)]),
      ...LOCALES.flatMap((locale) => [pdfPath(chart, locale), ...EMBED_MODES.map((mode) => embedPath(chart, locale, mode))]),
    ]),
    "manifest.json",
    "index.html",
    "index.en.html",
  ].sort();
}

/** Memory effects that also record the folder of each writeAll call. */
export function recordingEffects(files?: Map<string, Buffer>): MemoryEffects & { folders: Array<string | undefined> } {
  const effects = memoryEffects(files);
  const folders: Array<string | undefined> = [];
  return {
    ...effects,
    folders,
    writeAll: (changed, folder) => {
      folders.push(folder);
      effects.writeAll(changed, folder);
    },
  };
}

/** A file the build wrote into memory; fails naming it when it was not written. */
export function readOutput(effects: { files: Map<string, Buffer> }, path: string): Buffer {
  const data = effects.files.get(path);
  if (!data) throw new Error(`${path} was not written`);
  return data;
}

/** Message ports open in this process: each PNG worker holds one. */
export const openPorts = () => process.getActiveResourcesInfo().filter((resource) => resource === "MessagePort").length;
