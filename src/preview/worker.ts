// The preview's build service, loaded by a worker (workerHost.ts) when it
// receives its first request. jsdom, Plot, d3 and the library stay loaded for
// the worker's whole life; a data edit rebuilds with them, and a chart edit
// reloads only that chart's own modules (hotCharts.ts). A library edit gets
// another worker, since the library itself is not reloaded.

import { resolve } from "node:path";
import { getHeapStatistics } from "node:v8";
import { readDataset } from "../../data/read.js";
import type { Effects } from "../build/effects.js";
import { nodeEffects } from "../build/effects.js";
import type { LoadedSources } from "../build/incremental.js";
import { incrementalBuild, staleChartIds } from "../build/incrementalBuild.js";
import { renderVariant } from "../render/render.js";
import { pruneBundles } from "./chartBundle.js";
import { ChartRenderError, HotCharts } from "./hotCharts.js";
import { type RenderProgress, watched } from "./renderWatch.js";

export interface BuildRequest {
  readonly type: "build";
  readonly root: string;
  readonly out: string;
  /** The shared code's paths (charts/registry.ts): the worker host reads them just before it loads the library. */
  readonly shared: readonly string[];
}

/** Loads the charts and renders each once in memory, so the worker's first real build runs warm code. */
export interface WarmRequest {
  readonly type: "warm";
  readonly root: string;
  readonly shared: readonly string[];
  /** Charts not to warm: their code stopped a worker (see workers.ts). */
  readonly skip?: readonly string[];
}

export type WorkerRequest = BuildRequest | WarmRequest;

/** Sent as soon as the first variant of each stale chart is on disk, before the full build. */
export interface FirstReply {
  readonly phase: "first";
  readonly charts: readonly string[];
  readonly ms: number;
  /** Before the request: importing the library, in a worker's first request. */
  readonly libraryMs: number;
  /** Of `ms`: bundling and importing the edited charts. */
  readonly loadMs: number;
}

export interface WarmReply {
  readonly phase: "warm";
  readonly ms: number;
  readonly health: Health;
}

/** What the server needs to decide when to replace the worker. */
export interface Health {
  /** Chart modules imported so far; each stays in memory for the worker's life. */
  readonly reloads: number;
  readonly heapMb: number;
}

export type BuildReply = (
  | {
      readonly ok: true;
      readonly built: readonly string[];
      readonly written: readonly string[];
      /** Charts whose edit failed and that show their last good version: one message each. */
      readonly errors: readonly string[];
    }
  | { readonly ok: false; readonly error: string }
) & { readonly ms: number; readonly health?: Health };

export type WorkerReply = FirstReply | WarmReply | BuildReply | RenderProgress;

let hot: HotCharts | undefined;
/** The shared code's bytes as the worker host read them before loading the library: what this worker runs. */
let library: ReadonlyMap<string, Buffer> = new Map();

/** The bytes the code this worker renders with was loaded from: reloaded charts' modules, then the library. */
const loadedSources =
  (charts: HotCharts): LoadedSources =>
  (path) =>
    charts.source(path) ?? library.get(path);

const health = (): Health => ({ reloads: hot?.reloads ?? 0, heapMb: getHeapStatistics().used_heap_size / 2 ** 20 });

/** The project whose library this worker loaded: normally the previewed root (see workers.ts). */
const LIBRARY = resolve(import.meta.dirname, "..", "..");

function chartsOf(root: string): HotCharts {
  if (!hot) {
    pruneBundles(LIBRARY);
    hot = new HotCharts(root, { library: LIBRARY });
  }
  return hot;
}

/**
 * Runs one request. `librarySources`, on a worker's first request, are the
 * shared code's bytes read just before the library was imported.
 */
export async function handle(
  request: WorkerRequest,
  post: (reply: WorkerReply) => void,
  libraryMs = 0,
  librarySources?: ReadonlyMap<string, Buffer>,
): Promise<void> {
  const start = performance.now();
  if (librarySources) library = librarySources;
  const progress = (message: RenderProgress) => post(message);
  if (request.type === "warm") {
    await warm(request.root, request.skip ?? [], progress);
    return post({ phase: "warm", ms: performance.now() - start, health: health() });
  }
  const { root, out } = request;
  const charts = chartsOf(root);
  const quiet: Effects = nodeEffects(process.cwd(), () => {});
  try {
    await charts.refresh();
    const loadMs = performance.now() - start;
    if (!charts.complete()) throw new Error(charts.errors().join("\n"));
    // Charts whose new version failed: the previewed variant on disk may be that version's, so they are rendered again.
    const rejected: string[] = [];
    for (;;) {
      try {
        const result = await buildWith(charts, root, out, quiet, rejected, progress, (first) =>
          post({ phase: "first", charts: first, ms: performance.now() - start, loadMs, libraryMs }),
        );
        charts.confirm();
        return post({ ok: true, ...result, errors: charts.errors(), ms: performance.now() - start, health: health() });
      } catch (error) {
        // A new chart version that fails to render is dropped: the build runs again with the last good one.
        if (!(error instanceof ChartRenderError && charts.reject(error.chartId, error.message))) throw error;
        rejected.push(error.chartId);
      }
    }
  } catch (error) {
    post({ ok: false, error: (error as Error).message, ms: performance.now() - start, health: health() });
  }
}

async function buildWith(
  hotCharts: HotCharts,
  root: string,
  out: string,
  effects: Effects,
  rejected: readonly string[],
  progress: (message: RenderProgress) => void,
  first: (charts: readonly string[]) => void,
): Promise<{ built: readonly string[]; written: readonly string[] }> {
  const modules = hotCharts.charts().map((chart) => watched(chart, progress));
  // Keys are made from the code that renders, not from the disk: a save that
  // lands after the charts were loaded stays stale for the next build.
  const loaded = loadedSources(hotCharts);
  // The variant a designer looks at (French, desktop width) goes to disk first;
  // the rest, the PNGs and the pages follow in the full build.
  const stale = [...new Set([...staleChartIds({ root, out, loaded }, effects), ...rejected])];
  if (stale.length > 0) {
    await incrementalBuild({ root, out, modules, loaded, charts: stale, locales: ["fr"], widths: [720], formats: ["svg"] }, effects);
    first(stale);
  }
  // A rejected chart's key is its last good version's, which may be recorded already: it is rendered all the same.
  const again = rejected.length > 0 ? { charts: stale, force: true } : {};
  const result = await incrementalBuild({ root, out, modules, loaded, ...again }, effects);
  return { built: result.built, written: result.written };
}

async function warm(root: string, skip: readonly string[], progress: (message: RenderProgress) => void): Promise<void> {
  const charts = chartsOf(root);
  try {
    await charts.refresh();
    const dataset = readDataset(root);
    for (const chart of charts.charts())
      if (!skip.includes(chart.id)) renderVariant(watched(chart, progress), dataset, { locale: "fr", width: 720, theme: "light" });
  } catch {
    // Warming only saves time; the next build reports any error.
  }
}
