// The live preview: serves the output folder on 127.0.0.1 only, rebuilds in a
// worker when data/, charts/ or src/ change, and tells open pages to reload
// through server-sent events. A failing build shows in the page and the
// terminal; the server keeps running and recovers on the next good save.

import { createServer, type Server, type ServerResponse } from "node:http";
import { registry, SHARED_CODE } from "../../charts/registry.js";
import { CliError } from "../build/errors.js";
import { previewHandler } from "./handler.js";
import { watchTree } from "./watch.js";
import { BuildWorkers } from "./workers.js";

export const HOST = "127.0.0.1";

export interface PreviewOptions {
  /** The project whose data/, charts/ and src/ are watched and built. */
  readonly root: string;
  /** Folder served and built into. */
  readonly out: string;
  readonly port: number;
  readonly log: (line: string) => void;
  /** Replace the build worker after this many chart reloads, or past this heap (see workers.ts). */
  readonly maxReloads?: number;
  readonly maxHeapMb?: number;
  /** Stop a worker whose chart code runs longer than this, or takes more heap than this (see workers.ts). */
  readonly renderDeadlineMs?: number;
  readonly heapLimitMb?: number;
}

export interface Preview {
  readonly server: Server;
  readonly url: string;
  /** Resolves once the first build is done. */
  readonly ready: Promise<void>;
  /** Resolves when no build is running or queued. */
  idle(): Promise<void>;
  /**
   * How many builds have begun. A build that begins after a file was saved
   * reads the saved file, so tests and the bench wait for this to pass its
   * value at the save, then for idle(): the watcher's event comes late under load.
   */
  readonly buildsStarted: number;
  readonly workers: BuildWorkers;
  close(): Promise<void>;
}

/**
 * Edits the warm worker cannot take: any code that is not a chart's own
 * module (the library, the schema and loader, the chart list, a helper the
 * registry does not list), and the lockfile.
 */
export function isLibraryEdit(path: string): boolean {
  const file = path.replaceAll("\\", "/");
  if (file.startsWith("src/") || SHARED_CODE.includes(file)) return true;
  return /\.(ts|mts|js|mjs)$/.test(file) && !registry.some((chart) => chart.modules.includes(file));
}

export async function startPreview({ root, out, port, log, ...limits }: PreviewOptions): Promise<Preview> {
  const clients = new Set<ServerResponse>();
  let lastError: string | undefined;
  const workers = new BuildWorkers({ root, log, ...limits });
  let running: Promise<void> = Promise.resolve();
  let pending = false;
  let buildsStarted = 0;
  let closed = false;

  // The message names the charts that changed, so the page can mark them.
  const notify = (charts: readonly string[] = []) => {
    for (const client of clients) client.write(`data: ${["reload", ...charts].join(" ")}\n\n`);
  };
  // Builds run one after another. A library edit retires the worker; the
  // spare takes over between builds, never in the middle of one.
  let libraryChanged: string[] = [];
  let lastEvent = 0;
  const rebuild = (changed?: string) => {
    if (changed) lastEvent = performance.now();
    if (changed && isLibraryEdit(changed)) libraryChanged.push(changed);
    if (pending) return running;
    pending = true;
    running = running.then(async () => {
      // A save is often several events (a file truncated then written, or written beside and renamed):
      // the build starts once the folder has been quiet for a moment, so it reads whole files.
      await quiet(() => lastEvent);
      pending = false;
      // A watcher event queued before close(): nothing to build any more.
      if (closed) return;
      buildsStarted++;
      if (libraryChanged.length > 0) workers.replace(libraryChanged);
      libraryChanged = [];
      let first: readonly string[] = [];
      const reply = await workers.build({ type: "build", root, out, shared: SHARED_CODE }, (message) => {
        // The first variant is on disk: reload now; the full build may reload again.
        first = message.charts;
        notify(first);
        const library = message.libraryMs ? `, after loading the library in ${Math.round(message.libraryMs)} ms` : "";
        log(
          `${first.join(", ")}: previewed variant on disk in ${Math.round(message.ms)} ms (charts loaded in ${Math.round(message.loadMs)} ms${library})`,
        );
      });
      if (reply.ok) {
        lastError = reply.errors.length > 0 ? reply.errors.join("\n") : undefined;
        for (const error of reply.errors) log(`chart error, showing its last good version: ${error}`);
        log(buildLine(reply.built, reply.written.length, reply.ms));
      } else {
        lastError = reply.error;
        log(`build failed: ${reply.error}`);
      }
      notify(reply.ok ? reply.built : first);
    });
    return running;
  };

  let listeningPort = port;
  const server = createServer(previewHandler({ out, port: () => listeningPort, clients, error: () => lastError }));

  // Listen first: a port in use is one clear error, before anything is watched or built.
  await new Promise<void>((listening, fail) => {
    server.once("error", (error: NodeJS.ErrnoException) =>
      fail(
        error.code === "EADDRINUSE"
          ? new CliError(`port ${port} on ${HOST} is in use: stop what uses it, or pick another with --port N (0 picks a free one)`, 1)
          : error,
      ),
    );
    server.listen(port, HOST, listening);
  });

  // Data and chart edits rebuild in the warm worker; library edits get the spare (see watch.ts).
  const watcher = watchTree(root, ["data", "charts", "src"], (path) => void rebuild(path));

  const address = server.address();
  listeningPort = typeof address === "object" && address ? address.port : port;
  const url = `http://${HOST}:${listeningPort}/`;
  const ready = rebuild();
  return {
    server,
    url,
    ready,
    workers,
    get buildsStarted() {
      return buildsStarted;
    },
    async idle() {
      let seen: Promise<void>;
      do {
        seen = running;
        await seen;
      } while (seen !== running);
    },
    async close() {
      closed = true;
      watcher.close();
      for (const client of clients) client.end();
      await workers.close();
      await new Promise((closed) => server.close(closed));
    },
  };
}

export const defaults = {
  /** How long the watched folders must be quiet before a build starts. */
  quietMs: 30,
  /** The longest a build waits for quiet: files saved without pause still get built. */
  maxWaitMs: 300,
};

/** Resolves once no event came for `quietMs`, or after `maxWaitMs` at the most. */
async function quiet(last: () => number): Promise<void> {
  const start = performance.now();
  for (;;) {
    const now = performance.now();
    const wait = defaults.quietMs - (now - last());
    if (wait <= 0 || now - start >= defaults.maxWaitMs) return;
    await new Promise((done) => setTimeout(done, Math.min(wait, defaults.maxWaitMs - (now - start))));
  }
}

/**
 * The terminal's line for a finished build. "up to date" only when no chart's
 * sources changed; a chart rebuilt to the same bytes says so, since the
 * designer's edit then shows nowhere.
 */
export function buildLine(built: readonly string[], written: number, ms: number): string {
  if (built.length === 0) return "up to date";
  const charts = built.join(", ");
  if (written === 0) return `rebuilt ${charts}: the sources changed, but no file did (0 written in ${Math.round(ms)} ms)`;
  return `rebuilt ${charts}: ${written} files in ${Math.round(ms)} ms`;
}
