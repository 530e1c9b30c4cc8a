// The preview's build workers, seen from the server: the active one, which
// keeps jsdom, Plot, d3, the library and the charts loaded across data and
// chart edits, and a spare, started ahead of time with the packages loaded,
// which takes over after an edit to the library. Chart edits leave old
// module copies behind, so after `maxReloads` of them, or past `maxHeapMb`,
// the spare is warmed up in the background and swapped in between builds.

import { existsSync } from "node:fs";
import { join } from "node:path";
import { pathToFileURL } from "node:url";
import { Worker } from "node:worker_threads";
import { SHARED_CODE } from "../../charts/registry.js";
import { PROJECT_ROOT } from "../cli/root.js";
import type { BuildReply, FirstReply, Health, WarmReply, WorkerReply, WorkerRequest } from "./worker.js";
import type { HostReady } from "./workerHost.js";

export const defaults = {
  /** Chart modules a worker may import before it is replaced. */
  maxReloads: 100,
  /** Heap a worker may use, after a build, before it is replaced. */
  maxHeapMb: 600,
};

/** The library modules a spare loads when it starts (workerHost.ts and what it imports); the rest load when it takes over. */
export const SPARE_ENTRY = ["src/preview/workerHost.ts", "src/build/sourceFiles.ts"];

export interface BuildWorkersOptions {
  readonly root: string;
  readonly log: (line: string) => void;
  readonly maxReloads?: number;
  readonly maxHeapMb?: number;
}

interface Handle {
  readonly worker: Worker;
  /** Resolves when jsdom, Plot and d3 are loaded. */
  readonly host: Promise<void>;
  /** Set once the worker has stopped, for whatever reason. */
  exited: boolean;
}

export class BuildWorkers {
  readonly #root: string;
  readonly #log: (line: string) => void;
  readonly #limits: { maxReloads: number; maxHeapMb: number };
  #active: Handle | undefined;
  #spare: Handle | undefined;
  /** A spare being warmed up to replace the active worker, and whether it is done. */
  #replacement: { handle: Handle; warmed: boolean } | undefined;
  #busy = false;
  #closed = false;

  constructor({ root, log, maxReloads = defaults.maxReloads, maxHeapMb = defaults.maxHeapMb }: BuildWorkersOptions) {
    this.#root = root;
    this.#log = log;
    this.#limits = { maxReloads, maxHeapMb };
  }

  /** How many workers were started, for tests and the benchmark. */
  started = 0;
  /** How many times a warmed replacement took over in the background. */
  recycled = 0;

