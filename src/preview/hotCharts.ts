// The charts as the preview's worker renders them, reloaded after an edit
// without restarting the worker: each chart's own modules are bundled again
// and imported under a new, content-hashed URL (ES modules cannot be
// unloaded, but a new URL is a new module). A new version is only a
// candidate until a build has rendered it; if it does not compile, load or
// render, the chart keeps its last good version and the error is reported.

import { createHash } from "node:crypto";
import { relative } from "node:path";
import { type ChartFiles, registry } from "../../charts/registry.js";
import type { Chart } from "../render/chart.js";
import { checkChart } from "../render/chartCheck.js";
import { bundleChart, readModules } from "./chartBundle.js";

interface Version {
  readonly chart: Chart;
  readonly hash: string;
  /** The module files' bytes this version was compiled from. */
  readonly sources: ReadonlyMap<string, Buffer>;
}

interface Slot {
  readonly files: ChartFiles;
  /** Hash of the chart's module files as they were read when last loaded or tried. */
  sources?: string;
  good?: Version;
  candidate?: Version;
  error?: string;
}

/** Thrown when a chart's own code fails while rendering; names the chart and, when the stack shows it, the line. */
export class ChartRenderError extends Error {
  override name = "ChartRenderError";
  constructor(
    readonly chartId: string,
    message: string,
    options?: ErrorOptions,
  ) {
    super(message, options);
  }
}

/** What a chart's modules hold, by content; a missing module counts as one. */
function hashSources(files: ChartFiles, sources: ReadonlyMap<string, Buffer>): string {
  const hash = createHash("sha256");
  for (const path of files.modules)
    hash
      .update(`${path}\0`)
      .update(sources.get(path) ?? "(missing)")
      .update("\0");
  return hash.digest("hex");
}

const isChart = (value: unknown, id: string): value is Chart =>
  typeof value === "object" && value !== null && (value as Chart).id === id && typeof (value as Chart).render === "function";

export class HotCharts {
  readonly #root: string;
  readonly #library: string;
  readonly #slots: Slot[];
  /** Chart modules imported so far: each stays in memory until the worker exits. */
  reloads = 0;

  readonly #importer: (url: string) => Promise<unknown>;

  /**
   * Charts of the project at `root`, for a worker that loaded the library of
   * `library`. `importer` loads a bundle: the worker's own import() (its
   * TypeScript loader resolves the library), or a test's.
   */
  constructor(
    root: string,
    {
      library = root,
      charts = registry,
      importer = (url: string) => import(url),
    }: { library?: string; charts?: readonly ChartFiles[]; importer?: (url: string) => Promise<unknown> } = {},
  ) {
    this.#root = root;
    this.#library = library;
    this.#importer = importer;
    this.#slots = charts.map((files) => ({ files }));
  }

  /**
   * Loads every chart whose files changed since they were last read, by
   * content: each chart's modules are read once, compared with the bytes its
   * last load was made from, and, if they differ, compiled from those very bytes.
   * Returns the ids reloaded.
   */
  async refresh(): Promise<string[]> {
    const read = this.#slots.map((slot) => ({ slot, sources: readModules(this.#root, slot.files.modules) }));
    const changed = read.filter(({ slot, sources }) => slot.sources !== hashSources(slot.files, sources));
    await Promise.all(changed.map(({ slot, sources }) => this.#load(slot, sources)));
    return changed.filter(({ slot }) => slot.candidate).map(({ slot }) => slot.files.id);
  }

  /**
   * The bytes `path` had when the version of its chart that would be rendered
   * now was compiled; undefined for any file that is not a chart module.
   * Build keys are made from these, so they describe the code that ran.
   */
  source(path: string): Buffer | undefined {
    for (const slot of this.#slots) {
      const version = slot.candidate ?? slot.good;
      const bytes = version?.sources.get(path);
      if (bytes) return bytes;
    }
    return undefined;
  }

  /** The charts to render, in registry order: each one's candidate, else its last good version. */
  charts(): Chart[] {
    return this.#slots.flatMap((slot) => {
      const version = slot.candidate ?? slot.good;
      return version ? [version.chart] : [];
    });
  }

  /** Every chart loaded? A chart that never loaded cleanly cannot be built at all. */
  complete(): boolean {
    return this.#slots.every((slot) => slot.candidate ?? slot.good);
  }

  /** A build rendered every candidate: they become the good versions. */
  confirm(): void {
    for (const slot of this.#slots) {
      if (!slot.candidate) continue;
      slot.good = slot.candidate;
      slot.candidate = undefined;
      slot.error = undefined;
    }
  }

  /** The candidate of `id` failed: fall back to its last good version. False when there is none to fall back to. */
  reject(id: string, error: string): boolean {
    const slot = this.#slots.find((s) => s.files.id === id);
    if (!slot?.candidate || !slot.good) return false;
    slot.candidate = undefined;
    slot.error = error;
    return true;
  }

  /** Errors of charts shown in their last good version, one message each. */
  errors(): string[] {
    return this.#slots.flatMap((slot) => (slot.error ? [slot.error] : []));
  }

  async #load(slot: Slot, sources: ReadonlyMap<string, Buffer>): Promise<void> {
    const { id, modules } = slot.files;
    slot.sources = hashSources(slot.files, sources);
    try {
      const bundle = await bundleChart(this.#root, slot.files, this.#library, sources);
      const current = slot.candidate ?? slot.good;
      if (current?.hash === bundle.hash) {
        // A comment or formatting change, or back to the version on screen: the same code, from other bytes.
        if (slot.candidate) slot.candidate = { ...slot.candidate, sources };
        else if (slot.good) slot.good = { ...slot.good, sources };
        slot.error = undefined;
        return;
      }
      const namespaces = Object.values((await this.#importer(bundle.url)) as Record<string, Record<string, unknown>>);
      this.reloads++;
      const chart = namespaces.flatMap((namespace) => Object.values(namespace)).find((value) => isChart(value, id));
      if (!chart) throw new Error(`${modules[0]}: exports no chart with id "${id}"`);
      checkChart(chart);
      slot.candidate = { chart: this.#guard(chart), hash: bundle.hash, sources };
      slot.error = undefined;
    } catch (error) {
      // Does not compile, fails at load time or lacks a translation: the last good version stays.
      slot.candidate = undefined;
      slot.error = (error as Error).message;
    }
  }

  /** Tags errors thrown by the chart's own code with its id and the line they came from. */
  #guard(chart: Chart): Chart {
    const where = (error: unknown) => {
      const stack = error instanceof Error ? (error.stack ?? "") : "";
      const files = this.#slots.find((slot) => slot.files.id === chart.id)?.files.modules;
      for (const match of stack.matchAll(/(?:file:\/\/)?(\/[^\s():]+):(\d+):(\d+)/g)) {
        const path = relative(this.#root, decodeURIComponent(match[1]));
        if (files?.includes(path)) return `${path}:${match[2]}:${match[3]}`;
      }
      return files?.[0] ?? chart.id;
    };
    const guarded =
      <A extends unknown[], R>(run: (...args: A) => R) =>
      (...args: A): R => {
        try {
          return run(...args);
        } catch (error) {
          if (error instanceof ChartRenderError) throw error;
          throw new ChartRenderError(chart.id, `${where(error)}: ${(error as Error).message ?? error}`, { cause: error });
        }
      };
    return {
      ...chart,
      render: guarded(chart.render.bind(chart)),
      provenance: guarded(chart.provenance.bind(chart)),
    };
  }
}
