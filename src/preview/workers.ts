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
import { lockPath } from "../build/incrementalBuild.js";
import { releaseHeldBy } from "../build/lock.mjs";
import { PROJECT_ROOT } from "../cli/root.js";
import { isRenderProgress } from "./renderWatch.js";
import type { BuildReply, FirstReply, Health, WarmReply, WorkerReply, WorkerRequest } from "./worker.js";
import type { HostReady } from "./workerHost.js";

export const defaults = {
  /** Chart modules a worker may import before it is replaced. */
  maxReloads: 100,
  /** Heap a worker may use, after a build, before it is replaced. */
  maxHeapMb: 600,
  /** How long one call into a chart's code may run before its worker is stopped (an endless loop). */
  renderDeadlineMs: 30_000,
  /** The most heap a worker may take at all: past it V8 stops the worker, and the chart it was rendering is named. */
  heapLimitMb: 2_048,
};

/** The library modules a spare loads when it starts (workerHost.ts and what it imports); the rest load when it takes over. */
export const SPARE_ENTRY = ["src/preview/workerHost.ts", "src/build/sourceFiles.ts", "src/preview/renderWatch.ts"];

export interface BuildWorkersOptions {
  readonly root: string;
  readonly log: (line: string) => void;
  readonly maxReloads?: number;
  readonly maxHeapMb?: number;
  readonly renderDeadlineMs?: number;
  readonly heapLimitMb?: number;
}

interface Handle {
  readonly worker: Worker;
  /** Resolves when jsdom, Plot and d3 are loaded. */
  readonly host: Promise<void>;
  /** Set once the worker has stopped, for whatever reason. */
  exited: boolean;
  /** The chart whose code the worker is running, if any (see renderWatch.ts). */
  rendering?: string;
  /** Why the worker was stopped, naming the chart, when it was its code that stopped it. */
  failure?: string;
  /** The output folders it built into: it may hold their lock when it stops. */
  readonly outs: Set<string>;
  /** Set once its packages are loaded and warmed up: a death before that is the warm-up's. */
  warmed?: boolean;
}

/** The module a message about a chart's code names: the chart's own, as the registry lists it. */
const chartModule = (id: string) => `charts/${id}/${id}.ts`;

export class BuildWorkers {
  readonly #root: string;
  readonly #log: (line: string) => void;
  readonly #limits: { maxReloads: number; maxHeapMb: number; renderDeadlineMs: number; heapLimitMb: number };
  /** Charts whose code stopped a worker since the last good build: spares do not warm them up. */
  readonly #poisoned = new Set<string>();
  #active: Handle | undefined;
  #spare: Handle | undefined;
  /** A spare being warmed up to replace the active worker, and whether it is done. */
  #replacement: { handle: Handle; warmed: boolean } | undefined;
  #busy = false;
  #closed = false;

