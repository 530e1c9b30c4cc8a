// Renders PNGs on every core: resvg's text layout makes each PNG cost tens of
// milliseconds of CPU, and the build has dozens. Jobs are posted to the
// workers as soon as their SVG exists, so PNG rendering overlaps the SVG
// rendering still going on in the main thread.

import { availableParallelism } from "node:os";
import { join } from "node:path";
import { Worker } from "node:worker_threads";
import { fontOptions } from "./png.js";
import { PROJECT_ROOT } from "./root.js";

/** Where the PNG workers keep the font subsets they make (see pngFonts.mjs). */
const FONT_CACHE = join(PROJECT_ROOT, "node_modules", ".cache", "last-pocket", "fonts");

export interface PngJob {
  readonly svg: string;
  readonly scale: 1 | 2;
}

const defaults = {
  /**
   * Relative CPU cost of a PNG: rasterising and encoding grow with its pixels,
   * text layout with the length of the SVG (resvg, measured: about 100 ms per
   * million pixels, and 20 ms for an SVG of 15 kB).
   */
  cost: { perMegapixel: 1, perSvgByte: 1 / 75_000 },
  /**
   * A PNG this large (a tall chart at 2x) needs about 70 MB while it is drawn:
   * all such jobs go to the first worker, so two of them never run at once.
   */
  heavyMegapixels: 4,
};

/** The expected cost of a job, and whether it is heavy. */
function estimate({ svg, scale }: PngJob): { cost: number; heavy: boolean } {
  const size = /^<svg [^>]*?width="([\d.]+)" height="([\d.]+)"/.exec(svg);
  const megapixels = size ? (Number(size[1]) * Number(size[2]) * scale * scale) / 1e6 : scale * scale;
  return {
    cost: megapixels * defaults.cost.perMegapixel + svg.length * defaults.cost.perSvgByte,
    heavy: megapixels >= defaults.heavyMegapixels,
  };
}

export class PngPool {
  private workers: Worker[] = [];
  private readonly waiting = new Map<number, { done: (png: Buffer) => void; fail: (error: Error) => void }>();
  private next = 0;
  /** Expected cost of the jobs each worker has not finished. */
  private queued: number[] = [];

  constructor(private readonly size = availableParallelism()) {}

  /**
   * Starts the workers on first use. Each job goes to the worker with the least
   * work queued (heavy ones to the first): jobs are all posted while the main
   * thread is still drawing SVGs, so the split is decided up front, by each
   * job's expected cost.
   */
  render(job: PngJob): Promise<Buffer> {
    if (this.workers.length === 0) this.start();
    const id = this.next++;
    const { cost, heavy } = estimate(job);
    const worker = heavy ? 0 : this.queued.indexOf(Math.min(...this.queued));
    this.queued[worker] += cost;
    return new Promise((done, fail) => {
      this.waiting.set(id, {
        done: (png) => {
          this.queued[worker] -= cost;
          done(png);
        },
        fail,
      });
      this.workers[worker].postMessage({ id, ...job });
    });
  }

  async close(): Promise<void> {
    await Promise.all(this.workers.map((worker) => worker.terminate()));
    this.workers = [];
  }

  private start(): void {
    this.queued = Array.from({ length: this.size }, () => 0);
    this.workers = Array.from({ length: this.size }, () => {
      const worker = new Worker(join(PROJECT_ROOT, "src", "pngWorker.mjs"), {
        workerData: { font: fontOptions, cacheDir: FONT_CACHE },
      });
      worker.on("message", ({ id, png }: { id: number; png: Uint8Array }) => {
        this.waiting.get(id)?.done(Buffer.from(png.buffer, png.byteOffset, png.byteLength));
        this.waiting.delete(id);
      });
      worker.on("error", (error) => {
        for (const { fail } of this.waiting.values()) fail(error);
        this.waiting.clear();
      });
      return worker;
    });
  }
}
