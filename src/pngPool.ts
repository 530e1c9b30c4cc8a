// Renders PNGs on every core: resvg's text layout makes each PNG cost tens of
// milliseconds of CPU, and the build has dozens. Jobs are posted to the
// workers as soon as their SVG exists, so PNG rendering overlaps the SVG
// rendering still going on in the main thread.

import { availableParallelism } from "node:os";
import { join } from "node:path";
import { Worker } from "node:worker_threads";
import { fontOptions } from "./png.js";
import { PROJECT_ROOT } from "./root.js";

export interface PngJob {
  readonly svg: string;
  readonly scale: 1 | 2;
}

export class PngPool {
  private workers: Worker[] = [];
  private readonly waiting = new Map<number, { done: (png: Buffer) => void; fail: (error: Error) => void }>();
  private next = 0;

  constructor(private readonly size = availableParallelism()) {}

  /** Starts the workers on first use; each job goes to the next worker in turn. */
  render(job: PngJob): Promise<Buffer> {
    if (this.workers.length === 0) this.start();
    const id = this.next++;
    return new Promise((done, fail) => {
      this.waiting.set(id, { done, fail });
      this.workers[id % this.workers.length].postMessage({ id, ...job });
    });
  }

  async close(): Promise<void> {
    await Promise.all(this.workers.map((worker) => worker.terminate()));
    this.workers = [];
  }

  private start(): void {
    this.workers = Array.from({ length: this.size }, () => {
      const worker = new Worker(join(PROJECT_ROOT, "src", "pngWorker.mjs"), { workerData: { font: fontOptions } });
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
