// A corpus of ordinary Observable Plot (and d3-style) charts for the snapshot
// helper: each kind of root, mark and markup it has to keep intact. It
// imports only Plot and jsdom, so the pack-and-install test can copy it into
// another project. With `changed`, every chart differs a little, as after an edit.

import * as Plot from "@observablehq/plot";
import { JSDOM } from "jsdom";

export interface CorpusChart {
  readonly name: string;
  readonly render: (changed: boolean) => Element;
}

const window = new JSDOM("").window;
const { document } = window;
// jsdom has no layout: tip marks measure their text with getBBox. A stub sized from the text's length.
Object.assign(window.SVGElement.prototype, {
  getBBox(this: SVGElement) {
    return { x: 0, y: 0, width: (this.textContent ?? "").length * 6, height: 14 };
  },
});

const day = (n: number) => new Date(Date.UTC(2019, 0, 1 + n));
const series = (changed: boolean) =>
  Array.from({ length: 12 }, (_, i) => ({ date: day(i * 7), value: 10 + ((i * 37) % 11) + (changed && i === 5 ? 6 : 0) }));
const fruits = (changed: boolean) => [
  { name: "apples", count: 12, shop: "north" },
  { name: "pears", count: changed ? 3 : 7, shop: "north" },
  { name: "plums", count: 5, shop: "south" },
  { name: "figs", count: 9, shop: "south" },
];
const square = (x: number, y: number, size: number) => ({
  type: "Feature" as const,
  properties: { name: `${x},${y}` },
  geometry: {
    type: "Polygon" as const,
    coordinates: [
      [
        [x, y],
        [x, y + size],
        [x + size, y + size],
        [x + size, y],
        [x, y],
      ],
    ],
  },
});
const PIXEL = "data:image/png;base64,iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mP8z8BQDwAEhQGAhKmMIQAAAABJRU5ErkJggg==";
const plot = (options: Plot.PlotOptions) => Plot.plot({ document, ...options }) as Element;

/** A chart drawn without Plot, in an XML document: CDATA stylesheet, xml:space, xlink:href, numbers in exponent form. */
function handDrawn(changed: boolean): Element {
  const xml = new JSDOM(
    `<svg xmlns="http://www.w3.org/2000/svg" width="120" height="60" viewBox="0 0 120 60"><style><![CDATA[ .label > tspan { fill: #333; } ]]></style></svg>`,
    { contentType: "image/svg+xml" },
  ).window.document;
  const svg = xml.documentElement;
  const ns = "http://www.w3.org/2000/svg";
  const defs = svg.appendChild(xml.createElementNS(ns, "defs"));
  const dot = defs.appendChild(xml.createElementNS(ns, "circle"));
  dot.setAttribute("id", "dot");
  dot.setAttribute("r", "4.0000001");
  for (const [x, y] of [
    ["10", "1.5e-7"],
    ["50", "1e-7"],
    ["90", changed ? "4.5e1" : "3e1"],
  ]) {
    const use = svg.appendChild(xml.createElementNS(ns, "use"));
    use.setAttributeNS("http://www.w3.org/1999/xlink", "href", "#dot");
    use.setAttribute("x", x);
    use.setAttribute("y", y);
  }
  const text = svg.appendChild(xml.createElementNS(ns, "text"));
  text.setAttributeNS("http://www.w3.org/XML/1998/namespace", "space", "preserve");
  text.setAttribute("class", "label");
  text.setAttribute("y", "55");
  text.textContent = changed ? "two  spaces!" : "two  spaces";
  return svg;
}

