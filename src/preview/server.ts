// The live preview: serves the output folder on 127.0.0.1 only, rebuilds in a
// worker when data/, charts/ or src/ change, and tells open pages to reload
// through server-sent events. A failing build shows in the page and the
// terminal; the server keeps running and recovers on the next good save.

import { readdirSync, watch } from "node:fs";
import { createServer, type Server, type ServerResponse } from "node:http";
import { join } from "node:path";
import { pathToFileURL } from "node:url";
import { Worker } from "node:worker_threads";
import { CliError } from "../errors.js";
import { PROJECT_ROOT } from "../root.js";
import { previewHandler } from "./handler.js";
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

  const address = server.address();
  listeningPort = typeof address === "object" && address ? address.port : port;
  const url = `http://${HOST}:${listeningPort}/`;
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
