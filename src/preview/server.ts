// The live preview: serves the output folder on 127.0.0.1 only, rebuilds in a
// worker when data/, charts/ or src/ change, and tells open pages to reload
// through server-sent events. A failing build shows in the page and the
// terminal; the server keeps running and recovers on the next good save.

import { readdirSync, watch } from "node:fs";
import { readFile } from "node:fs/promises";
import { createServer, type Server, type ServerResponse } from "node:http";
import { extname, join } from "node:path";
import { pathToFileURL } from "node:url";
import { Worker } from "node:worker_threads";
import { PROJECT_ROOT } from "../root.js";
import { escapeText } from "../serialize.js";
import { CONTENT_TYPES, resolveInside } from "./files.js";
import type { BuildReply, BuildRequest, FirstReply } from "./worker.js";

export const HOST = "127.0.0.1";

export interface PreviewOptions {
  /** The project whose data/, charts/ and src/ are watched and built. */
  readonly root: string;
  /** Folder served and built into. */
  readonly out: string;
  readonly port: number;
  readonly log: (line: string) => void;
}

export interface Preview {
  readonly server: Server;
  readonly url: string;
  /** Resolves once the first build is done. */
  readonly ready: Promise<void>;
  /** Resolves when no build is running or queued. */
  idle(): Promise<void>;
  close(): Promise<void>;
}

const RELOAD_SCRIPT = `<script>new EventSource("/__events").onmessage = () => location.reload();</script>`;

export async function startPreview({ root, out, port, log }: PreviewOptions): Promise<Preview> {
  const clients = new Set<ServerResponse>();
  let lastError: string | undefined;
  let worker: Worker | undefined;
  let running: Promise<void> = Promise.resolve();
  let pending = false;

  // A worker does not inherit tsx's loader: register it, then load the TypeScript worker.
  const bootstrap = `import(${JSON.stringify(import.meta.resolve("tsx/esm/api"))}).then(({ register }) => { register(); return import(${JSON.stringify(pathToFileURL(join(PROJECT_ROOT, "src", "preview", "worker.ts")).href)}); });`;
  const spawn = () => {
    const fresh = new Worker(bootstrap, { eval: true });
    fresh.on("error", (error) => {
      lastError = error.message;
      log(`build worker failed: ${error.message}`);
      if (worker === fresh) worker = undefined;
    });
    return fresh;
  };
  const notify = () => {
    for (const client of clients) client.write("data: reload\n\n");
  };
  // Builds run one after another. A code edit marks the worker stale; it is
  // replaced between builds, never in the middle of one.
  let codeChanged = false;
  const rebuild = (fresh: boolean) => {
    codeChanged ||= fresh;
    if (pending) return running;
    pending = true;
    running = running.then(async () => {
      pending = false;
      if (codeChanged && worker) await worker.terminate();
      if (codeChanged) worker = undefined;
      codeChanged = false;
      worker ??= spawn();
      const current = worker;
      const reply = await new Promise<BuildReply>((settle) => {
        const onExit = () => settle({ ok: false, error: "the build worker stopped", ms: 0 });
        current.once("exit", onExit);
        const onMessage = (message: BuildReply | FirstReply) => {
          // The first variant is on disk: reload now; the full build may reload again.
          if ("phase" in message) return notify();
          current.off("message", onMessage);
          current.off("exit", onExit);
          settle(message);
        };
        current.on("message", onMessage);
        current.postMessage({ root, out } satisfies BuildRequest);
      });
      if (reply.ok) {
        lastError = undefined;
        log(
          reply.built.length
            ? `rebuilt ${reply.built.join(", ")}: ${reply.written.length} files in ${Math.round(reply.ms)} ms`
            : "up to date",
        );
      } else {
        lastError = reply.error;
        log(`build failed: ${reply.error}`);
      }
      notify();
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

  // Data edits rebuild in the warm worker; code edits get a fresh one. Each
  // directory is watched on its own: Node 20's recursive watch on Linux loses
  // a file once an editor replaces it by renaming a new one into place.
  const watchers = ["data", "charts", "src"].flatMap((folder) =>
    directories(join(root, folder)).map((directory) =>
      watch(directory, (_event, name) => {
        if (!name || name.endsWith("~") || name.startsWith(".") || name.endsWith(".tmp")) return;
        void rebuild(folder !== "data");
      }),
    ),
  );

  await new Promise<void>((listening) => server.listen(port, HOST, listening));
  const address = server.address();
  const url = `http://${HOST}:${typeof address === "object" && address ? address.port : port}/`;
  const ready = rebuild(false);
  return {
    server,
    url,
    ready,
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
      await worker?.terminate();
      await new Promise((closed) => server.close(closed));
    },
  };
}

function directories(path: string): string[] {
  const children = readdirSync(path, { withFileTypes: true }).filter((entry) => entry.isDirectory());
  return [path, ...children.flatMap((child) => directories(join(path, child.name)))];
}