export const corpus: readonly CorpusChart[] = [
  { name: "line", render: (c) => plot({ marks: [Plot.lineY(series(c), { x: "date", y: "value" }), Plot.ruleY([0])] }) },
  {
    name: "area",
    render: (c) =>
      plot({
        marks: [Plot.areaY(series(c), { x: "date", y: "value", fillOpacity: 0.3 }), Plot.lineY(series(c), { x: "date", y: "value" })],
      }),
  },
  {
    name: "bars-legend",
    render: (c) => plot({ color: { legend: true }, marks: [Plot.barY(fruits(c), { x: "name", y: "count", fill: "shop" })] }),
  },
  {
    name: "title-subtitle-caption",
    render: (c) =>
      plot({
        title: "Fruit sold",
        subtitle: c ? "By type, in crates (revised)" : "By type, in crates",
        caption: "Source: an imaginary market & <co>",
        marks: [Plot.barX(fruits(c), { y: "name", x: "count" })],
      }),
  },
  { name: "facets", render: (c) => plot({ marks: [Plot.barY(fruits(c), { fx: "shop", x: "name", y: "count" }), Plot.frame()] }) },
  {
    name: "text",
    render: (c) =>
      plot({
        marks: [
          Plot.dot(fruits(c), { x: "count", y: "name" }),
          Plot.text(fruits(c), { x: "count", y: "name", text: "name", dx: 8, textAnchor: "start", lineWidth: 5 }),
        ],
      }),
  },
  {
    name: "geo-projection",
    render: (c) =>
      plot({
        projection: { type: "mercator", domain: { type: "FeatureCollection", features: [square(30, 30, 10)] } },
        marks: [
          Plot.geo([square(30, 30, 4), square(35, 35, c ? 5 : 4)], { fill: "currentColor", fillOpacity: 0.2, stroke: "currentColor" }),
          Plot.graticule(),
        ],
      }),
  },
  {
    name: "tip",
    render: (c) =>
      plot({
        marks: [
          Plot.dot(fruits(c), { x: "name", y: "count" }),
          Plot.tip(fruits(c), { x: "name", y: "count", title: "name", anchor: "bottom" }),
        ],
      }),
  },
  {
    name: "image",
    render: (c) => plot({ marks: [Plot.image(fruits(c), { x: "name", y: "count", src: () => PIXEL, width: 20 })] }),
  },
  {
    name: "markers",
    render: (c) =>
      plot({
        marks: [
          Plot.lineY(series(c), { x: "date", y: "value", marker: "circle-stroke" }),
          Plot.lineY(series(c), { x: "date", y: (d) => d.value / 2, markerEnd: "arrow" }),
        ],
      }),
  },
  {
    name: "pattern",
    render: (c) =>
      plot({
        marks: [
          () => {
            const ns = "http://www.w3.org/2000/svg";
            const defs = document.createElementNS(ns, "defs");
            const pattern = defs.appendChild(document.createElementNS(ns, "pattern"));
            pattern.setAttribute("id", "hatch");
            pattern.setAttribute("width", "4");
            pattern.setAttribute("height", "4");
            pattern.setAttribute("patternUnits", "userSpaceOnUse");
            const line = pattern.appendChild(document.createElementNS(ns, "path"));
            line.setAttribute("d", c ? "M0,0L4,4" : "M0,4L4,0");
            line.setAttribute("stroke", "black");
            return defs as unknown as SVGElement;
          },
          Plot.barY(fruits(c), { x: "name", y: "count", fill: "url(#hatch)", stroke: "black" }),
        ],
      }),
  },
  {
    name: "links",
    render: (c) =>
      plot({ marks: [Plot.link(fruits(c), { x1: "name", y1: 0, x2: "name", y2: "count", stroke: "shop", markerEnd: "dot" })] }),
  },
  { name: "arrows", render: (c) => plot({ marks: [Plot.arrow(fruits(c), { x1: 0, y1: "name", x2: "count", y2: "name", bend: true })] }) },
  {
    name: "cells",
    render: (c) =>
      plot({
        marks: [
          Plot.cell(fruits(c), { x: "name", y: "shop", fill: "count" }),
          Plot.text(fruits(c), { x: "name", y: "shop", text: "count" }),
        ],
      }),
  },
  {
    name: "symbols-legend",
    render: (c) => plot({ symbol: { legend: true }, marks: [Plot.dot(fruits(c), { x: "count", y: "name", symbol: "shop" })] }),
  },
  {
    name: "threshold-legend",
    render: (c) =>
      plot({ color: { legend: true, type: "threshold", domain: [6, 10] }, marks: [Plot.cell(fruits(c), { x: "name", fill: "count" })] }),
  },
  {
    name: "clip-and-tiny-numbers",
    render: (c) => plot({ y: { domain: [0, 1e-6] }, marks: [Plot.lineY([1e-7, 1.5e-7, c ? 9e-7 : 3e-7], { clip: true })] }),
  },
  { name: "hand-drawn", render: handDrawn },
];
