// Builds every chart variant. Everything is rendered in memory first, so bad
// data or a failing chart stops the build before a single file is written;
// then only files whose bytes changed are replaced.

import type { Dataset } from "../data/load.js";
import type { Chart } from "./chart.js";
import type { Effects } from "./effects.js";
import { render } from "./render.js";
import { svgPath, variants } from "./variants.js";

export interface BuildOptions {
  readonly charts: readonly Chart[];
  readonly dataset: Dataset;
  /** Output folder, relative to the effects' root. */
  readonly out: string;
}

export interface BuildResult {
  readonly written: readonly string[];
  readonly unchanged: readonly string[];
}

export function renderAll(charts: readonly Chart[], dataset: Dataset): Map<string, string> {
  const files = new Map<string, string>();
  for (const chart of charts) {
    for (const variant of variants()) files.set(svgPath(chart, variant), render(chart, dataset, variant));
  }
  return files;
}

export function build({ charts, dataset, out }: BuildOptions, effects: Effects): BuildResult {
  const files = renderAll(charts, dataset);
  const written: string[] = [];
  const unchanged: string[] = [];
  for (const [path, content] of files) {
    const target = `${out}/${path}`;
    const bytes = Buffer.from(content);
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
