// A PNG worker: renders SVG to PNG with resvg and the shipped fonts only.
// Plain JavaScript so it starts without a TypeScript loader. Fonts are passed
// as files, not buffers: resvg-js ignores buffers in Node and would fall back
// to other faces. Most SVGs are drawn with a subset of the files, which lays
// text out about four times faster (see pngFonts.mjs).
import { setFlagsFromString } from "node:v8";
import { runInNewContext } from "node:vm";
import { parentPort, workerData } from "node:worker_threads";
import { isCoveredBySubset, subsetFontFiles } from "./pngFonts.mjs";
import { renderPng } from "./pngRender.mjs";

const { font, cacheDir } = workerData;
// If the subset cannot be made, every SVG is drawn with the full files: slower, same pixels.
const subsetFont = subsetFontFiles(font.fontFiles, cacheDir).then(
  (fontFiles) => ({ ...font, fontFiles }),
  () => font,
);

// resvg's objects hold the parsed tree and the whole pixmap (21 MB for a tall
// 2x chart) in native memory that V8 does not know about, and the worker's
// JavaScript heap is so small that it hardly ever collects them: a worker held
// every pixmap of the build, about 200 MB. So after each job, a young-generation
// collection (about 1 ms), and the next job only on the next turn of the event
// loop, where Node runs the finalizers that free the native memory (queued
// messages would otherwise all be handled in one turn). The flag is turned off
// again at once, so no other context gets a global `gc`; flags are shared by
// every thread, so another worker may turn it off in between: try again.
function exposeGc() {
  for (let attempt = 1; ; attempt++) {
    setFlagsFromString("--expose-gc");
    try {
      return runInNewContext("gc");
    } catch (error) {
      if (attempt === 100) throw error;
    } finally {
      setFlagsFromString("--no-expose-gc");
    }
  }
}
const collect = exposeGc();

const jobs = [];
let running = false;

parentPort.on("message", (job) => {
  jobs.push(job);
  if (!running) void run();
});

async function run() {
  running = true;
  while (jobs.length > 0) {
    const { id, svg, scale } = jobs.shift();
    const fonts = isCoveredBySubset(svg) ? await subsetFont : font;
    const png = renderPng(svg, scale, fonts);
    parentPort.postMessage({ id, png }, [png.buffer]);
    collect({ type: "minor" });
    await new Promise((next) => setImmediate(next));
  }
  running = false;
}
