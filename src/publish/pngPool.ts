// Renders PNGs on every core: resvg's text layout makes each PNG cost tens of
// milliseconds of CPU, and the build has dozens. Jobs are queued as soon as
// their SVG exists and handed to the workers as they finish the ones before,
// so PNG rendering overlaps the SVG rendering still going on in the main
// thread, and the cores stay busy to the end.

import { availableParallelism } from "node:os";
import { join } from "node:path";
import { Worker } from "node:worker_threads";
import { PROJECT_ROOT } from "../cli/root.js";
import { fontOptions } from "./png.js";

/** Where the PNG workers keep the font subsets they make (see pngFonts.mjs). */
const FONT_CACHE = join(PROJECT_ROOT, "node_modules", ".cache", "last-pocket", "fonts");

export interface PngJob {
  readonly svg: string;
  readonly scale: 1 | 2;
}

const defaults = {
  heldPerWorker: 2,
  /**
   * A PNG this large (a tall chart at 2x) needs about 50 MB more while it is
   * drawn than a small one: two of them never run at once.
   */
  heavyMegapixels: 4,
};

function isHeavy({ svg, scale }: PngJob): boolean {
  const size = /^<svg [^>]*?width="([\d.]+)" height="([\d.]+)"/.exec(svg);
  return size !== null && (Number(size[1]) * Number(size[2]) * scale * scale) / 1e6 >= defaults.heavyMegapixels;
}

interface Pending {
  readonly id: number;
  readonly job: PngJob;
  readonly heavy: boolean;
  readonly done: (png: Buffer) => void;
  readonly fail: (error: Error) => void;
}

export class PngPool {
  private workers: Worker[] = [];
  /** Jobs not yet handed to a worker, in the order they came. */
  private queue: Pending[] = [];
  /** The jobs each worker holds: the one it draws and the next. */
  private held: Pending[][] = [];
  private next = 0;

  constructor(private readonly size = availableParallelism()) {}

  /**
   * Starts the workers on first use. Each worker holds at most two jobs, so it
   * never waits for the main thread between them, and gets more as it
   * finishes: the cores stay balanced whatever each job costs. The build
   * yields to the event loop after each SVG so that this happens while SVGs
   * are still being drawn.
   */
  render(job: PngJob): Promise<Buffer> {
    if (this.workers.length === 0) this.start();
    const id = this.next++;
    return new Promise((done, fail) => {
      this.queue.push({ id, job, heavy: isHeavy(job), done, fail });
      this.dispatch();
    });
  }

  async close(): Promise<void> {
    await Promise.all(this.workers.map((worker) => worker.terminate()));
    this.workers = [];
  }

  /** Hands queued jobs to workers with room, never a heavy job while another worker holds one. */
  private dispatch(): void {
    for (const [index, worker] of this.workers.entries()) {
      const held = this.held[index];
      while (held.length < defaults.heldPerWorker) {
        const heavyElsewhere = this.held.some((other, i) => i !== index && other.some((pending) => pending.heavy));
        const at = this.queue.findIndex((pending) => !pending.heavy || !heavyElsewhere);
        if (at < 0) break;
        const [pending] = this.queue.splice(at, 1);
        held.push(pending);
        worker.postMessage({ id: pending.id, ...pending.job });
      }
    }
  }

  private start(): void {
    this.held = Array.from({ length: this.size }, () => []);
    this.workers = Array.from({ length: this.size }, (_, index) => {
      const worker = new Worker(join(PROJECT_ROOT, "src", "publish", "pngWorker.mjs"), {
        workerData: { font: fontOptions, cacheDir: FONT_CACHE },
      });
      worker.on("message", ({ id, png }: { id: number; png: Uint8Array }) => {
        const held = this.held[index];
        const at = held.findIndex((pending) => pending.id === id);
        const [pending] = held.splice(at, 1);
        pending?.done(Buffer.from(png.buffer, png.byteOffset, png.byteLength));
        this.dispatch();
      });
      worker.on("error", (error) => {
        for (const pending of [...this.queue, ...this.held.flat()]) pending.fail(error);
        this.queue = [];
        this.held = this.held.map(() => []);
      });
      return worker;
    });
  }
}
