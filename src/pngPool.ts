// Renders PNGs on every core: resvg's text layout makes each PNG cost tens of
// milliseconds of CPU, and the build has dozens. Workers start only when
// there is a PNG to render, and stop when the batch is done.

import { availableParallelism } from "node:os";
import { Worker } from "node:worker_threads";
import { fontOptions } from "./png.js";

export interface PngJob {
  readonly svg: string;
  readonly scale: 1 | 2;
}

export async function renderPngs(jobs: readonly PngJob[], workers = Math.min(availableParallelism(), jobs.length)): Promise<Buffer[]> {
  if (jobs.length === 0) return [];
  const results = new Array<Buffer>(jobs.length);
  let next = 0;
  const pool = Array.from(
    { length: workers },
    () => new Worker(new URL("./pngWorker.mjs", import.meta.url), { workerData: { font: fontOptions } }),
  );
  try {
    await Promise.all(
      pool.map(
        (worker) =>
          new Promise<void>((done, fail) => {
            const feed = () => {
              if (next >= jobs.length) return done();
              const id = next++;
              worker.postMessage({ id, ...jobs[id] });
            };
            worker.on("message", ({ id, png }: { id: number; png: Uint8Array }) => {
              results[id] = Buffer.from(png.buffer, png.byteOffset, png.byteLength);
              feed();
            });
            worker.on("error", fail);
            feed();
          }),
      ),
    );
  } finally {
    await Promise.all(pool.map((worker) => worker.terminate()));
  }
  return results;
}
