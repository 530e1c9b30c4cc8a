// Charts that keep everything of the real ones (id, tables, strings, notebook,
// provenance, data table) except the drawing: each variant is a rectangle whose
// size, colour, title and description name the variant. A build of them exercises every path of
// build.ts in a second or two instead of a minute, which is what lets Stryker
// measure build.ts and incrementalBuild.ts on 2 cores.

import { charts } from "../../charts/index.js";
import type { Chart } from "../../src/render/chart.js";

export const SVG_NS = "http://www.w3.org/2000/svg";

/** A chart drawn as a titled rectangle; `mark` is added to its title, so a test can change the SVG of every variant. */
export function stubChart(chart: Chart, mark = ""): Chart {
  return {
    ...chart,
    render: (_dataset, { document, locale, width, theme }) => {
      const svg = document.createElementNS(SVG_NS, "svg") as SVGSVGElement;
      // A height of its own per width and theme, so the manifest's heights can be checked; small, so PNGs are cheap.
      const height = width / 40 + (theme.name === "dark" ? 1 : 0);
      for (const [name, value] of [
        ["width", String(width)],
        ["height", String(height)],
        ["viewBox", `0 0 ${width} ${height}`],
        ["role", "img"],
        ["aria-labelledby", `${chart.id}-title`],
        ["aria-describedby", `${chart.id}-desc`],
      ])
        svg.setAttribute(name, value);
      const title = document.createElementNS(SVG_NS, "title");
      title.id = `${chart.id}-title`;
      title.textContent = `${chart.id}${mark} ${locale} title`;
      const desc = document.createElementNS(SVG_NS, "desc");
      desc.id = `${chart.id}-desc`;
      desc.textContent = `${chart.id} ${locale} ${width} alt`;
      const rect = document.createElementNS(SVG_NS, "rect");
      rect.setAttribute("width", String(width));
      rect.setAttribute("height", String(height));
      rect.setAttribute("fill", theme.name === "dark" ? "#111" : "#eee");
      // No text is drawn: the PNG and PDF writers then need no font, which keeps a build of stubs fast.
      svg.append(title, desc, rect);
      return svg;
    },
  };
}

/** Every chart of the package, drawn as stubs. */
export const stubCharts = (mark = ""): Chart[] => charts.map((chart) => stubChart(chart, mark));
