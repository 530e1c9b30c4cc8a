// The entry of every preview worker. It loads jsdom, Plot and d3 at once
// (most of a worker's start-up) and runs them once, then waits: the library
// and the charts are only imported with the first request. So a spare
// worker can be started ahead of time and still load the library as it is
// when it takes over, after an edit to src/.

import { parentPort } from "node:worker_threads";
import type { WorkerReply, WorkerRequest } from "./worker.js";

export interface HostReady {
  readonly phase: "host";
  readonly ms: number;
}

const start = performance.now();
// Errors thrown by a reloaded chart then name its source line, not the bundle's.
process.setSourceMapsEnabled(true);

/** Draws a small chart with the packages alone, so their code is compiled before the first real render. */
async function warmPackages(): Promise<void> {
  const [{ JSDOM }, Plot, d3] = await Promise.all([import("jsdom"), import("@observablehq/plot"), import("d3")]);
  const { document } = new JSDOM("<!DOCTYPE html><html><body></body></html>").window;
  const days = d3.utcDays(new Date(Date.UTC(2018, 8, 10)), new Date(Date.UTC(2019, 2, 23)), 7);
  const rows = days.map((date, i) => ({ date, value: (i * 37) % 100, group: i % 3 }));
  for (let run = 0; run < 3; run++) {
    const svg = Plot.plot({
      document,
      width: 720,
      height: 300,
      x: { type: "utc" },
      marks: [
        Plot.gridY(),
        Plot.areaY(rows, { x: "date", y: "value", fillOpacity: 0.1 }),
        Plot.lineY(rows, { x: "date", y: "value", stroke: "group" }),
        Plot.dot(rows, { x: "date", y: "value" }),
        Plot.ruleX(rows.slice(0, 3), { x: "date", strokeDasharray: "3 3" }),
        Plot.text(rows.slice(0, 3), { x: "date", y: "value", text: (d) => d3.utcFormat("%b %d")(d.date) }),
        Plot.axisX({ ticks: d3.utcMonth }),
      ],
    });
    document.body.append(svg);
    void document.body.innerHTML;
    svg.remove();
  }
}

const service = (async () => {
  await warmPackages();
  parentPort?.postMessage({ phase: "host", ms: performance.now() - start } satisfies HostReady);
})();

let loaded: Promise<typeof import("./worker.js")> | undefined;

parentPort?.on("message", async (request: WorkerRequest) => {
  await service;
  loaded ??= import("./worker.js");
  const { handle } = await loaded;
  await handle(request, (reply: WorkerReply) => parentPort?.postMessage(reply));
});
