// One incremental build, shared by `last-pocket build` and the preview's
// worker: hash what each chart is made of, render only the stale charts, and
// remember the hashes. Heavy modules load only when something is stale.

import { createHash } from "node:crypto";
import { mkdirSync, readFileSync, writeFileSync } from "node:fs";
import { dirname, join, resolve } from "node:path";
import { registry } from "../charts/registry.js";
import { acquireLock, type Effects } from "./effects.js";
import { type BuildState, chartKeys, EMPTY_STATE, staleCharts } from "./incremental.js";
import type { Locale } from "./locale/index.js";
import { PROJECT_ROOT } from "./root.js";

export { PROJECT_ROOT };

export interface IncrementalOptions {
  /** Where data/, charts/ and src/ are read and hashed (default: this project). */
  readonly root?: string;
  /** Chart ids; all when empty. */
  readonly charts?: readonly string[];
  readonly out: string;
  readonly force?: boolean;
  readonly locales?: readonly Locale[];
  readonly widths?: readonly number[];
  readonly formats?: readonly ("svg" | "png")[];
}

export interface IncrementalResult {
  /** The charts that were rendered; empty when everything was up to date. */
  readonly built: readonly string[];
  readonly written: readonly string[];
  readonly unchanged: number;
  readonly partial: boolean;
}

function statePath(out: string): string {
  const id = createHash("sha256").update(resolve(out)).digest("hex").slice(0, 12);
  return join(PROJECT_ROOT, "node_modules", ".cache", "last-pocket", `build-${id}.json`);
}

function readState(path: string): BuildState {
  try {
    return JSON.parse(readFileSync(path, "utf8")) as BuildState;
  } catch {
    return EMPTY_STATE;
  }
}

/** The ids of the requested charts that need rendering. Cheap: hashes files, imports nothing heavy. */
export function staleChartIds(options: IncrementalOptions, effects: Effects): string[] {
  const { out, root = PROJECT_ROOT } = options;
  const requested = registry.filter((chart) => !options.charts?.length || options.charts.includes(chart.id));
  const partial = Boolean(options.locales || options.widths || options.formats);
  if (options.force || partial || effects.read(`${out}/manifest.json`) === undefined) return requested.map((c) => c.id);
  return staleCharts(chartKeys(root, requested), readState(statePath(out)), (path) => effects.read(`${out}/${path}`));
}

export async function incrementalBuild(options: IncrementalOptions, effects: Effects): Promise<IncrementalResult> {
  const { out, root = PROJECT_ROOT } = options;
  const requested = registry.filter((chart) => !options.charts?.length || options.charts.includes(chart.id));
  const partial = Boolean(options.locales || options.widths || options.formats);
  const keys = chartKeys(root, requested);
  const staleNow = () => staleChartIds(options, effects);
  if (staleNow().length === 0) return { built: [], written: [], unchanged: 0, partial };

  // One build at a time per output folder. A build that waited looks again:
  // the one before it may have done its work.
  const release = await acquireLock(`${statePath(out)}.lock`);
  try {
    const stale = staleNow();
    if (stale.length === 0) return { built: [], written: [], unchanged: 0, partial };
    return await buildStale(options, effects, { root, keys, stale, partial, out });
  } finally {
    release();
  }
}

async function buildStale(
  { locales, widths, formats }: IncrementalOptions,
  effects: Effects,
  { root, keys, stale, partial, out }: { root: string; keys: Record<string, string>; stale: string[]; partial: boolean; out: string },
): Promise<IncrementalResult> {
  const state = readState(statePath(out));
  const [{ charts }, { readDataset }, { build }] = await Promise.all([
    import("../charts/index.js"),
    import("../data/read.js"),
    import("./build.js"),
  ]);
  const result = await build(
    {
      charts: charts.filter((chart) => stale.includes(chart.id)),
      all: charts,
      dataset: readDataset(root),
      out,
      locales,
      widths,
      formats,
    },
    effects,
  );
  if (!partial) {
    const files = Object.fromEntries(Object.entries({ ...state.files, ...result.hashes }).filter(([path]) => path.includes("/")));
    const next: BuildState = { keys: { ...state.keys, ...Object.fromEntries(stale.map((id) => [id, keys[id]])) }, files };
    mkdirSync(dirname(statePath(out)), { recursive: true });
    writeFileSync(statePath(out), JSON.stringify(next));
  }
  return { built: stale, written: result.written, unchanged: result.unchanged.length, partial };
}
