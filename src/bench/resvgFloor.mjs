// The physical floor of the PNG phase: renders every SVG of a build folder
// at 1x and 2x in one thread, as a PNG worker does (same fonts, same subset,
// same SVG), and prints the CPU time of each step as JSON: text layout (parsing
// the SVG and shaping its text, in resvg's constructor), rasterising and PNG
// encoding. Usage: node resvgFloor.mjs <build folder> <font cache folder> <resvg font options as JSON>
import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { Resvg } from "@resvg/resvg-js";
import { isCoveredBySubset, subsetFontFiles } from "../publish/pngFonts.mjs";
import { withoutPanelClips } from "../publish/pngRender.mjs";

const [folder, cacheDir, fonts] = process.argv.slice(2);
const fontOptions = JSON.parse(fonts);
const subset = { ...fontOptions, fontFiles: await subsetFontFiles(fontOptions.fontFiles, cacheDir) };
const svgs = readdirSync(folder, { recursive: true })
  .filter((file) => String(file).endsWith(".svg"))
  .sort()
  .map((file) => readFileSync(join(folder, String(file)), "utf8"));
const cpu = () => {
  const { user, system } = process.cpuUsage();
  return (user + system) / 1000;
};
const ms = { layout: 0, rasterise: 0, encode: 0 };
let pngs = 0;
for (const svg of svgs) {
  for (const scale of [1, 2]) {
    const start = cpu();
    const resvg = new Resvg(withoutPanelClips(svg), {
      fitTo: { mode: "zoom", value: scale },
      font: isCoveredBySubset(svg) ? subset : fontOptions,
    });
    const laidOut = cpu();
    const image = resvg.render();
    const rasterised = cpu();
    image.asPng();
    const encoded = cpu();
    ms.layout += laidOut - start;
    ms.rasterise += rasterised - laidOut;
    ms.encode += encoded - rasterised;
    pngs++;
  }
}
process.stdout.write(`${JSON.stringify({ pngs, ...ms, total: ms.layout + ms.rasterise + ms.encode })}\n`);
