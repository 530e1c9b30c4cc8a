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
  /** Relative CPU cost of a PNG by scale, measured with resvg: 48 ms at 1x, 112 ms at 2x. */
  cost: { 1: 1, 2: 2.3 },
};

export class PngPool {
  private workers: Worker[] = [];
  private readonly waiting = new Map<number, { done: (png: Buffer) => void; fail: (error: Error) => void }>();
  private next = 0;
  /** Expected cost of the jobs each worker has not finished. */
  private queued: number[] = [];

  constructor(private readonly size = availableParallelism()) {}

  /**
   * Starts the workers on first use. Each job goes to the worker with the least
   * work queued: jobs are all posted while the main thread is still drawing
   * SVGs, so the split is decided up front, by each job's expected cost.
   */
  render(job: PngJob): Promise<Buffer> {
    if (this.workers.length === 0) this.start();
    const id = this.next++;
    const cost = defaults.cost[job.scale];
    const worker = this.queued.indexOf(Math.min(...this.queued));
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
