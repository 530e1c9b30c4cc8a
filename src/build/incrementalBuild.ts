// One incremental build, shared by `last-pocket build` and the preview's
// worker: hash what each chart is made of, render only the stale charts, and
// remember the hashes. Heavy modules load only when something is stale.

import { createHash } from "node:crypto";
import { mkdirSync, readFileSync, renameSync, writeFileSync } from "node:fs";
import { dirname, join, resolve } from "node:path";
import { type ChartFiles, registry } from "../../charts/registry.js";
import { PROJECT_ROOT } from "../cli/root.js";
import { hasLeftovers } from "../publish/publish.js";
import type { Chart } from "../render/chart.js";
import type { Locale } from "../render/locale/index.js";
import { acquireLock, type Effects } from "./effects.js";
import { type BuildState, chartKeys, coerceState, EMPTY_STATE, type LoadedSources, staleCharts } from "./incremental.js";
import { isPartial } from "./scope.js";

export interface IncrementalOptions {
  /** Where data/, charts/ and src/ are read and hashed (default: this project). */
  readonly root?: string;
  /** Chart ids; all when empty. */
  readonly charts?: readonly string[];
  readonly out: string;
  readonly force?: boolean;
  readonly locales?: readonly Locale[];
  readonly widths?: readonly number[];
  readonly formats?: readonly ("svg" | "png" | "pdf")[];
  /** Absolute URL of the output folder for the snippets and the manifest (see build.ts). */
  readonly baseUrl?: string;
  /** The chart modules to render, in order (default: charts/index.ts); the preview passes the ones it reloaded. */
  readonly modules?: readonly Chart[];
  /** The bytes of the source files those modules and the library were loaded from (default: read from disk). */
  readonly loaded?: LoadedSources;
}

export interface IncrementalResult {
  /** The charts that were rendered; empty when everything was up to date. */
  readonly built: readonly string[];
  readonly written: readonly string[];
  readonly unchanged: number;
  readonly partial: boolean;
}

/** Where the build state of an output folder is kept: outside it, so publishing the folder never ships it. */
export function statePath(out: string): string {
  const id = createHash("sha256").update(resolve(out)).digest("hex").slice(0, 12);
  return join(PROJECT_ROOT, "node_modules", ".cache", "last-pocket", `build-${id}.json`);
}

/** The lock that one build at a time holds on an output folder. */
export function lockPath(out: string): string {
  return `${statePath(out)}.lock`;
}

/** The recorded state; anything unreadable or of the wrong shape is no state at all (every chart is stale). */
function readState(path: string): BuildState {
  try {
    return coerceState(JSON.parse(readFileSync(path, "utf8")));
  } catch {
    return EMPTY_STATE;
  }
}

function writeState(path: string, state: BuildState): void {
  mkdirSync(dirname(path), { recursive: true });
  const staging = `${path}.${process.pid}.tmp`;
  writeFileSync(staging, JSON.stringify(state));
  renameSync(staging, path);
}

interface Plan {
  readonly root: string;
  readonly requested: readonly ChartFiles[];
  /** Limited by locale, width or format: always rendered, never recorded. */
  readonly partial: boolean;
  readonly keys: Record<string, string>;
}

function plan(options: IncrementalOptions): Plan {
  const root = options.root ?? PROJECT_ROOT;
  const requested = registry.filter((chart) => !options.charts?.length || options.charts.includes(chart.id));
  const partial = isPartial(options);
  const keys = chartKeys(root, requested, options.loaded);
  // The base URL is written into every snippet: a new one makes every chart stale.
  if (options.baseUrl)
    for (const id of Object.keys(keys)) keys[id] = createHash("sha256").update(`${keys[id]}\0${options.baseUrl}`).digest("hex");
  return { root, requested, partial, keys };
}

function stale({ requested, partial, keys }: Plan, options: IncrementalOptions, effects: Effects): string[] {
  const { out } = options;
  if (options.force || partial || effects.read(`${out}/manifest.json`) === undefined) return requested.map((c) => c.id);
  return staleCharts(keys, readState(statePath(out)), (path) => effects.read(`${out}/${path}`));
}

/** The ids of the requested charts that need rendering. Cheap: hashes files, imports nothing heavy. */
export function staleChartIds(options: IncrementalOptions, effects: Effects): string[] {
  return stale(plan(options), options, effects);
}

export async function incrementalBuild(options: IncrementalOptions, effects: Effects): Promise<IncrementalResult> {
  const planned = plan(options);
  const nothing = { built: [], written: [], unchanged: 0, partial: planned.partial };
  const leftovers = () => effects.recover !== undefined && hasLeftovers(resolve(options.out));
  if (stale(planned, options, effects).length === 0 && !leftovers()) return nothing;

  // One build at a time per output folder. A build that waited looks again:
  // the one before it may have done its work.
  const release = await acquireLock(lockPath(options.out));
  try {
    // A killed build's publish is finished (or dropped) before anything is compared.
    effects.recover?.(options.out);
    const charts = stale(planned, options, effects);
    if (charts.length === 0) return nothing;
    return await buildStale(options, effects, planned, charts);
  } finally {
    release();
  }
}

async function buildStale(
  { locales, widths, formats, out, baseUrl, modules }: IncrementalOptions,
  effects: Effects,
  { root, keys, partial }: Plan,
  stale: readonly string[],
): Promise<IncrementalResult> {
  const state = readState(statePath(out));
  const [charts, { readDataset }, { build }] = await Promise.all([
    modules ?? import("../../charts/index.js").then((index) => index.charts),
    import("../../data/read.js"),
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
      previous: state,
      baseUrl,
      root,
    },
    effects,
  );
  // Every file written is recorded, with what each PNG was made from; a
  // partial build records its files but not the charts' keys (they are not done).
  const done = partial ? {} : Object.fromEntries(stale.map((id) => [id, keys[id]]));
  writeState(statePath(out), {
    version: state.version,
    keys: { ...state.keys, ...done },
    files: { ...state.files, ...result.hashes },
    derived: { ...state.derived, ...result.derived },
  });
  return { built: stale, written: result.written, unchanged: result.unchanged.length, partial };
}