  /**
   * Whose library the workers load: the previewed project's own, so that an
   * edit to its src/ is seen. A bare copy without package.json and
   * node_modules cannot load it; it is built with this package's library.
   */
  #library(): string {
    const complete = ["package.json", "node_modules"].every((name) => existsSync(join(this.#root, name)));
    return complete ? this.#root : PROJECT_ROOT;
  }

  #spawn(): Handle {
    // A worker does not inherit tsx's loader: register it, then load the TypeScript entry.
    const library = this.#library();
    const entry = pathToFileURL(join(library, "src", "preview", "workerHost.ts")).href;
    const bootstrap = `import(${JSON.stringify(import.meta.resolve("tsx/esm/api"))}).then(({ register }) => { register(); return import(${JSON.stringify(entry)}); });`;
    const worker = new Worker(bootstrap, { eval: true, env: { ...process.env, LAST_POCKET_ROOT: library } });
    this.started++;
    let ready: () => void = () => {};
    const handle: Handle = { worker, host: new Promise<void>((done) => (ready = done)), exited: false };
    const onHost = (message: WorkerReply | HostReady) => {
      if ("phase" in message && message.phase === "host") {
        worker.off("message", onHost);
        ready();
      }
    };
    worker.on("message", onHost);
    worker.on("error", (error) => {
      if (!this.#closed) this.#log(`build worker failed: ${error.message}`);
    });
    worker.once("exit", () => {
      handle.exited = true;
      ready();
      if (this.#active === handle) this.#active = undefined;
      if (this.#spare === handle) this.#spare = undefined;
      if (this.#replacement?.handle === handle) this.#replacement = undefined;
    });
    return handle;
  }

  /** The library changed: the active worker (and any replacement warmed with the old code) goes; the spare takes over. */
  replace(changed: readonly string[] = []): void {
    for (const handle of [this.#active, this.#replacement?.handle]) void handle?.worker.terminate();
    this.#active = undefined;
    this.#replacement = undefined;
    // The spare has loaded only its own entry: if that entry changed, the spare is stale too.
    if (changed.some((path) => SPARE_ENTRY.some((entry) => path.replaceAll("\\", "/").endsWith(entry)))) {
      void this.#spare?.worker.terminate();
      this.#spare = undefined;
    }
  }

  /** Runs one build on the active worker; `onFirst` hears when the previewed variants are on disk. Never runs two at once. */
  async build(request: WorkerRequest & { type: "build" }, onFirst: (reply: FirstReply) => void): Promise<BuildReply> {
    // A build queued before close() must not start a worker: it would keep the process alive after Ctrl-C.
    if (this.#closed) return { ok: false, error: "the preview is closed", ms: 0 };
    this.#busy = true;
    try {
      if (!this.#active || this.#active.exited) {
        this.#active = this.#spare && !this.#spare.exited ? this.#spare : this.#spawn();
        if (this.#active === this.#spare) this.#spare = undefined;
      }
      const reply = (await this.#ask(this.#active, request, (message) => {
        if ("phase" in message && message.phase === "first") onFirst(message);
      })) as BuildReply;
      if (reply.health && this.#worn(reply.health)) this.#recycle(reply.health);
      return reply;
    } finally {
      this.#busy = false;
      this.#afterBuild();
    }
  }

  #worn({ reloads, heapMb }: Health): boolean {
    return reloads >= this.#limits.maxReloads || heapMb >= this.#limits.maxHeapMb;
  }

  /** Between builds: swap in a warmed replacement, and keep a spare ready. */
  #afterBuild(): void {
    if (this.#closed) return;
    if (this.#replacement?.warmed) {
      const { handle } = this.#replacement;
      this.#replacement = undefined;
      void this.#active?.worker.terminate();
      this.#active = handle;
      this.recycled++;
    }
    if (!this.#replacement && (!this.#spare || this.#spare.exited)) this.#spare = this.#spawn();
  }

  /** Warms the spare with the current library and charts, to replace the active worker when it is done. */
  #recycle({ reloads, heapMb }: Health): void {
    if (this.#replacement || this.#closed) return;
    const handle = this.#spare && !this.#spare.exited ? this.#spare : this.#spawn();
    this.#spare = undefined;
    this.#replacement = { handle, warmed: false };
    this.#log(`replacing the build worker in the background (${reloads} chart reloads, ${Math.round(heapMb)} MB heap)`);
    void this.#ask(handle, { type: "warm", root: this.#root, shared: SHARED_CODE }).then((reply) => {
      if (this.#replacement?.handle !== handle || !("phase" in reply && reply.phase === "warm")) return;
      this.#replacement.warmed = true;
      if (!this.#busy) this.#afterBuild();
    });
  }

  /** Sends a request and resolves with its final reply (intermediate ones go to `onProgress`). */
  #ask(handle: Handle, request: WorkerRequest, onProgress: (reply: WorkerReply) => void = () => {}): Promise<WorkerReply> {
    return new Promise<WorkerReply>((settle) => {
      if (handle.exited) return settle({ ok: false, error: "the build worker stopped", ms: 0 });
      const onExit = () => settle({ ok: false, error: "the build worker stopped", ms: 0 });
      const onMessage = (message: WorkerReply | HostReady) => {
        if ("phase" in message && message.phase === "host") return;
        if ("phase" in message && message.phase === "first") return onProgress(message);
        handle.worker.off("message", onMessage);
        handle.worker.off("exit", onExit);
        settle(message as BuildReply | WarmReply);
      };
      handle.worker.once("exit", onExit);
      handle.worker.on("message", onMessage);
      handle.worker.postMessage(request);
    });
  }

  /** Resolves once no replacement is warming and the spare has its packages loaded. */
  async settled(): Promise<void> {
    for (;;) {
      const replacement = this.#replacement;
      const spare = this.#spare;
      if (replacement) await new Promise((tick) => setTimeout(tick, 20));
      else if (spare) await spare.host;
      if (replacement === this.#replacement && spare === this.#spare && !replacement) return;
    }
  }

  async close(): Promise<void> {
    this.#closed = true;
    const handles = [this.#active, this.#spare, this.#replacement?.handle];
    this.#active = this.#spare = this.#replacement = undefined;
    await Promise.all(handles.map((handle) => handle?.worker.terminate()));
  }
}