  constructor({
    root,
    log,
    maxReloads = defaults.maxReloads,
    maxHeapMb = defaults.maxHeapMb,
    renderDeadlineMs = defaults.renderDeadlineMs,
    heapLimitMb = defaults.heapLimitMb,
  }: BuildWorkersOptions) {
    this.#root = root;
    this.#log = log;
    this.#limits = { maxReloads, maxHeapMb, renderDeadlineMs, heapLimitMb };
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
    const worker = new Worker(bootstrap, {
      eval: true,
      env: { ...process.env, LAST_POCKET_ROOT: library },
      workerData: { skip: [...this.#poisoned] },
      resourceLimits: { maxOldGenerationSizeMb: this.#limits.heapLimitMb },
    });
    this.started++;
    // Read now: once the worker has exited, its threadId is -1.
    const thread = worker.threadId;
    let ready: () => void = () => {};
    const handle: Handle = { worker, host: new Promise<void>((done) => (ready = done)), exited: false, outs: new Set() };
    this.#watch(handle);
    const onHost = (message: WorkerReply | HostReady) => {
      if ("phase" in message && message.phase === "host") {
        worker.off("message", onHost);
        handle.warmed = true;
        ready();
      }
    };
    worker.on("message", onHost);
    worker.on("error", (error) => {
      if ((error as NodeJS.ErrnoException).code === "ERR_WORKER_OUT_OF_MEMORY") {
        const limit = `limit ${this.#limits.heapLimitMb} MB`;
        handle.failure = handle.rendering
          ? `${chartModule(handle.rendering)}: ran out of memory while rendering (${limit})`
          : `the build worker ran out of memory (${limit})`;
        if (handle.rendering) this.#poisoned.add(handle.rendering);
      }
      if (!this.#closed) this.#log(`build worker failed: ${handle.failure ?? error.message}`);
    });
    worker.once("exit", () => {
      handle.exited = true;
      // A stopped thread runs no exit listener of its own: the lock it held is released for it.
      for (const out of handle.outs) releaseHeldBy(lockPath(out), thread);
      ready();
      if (this.#active === handle) this.#active = undefined;
      if (this.#spare === handle) this.#spare = undefined;
      if (this.#replacement?.handle === handle) this.#replacement = undefined;
    });
    return handle;
  }

  /**
   * Stops the worker when one call into a chart's code outlasts the deadline:
   * an endless loop would otherwise hold the build, its lock and every later save.
   */
  #watch(handle: Handle): void {
    let timer: NodeJS.Timeout | undefined;
    handle.worker.on("message", (message: unknown) => {
      if (!isRenderProgress(message)) return;
      clearTimeout(timer);
      handle.rendering = message.running ? message.chart : undefined;
      if (!message.running) return;
      timer = setTimeout(() => {
        const seconds = Math.round(this.#limits.renderDeadlineMs / 100) / 10;
        handle.failure = `${chartModule(message.chart)}: did not finish rendering in ${seconds} s`;
        this.#poisoned.add(message.chart);
        if (!this.#closed) this.#log(`stopping the build worker: ${handle.failure}`);
        void handle.worker.terminate();
      }, this.#limits.renderDeadlineMs);
    });
    handle.worker.once("exit", () => clearTimeout(timer));
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
      // A spare warms up on the charts as they were on disk when it started, which may be a version that
      // has since stopped a worker: if it dies warming up, the build runs once more on a new worker.
      let reply = await this.#buildOnce(request, onFirst);
      if (reply.diedWarming) reply = await this.#buildOnce(request, onFirst);
      if (reply.ok && reply.errors.length === 0) this.#poisoned.clear();
      if (reply.health && this.#worn(reply.health)) this.#recycle(reply.health);
      return reply;
    } finally {
      this.#busy = false;
      this.#afterBuild();
    }
  }

  /** One try of a build on the active worker (the spare, or a new one, if it has stopped). */
  async #buildOnce(
    request: WorkerRequest & { type: "build" },
    onFirst: (reply: FirstReply) => void,
  ): Promise<BuildReply & { diedWarming?: boolean }> {
    if (!this.#active || this.#active.exited) {
      this.#active = this.#spare && !this.#spare.exited ? this.#spare : this.#spawn();
      if (this.#active === this.#spare) this.#spare = undefined;
    }
    const handle = this.#active;
    handle.outs.add(request.out);
    const reply = (await this.#ask(handle, request, (message) => {
      if ("phase" in message && message.phase === "first") onFirst(message);
    })) as BuildReply;
    return !reply.ok && handle.exited && !handle.warmed ? { ...reply, diedWarming: true } : reply;
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
    void this.#ask(handle, { type: "warm", root: this.#root, shared: SHARED_CODE, skip: [...this.#poisoned] }).then((reply) => {
      if (this.#replacement?.handle !== handle || !("phase" in reply && reply.phase === "warm")) return;
      this.#replacement.warmed = true;
      if (!this.#busy) this.#afterBuild();
    });
  }

  /** Sends a request and resolves with its final reply (intermediate ones go to `onProgress`). */
  #ask(handle: Handle, request: WorkerRequest, onProgress: (reply: WorkerReply) => void = () => {}): Promise<WorkerReply> {
    return new Promise<WorkerReply>((settle) => {
      const stopped = () => settle({ ok: false, error: handle.failure ?? "the build worker stopped", ms: 0 });
      if (handle.exited) return stopped();
      const onExit = stopped;
      const onMessage = (message: WorkerReply | HostReady) => {
        if ("phase" in message && (message.phase === "host" || message.phase === "render")) return;
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
