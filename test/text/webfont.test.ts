import { createRequire } from "node:module";
import { expect, test } from "vitest";
import { charts } from "../../charts/index.js";
import { readDataset } from "../../data/read.js";
import { render } from "../../src/render/render.js";
import { subsetTtf } from "../../src/render/text/webfont.js";
import { woff2 } from "../../src/render/text/woff2.js";

const require = createRequire(import.meta.url);
const dataset = readDataset();

test("woff2() writes a WOFF2 file that Google's decoder turns back into the same tables", async () => {
  const ttf = subsetTtf("bold", "Du « califat » au dernier réduit 90 800 km²");
  const file = woff2(ttf);
  expect(file.subarray(0, 4).toString("latin1")).toBe("wOF2");
  expect(file.readUInt32BE(8)).toBe(file.length);
  expect(file.length).toBeLessThan(ttf.length);
  // wawoff2 comes with subset-font (through fontverter): Google's reference decoder in WebAssembly.
  const decoded: Uint8Array = await require("wawoff2").decompress(file);
  const tables = (sfnt: Uint8Array) => {
    const view = new DataView(sfnt.buffer, sfnt.byteOffset, sfnt.byteLength);
    return Object.fromEntries(
      Array.from({ length: view.getUint16(4) }, (_, i) => {
        const at = 12 + 16 * i;
        const tag = String.fromCharCode(...sfnt.subarray(at, at + 4));
        const offset = view.getUint32(at + 8);
        // head's checkSumAdjustment is recomputed by the decoder
        const data = Buffer.from(sfnt.subarray(offset, offset + view.getUint32(at + 12)));
        if (tag === "head") data.fill(0, 8, 12);
        return [tag, data.toString("hex")];
      }),
    );
  };
  expect(tables(decoded)).toEqual(tables(ttf));
});

for (const chart of charts) {
  const svg = render(chart, dataset, { locale: "fr", width: 720, theme: "light" });
  const id = `${chart.id}-fr-720-light`;

  test(`render(${chart.id}) embeds Source Sans 3 as WOFF2 data: URIs, under a family named after the SVG's id`, () => {
    const faces = [
      ...svg.matchAll(
        /@font-face\{font-family:"([^"]+)";font-weight:(\d+);src:url\(data:font\/woff2;base64,([A-Za-z0-9+/=]+)\) format\("woff2"\)\}/g,
      ),
    ];
    expect(faces.map((face) => face[1])).toEqual(faces.map(() => id));
    expect(faces.map((face) => face[2])).toContain("400");
    for (const [, , , data] of faces) expect(Buffer.from(data, "base64").subarray(0, 4).toString("latin1")).toBe("wOF2");
  });

  test(`render(${chart.id}) scopes its font rule to its own root id`, () => {
    expect(svg).toContain(`#${id}-figure,#${id}-figure *{font-family:"${id}",`);
    // Important, so a host page's `* { font-family: … !important }` does not win.
    expect(svg).toMatch(new RegExp(`#${id}-figure \\*\\{font-family:"${id}",[^}]+!important\\}`));
    expect(svg).toMatch(new RegExp(`^<svg [^>]* id="${id}-figure"`));
  });
}
