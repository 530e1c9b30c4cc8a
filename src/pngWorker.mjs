// A PNG worker: renders SVG to PNG with resvg and the fonts it is given.
// Plain JavaScript so it starts without a TypeScript loader. Fonts are passed
// as files, not buffers: with buffers resvg matched other faces, and the PNGs
// changed.
import { parentPort, workerData } from "node:worker_threads";
import { Resvg } from "@resvg/resvg-js";

parentPort.on("message", ({ id, svg, scale }) => {
  const png = new Resvg(svg, { fitTo: { mode: "zoom", value: scale }, font: workerData.font }).render().asPng();
  parentPort.postMessage({ id, png }, [png.buffer]);
});
