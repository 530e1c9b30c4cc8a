import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { Resvg } from "@resvg/resvg-js";
import { describe, expect, it } from "vitest";
import { chartList } from "../charts/list.js";
import { PROJECT_ROOT } from "../src/cli/root.js";
import { fontOptions } from "../src/publish/png.js";
import { withoutPanelClips } from "../src/publish/pngRender.mjs";

const committedSvgs = chartList
  .map((entry) => entry.id)
  .flatMap((chart) =>
    readdirSync(join(PROJECT_ROOT, "output", chart))
      .filter((file) => file.endsWith("-light.svg") && file.includes("-fr-"))
      .map((file) => ({ file, svg: readFileSync(join(PROJECT_ROOT, "output", chart, file), "utf8") })),
  );

function draw(svg: string): { pixels: Buffer; width: number } {
  const image = new Resvg(svg, { font: fontOptions }).render();
  return { pixels: Buffer.from(image.pixels), width: image.width };
}

/** The boxes of the nested <svg> panels, one pixel larger on each side for antialiased edges. */
function panels(svg: string): Array<{ x0: number; y0: number; x1: number; y1: number }> {
  return [...svg.matchAll(/<svg [^>]*>/g)].slice(1).map(([tag]) => {
    const attribute = (name: string) => Number(new RegExp(` ${name}="([\\d.]+)"`).exec(tag)?.[1] ?? 0);
    const [x, y] = [attribute("x"), attribute("y")];
    return { x0: x - 1, y0: y - 1, x1: x + attribute("width") + 1, y1: y + attribute("height") + 1 };
  });
}

describe("withoutPanelClips(svg)", () => {
  it("lets nested panels overflow and leaves the root element alone", () => {
    const svg = '<svg width="10"><svg x="1" width="5"></svg><svg y="2"></svg></svg>';
    expect(withoutPanelClips(svg)).toBe(
      '<svg width="10"><svg overflow="visible" x="1" width="5"></svg><svg overflow="visible" y="2"></svg></svg>',
    );
  });

  it("changes no pixel outside the panels of any committed chart: nothing is drawn outside a panel", () => {
    expect(committedSvgs.length).toBe(chartList.length * 2);
    for (const { file, svg } of committedSvgs) {
      const boxes = panels(svg);
      expect(boxes.length, file).toBeGreaterThan(0);
      const clipped = draw(svg);
      const unclipped = draw(withoutPanelClips(svg));
      const outside: string[] = [];
      for (let i = 0; i < clipped.pixels.length; i += 4) {
        if (clipped.pixels.readUInt32LE(i) === unclipped.pixels.readUInt32LE(i)) continue;
        const [x, y] = [(i / 4) % clipped.width, Math.floor(i / 4 / clipped.width)];
        if (!boxes.some((b) => x >= b.x0 && x < b.x1 && y >= b.y0 && y < b.y1)) outside.push(`${x},${y}`);
      }
      expect(outside.slice(0, 5), file).toEqual([]);
    }
  }, 60_000);

  it("changes pixels inside a panel by antialiasing rounding only", () => {
    const { svg } = committedSvgs.find(({ file }) => file === "territory-fr-720-light.svg") ?? committedSvgs[0];
    const [a, b] = [draw(svg).pixels, draw(withoutPanelClips(svg)).pixels];
    let large = 0;
    for (let i = 0; i < a.length; i++) if (Math.abs(a[i] - b[i]) > 2) large++;
    expect(large / a.length).toBeLessThan(1e-4);
  });
});
