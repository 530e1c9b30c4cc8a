// The live preview: serves the output folder on 127.0.0.1 only, rebuilds in a
// worker when data/, charts/ or src/ change, and tells open pages to reload
// through server-sent events. A failing build shows in the page and the
// terminal; the server keeps running and recovers on the next good save.

import { readdirSync, watch } from "node:fs";
import { readFile } from "node:fs/promises";
import { createServer, type Server, type ServerResponse } from "node:http";
import { extname, join, relative } from "node:path";
import { registry, SHARED_CODE } from "../../charts/registry.js";
import { escapeText } from "../serialize.js";
import { CONTENT_TYPES, resolveInside } from "./files.js";
import { RELOAD_SCRIPT } from "./reloadScript.js";
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
}

export interface Preview {
  readonly server: Server;
  readonly url: string;
  /** Resolves once the first build is done. */
  readonly ready: Promise<void>;
  /** Resolves when no build is running or queued. */
  idle(): Promise<void>;
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

export async function startPreview({ root, out, port, log, maxReloads, maxHeapMb }: PreviewOptions): Promise<Preview> {
  const clients = new Set<ServerResponse>();
  let lastError: string | undefined;
  const workers = new BuildWorkers({ root, log, maxReloads, maxHeapMb });
  let running: Promise<void> = Promise.resolve();
  let pending = false;

  // The message names the charts that changed, so the page can mark them.
  const notify = (charts: readonly string[] = []) => {
    for (const client of clients) client.write(`data: ${["reload", ...charts].join(" ")}\n\n`);
  };
  // Builds run one after another. A library edit retires the worker; the
  // spare takes over between builds, never in the middle of one.
  let libraryChanged: string[] = [];
  const rebuild = (changed?: string) => {
    if (changed && isLibraryEdit(changed)) libraryChanged.push(changed);
    if (pending) return running;
    pending = true;
    running = running.then(async () => {
      pending = false;
      if (libraryChanged.length > 0) workers.replace(libraryChanged);
      libraryChanged = [];
      let first: readonly string[] = [];
      const reply = await workers.build({ type: "build", root, out }, (message) => {
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
        log(
          reply.built.length
            ? `rebuilt ${reply.built.join(", ")}: ${reply.written.length} files in ${Math.round(reply.ms)} ms`
            : "up to date",
        );
      } else {
        lastError = reply.error;
        log(`build failed: ${reply.error}`);
      }
      notify(reply.ok ? reply.built : first);
    });
    return running;
  };

  const server = createServer(async (request, response) => {
    const path = request.url ?? "/";
    if (path === "/__events") {
      response.writeHead(200, { "content-type": "text/event-stream", "cache-control": "no-store", connection: "keep-alive" });
      response.write(": connected\n\n");
      clients.add(response);
      request.on("close", () => clients.delete(response));
      return;
    }
    const file = resolveInside(out, path);
    if (!file) {
      response.writeHead(403, { "content-type": "text/plain" }).end("Forbidden");
      return;
    }
    try {
      let body: Buffer | string = await readFile(file);
      const type = CONTENT_TYPES[extname(file)] ?? "application/octet-stream";
      if (extname(file) === ".html") {
        const banner = lastError
          ? `<pre role="alert" style="background:#b3261e;color:#fff;padding:1em;white-space:pre-wrap">${escapeText(lastError)}</pre>`
          : "";
        body = body.toString().replace("<body>", `<body>${banner}`).replace("</body>", `${RELOAD_SCRIPT}</body>`);
      }
      response.writeHead(200, { "content-type": type, "cache-control": "no-store" }).end(body);
    } catch {
      response.writeHead(404, { "content-type": "text/plain" }).end("Not found");
    }
  });

  // Data and chart edits rebuild in the warm worker; library edits get the spare. Each
  // directory is watched on its own: Node 20's recursive watch on Linux loses
  // a file once an editor replaces it by renaming a new one into place.
  const watchers = ["data", "charts", "src"].flatMap((folder) =>
    directories(join(root, folder)).map((directory) =>
      watch(directory, (_event, name) => {
        if (!name || name.endsWith("~") || name.startsWith(".") || name.endsWith(".tmp")) return;
        void rebuild(relative(root, join(directory, name)));
      }),
    ),
  );

  await new Promise<void>((listening) => server.listen(port, HOST, listening));
  const address = server.address();
  const url = `http://${HOST}:${typeof address === "object" && address ? address.port : port}/`;
  const ready = rebuild();
  return {
    server,
    url,
    ready,
    workers,
    async idle() {
      let seen: Promise<void>;
      do {
        seen = running;
        await seen;
      } while (seen !== running);
    },
    async close() {
      for (const watcher of watchers) watcher.close();
      for (const client of clients) client.end();
      await workers.close();
      await new Promise((closed) => server.close(closed));
    },
  };
}

function directories(path: string): string[] {
  const children = readdirSync(path, { withFileTypes: true }).filter((entry) => entry.isDirectory());
  return [path, ...children.flatMap((child) => directories(join(path, child.name)))];
}
