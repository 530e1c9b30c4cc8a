// The entry of every preview worker. It loads jsdom, Plot, d3 and esbuild at
// once (most of a worker's start-up) and runs them on every chart, then
// waits: the library and the charts themselves are only imported with the
// first request. So a spare worker can be started ahead of time and still
// load the library as it is when it takes over, after an edit to src/.

import { createHash } from "node:crypto";
import { mkdirSync, renameSync, writeFileSync } from "node:fs";
import { join, resolve } from "node:path";
import { pathToFileURL } from "node:url";
import { parentPort, threadId, workerData } from "node:worker_threads";
// The host's only module of the library: it is loaded when a spare starts, long before the spare takes over (see workers.ts).
import { snapshotFiles } from "../build/sourceFiles.js";
import type { Chart } from "../render/chart.js";
import { type RenderProgress, watched } from "./renderWatch.js";
import type { WorkerReply, WorkerRequest } from "./worker.js";

export interface HostReady {
  readonly phase: "host";
  readonly ms: number;
}

const start = performance.now();
// Errors thrown by a reloaded chart then name its source line, not the bundle's.
process.setSourceMapsEnabled(true);

const ROOT = resolve(import.meta.dirname, "..", "..");

/**
 * Compiles the packages' code before the first real render: renders every
 * chart once from a throwaway bundle of the library (its own module copies,
 * under a hashed name, so the library the worker imports later is still
 * loaded fresh), with jsdom, Plot and d3 as the worker will use them. Also
 * starts esbuild's service, which chart reloads use.
 */
async function warmPackages(): Promise<void> {
  const [{ build }] = await Promise.all([import("esbuild"), import("jsdom"), import("@observablehq/plot"), import("d3")]);
  const entry = [
    `export { charts } from "./charts/index.ts";`,
    `export { renderVariant } from "./src/render/render.ts";`,
    `export { readDataset } from "./data/read.ts";`,
  ].join("\n");
  const result = await build({
    stdin: { contents: entry, resolveDir: ROOT, sourcefile: "warm.ts", loader: "ts" },
    bundle: true,
    packages: "external",
    write: false,
    format: "esm",
    platform: "node",
    target: "node20",
    logLevel: "silent",
  });
  const code = result.outputFiles[0].contents;
  const folder = join(ROOT, "node_modules", ".cache", "last-pocket", "preview");
  const file = join(folder, `warm-${createHash("sha256").update(code).digest("hex").slice(0, 16)}.mjs`);
  mkdirSync(folder, { recursive: true });
  const staging = `${file}.${process.pid}-${threadId}.tmp`;
  writeFileSync(staging, code);
  renameSync(staging, file);
  const library = (await import(pathToFileURL(file).href)) as WarmLibrary;
  const dataset = library.readDataset(ROOT);
  // A chart that stopped a worker is not warmed: it would stop this one before it is even used.
  const skip: readonly string[] = (workerData as { skip?: string[] } | null)?.skip ?? [];
  const post = (message: RenderProgress) => parentPort?.postMessage(message);
  for (const chart of library.charts.filter((c) => !skip.includes(c.id)))
    for (const theme of ["light", "dark"] as const)
      library.renderVariant(watched(chart, post), dataset, { locale: "fr", width: 720, theme });
}

interface WarmLibrary {
  readonly charts: readonly Chart[];
  renderVariant(chart: Chart, dataset: unknown, variant: { locale: "fr"; width: number; theme: "light" | "dark" }): unknown;
  readDataset(root: string): unknown;
}

const warmed = (async () => {
  try {
    await warmPackages();
  } catch {
    // The library does not compile or a chart fails: the first request reports it.
  }
  parentPort?.postMessage({ phase: "host", ms: performance.now() - start } satisfies HostReady);
})();

let loaded: Promise<typeof import("./worker.js")> | undefined;

parentPort?.on("message", async (request: WorkerRequest) => {
  await warmed;
  const importing = performance.now();
  const first = !loaded;
  // Read before the import: a save of the library from now on is newer than the code this worker runs.
  const library = first ? snapshotFiles(request.root, request.shared) : undefined;
  loaded ??= import("./worker.js");
  let worker: typeof import("./worker.js");
  try {
    worker = await loaded;
  } catch (error) {
    // The library does not load (a syntax error in src/): say so; the next edit gets another worker.
    return parentPort?.postMessage({ ok: false, error: (error as Error).message, ms: 0 } satisfies WorkerReply);
  }
  await worker.handle(request, (reply: WorkerReply) => parentPort?.postMessage(reply), first ? performance.now() - importing : 0, library);
});
