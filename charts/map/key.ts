// The key under the map: each numbered town with its dates, in the order the
// SDF took them. One column on phones, two side by side on desktop.

import { actorClass } from "../../src/render/actors.js";
import { svgElement } from "../../src/render/dom.js";
import { wrapText } from "../../src/render/text/measure.js";
import type { Theme } from "../../src/render/theme.js";
import { typeScale } from "../../src/render/typeScale.js";
import type { Stop } from "./route.js";

const defaults = {
  lineHeight: 1.3,
  /** As on the map: wide enough for two digits at the badge size. */
  badgeRadius: { narrow: 8, wide: 7.5 },
  /** Space between entries, and between the two columns. */
  gap: 8,
  columnGap: 20,
};

export interface KeyPanelOptions {
  readonly document: Document;
  readonly theme: Theme;
  readonly width: number;
  readonly narrow: boolean;
  readonly stops: readonly Stop[];
}

export function keyPanel({ document, theme, width, narrow, stops }: KeyPanelOptions): SVGSVGElement {
  const r = defaults.badgeRadius[narrow ? "narrow" : "wide"];
  // The key spans the figure's inner width, on the same side of the phone threshold as the figure.
  const sizes = typeScale(width);
  const nameSize = sizes.directLabel;
  const lineSize = sizes.note;
  const columns = narrow ? 1 : 2;
  const columnWidth = (width - (columns - 1) * defaults.columnGap) / columns;
  const textX = 2 * r + 6;
  const perColumn = Math.ceil(stops.length / columns);
  const g: SVGElement[] = [];
  const bottoms: number[] = [];
  for (const [i, stop] of stops.entries()) {
    const column = Math.floor(i / perColumn);
    const left = column * (columnWidth + defaults.columnGap);
    let y = bottoms[column] ?? 0;
    y += nameSize;
    g.push(
      // The badge and its number are one mark (data-datum, read by test/rules), as on the map.
      svgElement(document, "circle", {
        cx: left + r,
        cy: y - nameSize * 0.35,
        r,
        fill: theme.actors.sdf,
        "data-datum": `badge-${i + 1}`,
        class: actorClass("sdf"),
      }),
      svgElement(
        document,
        "text",
        {
          x: left + r,
          y: y - nameSize * 0.35 + sizes.badge * 0.35,
          "text-anchor": "middle",
          "font-size": sizes.badge,
          "font-weight": 700,
          fill: theme.background,
          "data-datum": `badge-${i + 1}`,
        },
        String(i + 1),
      ),
      svgElement(document, "text", { x: left + textX, y, "font-size": nameSize, "font-weight": 700, fill: theme.text }, stop.name),
    );
    for (const line of stop.lines.flatMap((text) => wrapText(text, columnWidth - textX, lineSize))) {
      y += lineSize * defaults.lineHeight;
      g.push(svgElement(document, "text", { x: left + textX, y, "font-size": lineSize, fill: theme.muted }, line));
    }
    bottoms[column] = y + lineSize * (defaults.lineHeight - 1) + defaults.gap;
  }
  const height = Math.ceil(Math.max(...bottoms) - defaults.gap);
  const panel = svgElement(document, "svg", { width, height, viewBox: `0 0 ${width} ${height}` });
  panel.append(...g);
  return panel;
}
