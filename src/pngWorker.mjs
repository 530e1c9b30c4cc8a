// A PNG worker: renders SVG to PNG with resvg and the shipped fonts only.
// Plain JavaScript so it starts without a TypeScript loader. Fonts are passed
// as files, not buffers: resvg-js ignores buffers in Node and would fall back
// to other faces. Most SVGs are drawn with a subset of the files, which lays
// text out about four times faster (see pngFonts.mjs).
import { parentPort, workerData } from "node:worker_threads";
import { Resvg } from "@resvg/resvg-js";
import { isCoveredBySubset, subsetFontFiles } from "./pngFonts.mjs";

const { font, cacheDir } = workerData;
// If the subset cannot be made, every SVG is drawn with the full files: slower, same pixels.
const subsetFont = subsetFontFiles(font.fontFiles, cacheDir).then(
  (fontFiles) => ({ ...font, fontFiles }),
  () => font,
);

parentPort.on("message", async ({ id, svg, scale }) => {
  const fonts = isCoveredBySubset(svg) ? await subsetFont : font;
  const png = new Resvg(svg, { fitTo: { mode: "zoom", value: scale }, font: fonts }).render().asPng();
  parentPort.postMessage({ id, png }, [png.buffer]);
});
