// A figure is the publishable frame around a chart's panels: title, subtitle,
// the panels themselves, notes and the source line, on a themed background,
// with the accessible name and description a screen reader announces.

import { svgElement } from "./dom.js";
import { separateHalos } from "./marks/halo.js";
import { FONT_STACK, type FontWeight } from "./text/font.js";
import { measureText, wrapText } from "./text/measure.js";
import type { Theme } from "./theme.js";
import { NOTE_CLASS, typeScale } from "./typeScale.js";
import { isNarrowWidth } from "./widths.js";

const defaults = {
  padding: 16,
  narrowPadding: 12,
  lineHeight: 1.3,
  gap: 10,
};

export interface FigureOptions {
  readonly document: Document;
  /** Chart id, used to prefix the figure's ids. */
  readonly id: string;
  readonly width: number;
  readonly theme: Theme;
  readonly title: string;
  readonly subtitle: string;
  /** The description a screen-reader user hears: what the chart shows and its key figures. */
  readonly alt: string;
  /** Keys printed under the subtitle, for series the panels do not label directly. */
  readonly legend?: readonly LegendItem[];
  readonly panels: readonly SVGSVGElement[];
  readonly notes: readonly string[];
  readonly source: string;
}

export interface LegendItem {
  /** line: a series; dashed: a stretch of it with no figure; dot / hollow: a point; triangle: a point off the line; span: a shaded period; diamond: a hollow diamond. */
  readonly symbol: "line" | "dashed" | "dot" | "hollow" | "triangle" | "span" | "diamond";
  readonly color: string;
  readonly label: string;
  /** The actor the colour stands for (src/render/actors.ts), as a class on the symbol. */
  readonly actorClass?: string;
}

export function isNarrow(width: number): boolean {
  return isNarrowWidth(width);
}

/** Inner width available to a figure's panels. */
export function panelWidth(width: number): number {
  return width - 2 * (isNarrow(width) ? defaults.narrowPadding : defaults.padding);
}

export function figure(options: FigureOptions): SVGSVGElement {
  const { document, id, width, theme } = options;
  const narrow = isNarrow(width);
  const padding = narrow ? defaults.narrowPadding : defaults.padding;
  const inner = width - 2 * padding;
  const svg = svgElement(document, "svg", {
    role: "img",
    "aria-labelledby": `${id}-title ${id}-desc`,
    "font-family": FONT_STACK,
    color: theme.text,
  });
  svg.append(
    svgElement(document, "title", { id: `${id}-title` }, options.title),
    svgElement(document, "desc", { id: `${id}-desc` }, options.alt),
  );
  const background = svgElement(document, "rect", { width: "100%", height: "100%", fill: theme.background });
  svg.append(background);

  const sizes = typeScale(width);
  let y = padding;
  const paragraph = (text: string, size: number, weight: FontWeight, fill: string, className?: string) => {
    for (const line of wrapText(text, inner, size, weight)) {
      y += size;
      svg.append(
        svgElement(
          document,
          "text",
          {
            x: padding,
            y,
            "font-size": size,
            "font-weight": weight === "regular" ? undefined : weight === "bold" ? 700 : 600,
            fill,
            class: className,
          },
          line,
        ),
      );
      y += size * (defaults.lineHeight - 1);
    }
  };
  paragraph(options.title, sizes.title, "bold", theme.text);
  y += 2;
  paragraph(options.subtitle, sizes.subtitle, "regular", theme.muted);
  if (options.legend?.length) y = legend(svg, options.legend, padding, y + 4, inner, theme, document, sizes.note);
  y += defaults.gap;

  for (const panel of options.panels) {
    adoptPanel(panel, sizes.tick);
    panel.setAttribute("x", String(padding));
    panel.setAttribute("y", String(y));
    svg.append(panel);
    y += Number(panel.getAttribute("height"));
    y += defaults.gap;
  }

  for (const note of options.notes) paragraph(note, sizes.note, "regular", theme.muted, NOTE_CLASS);
  if (options.notes.length > 0) y += 4;
  paragraph(options.source, sizes.note, "regular", theme.muted);
  y = Math.ceil(y + padding);

  separateHalos(svg);
  svg.setAttribute("width", String(width));
  svg.setAttribute("height", String(y));
  svg.setAttribute("viewBox", `0 0 ${width} ${y}`);
  return svg;
}

/**
 * Plot's SVG carries a stylesheet (white background, system font), a class and
 * its own 10 px type; inside a figure the panel inherits font and colours from
 * the figure, and its axes take the type scale's tick size (Plot's 10 px is
 * under the floor at every width).
 */
function adoptPanel(panel: SVGSVGElement, tickSize: number): void {
  for (const child of [...panel.children]) if (child.localName === "style") child.remove();
  panel.removeAttribute("class");
  panel.removeAttribute("font-family");
  panel.removeAttribute("style");
  panel.setAttribute("font-size", String(tickSize));
}

/** Lays legend items out left to right, wrapping to a new line when one does not fit. */
function legend(
  svg: SVGSVGElement,
  items: readonly LegendItem[],
  left: number,
  top: number,
  width: number,
  theme: Theme,
  document: Document,
  size: number,
): number {
  const keyWidth = 18;
  let x = left;
  let y = top + size;
  for (const item of items) {
    const itemWidth = keyWidth + 4 + measureText(item.label, size);
    if (x > left && x + itemWidth > left + width) {
      x = left;
      y += size * defaults.lineHeight;
    }
    const middle = y - size * 0.32;
    if (item.symbol === "line" || item.symbol === "dashed") {
      svg.append(
        svgElement(document, "line", {
          x1: x,
          x2: x + keyWidth,
          y1: middle,
          y2: middle,
          stroke: item.color,
          "stroke-width": item.symbol === "line" ? 2.5 : 1.5,
          ...(item.symbol === "dashed" ? { "stroke-dasharray": "4 3" } : {}),
          class: item.actorClass,
        }),
      );
    } else if (item.symbol === "span") {
      svg.append(svgElement(document, "rect", { x, y: middle - 6, width: keyWidth, height: 12, fill: item.color, class: item.actorClass }));
    } else if (item.symbol === "triangle" || item.symbol === "diamond") {
      const [cx, cy] = [x + keyWidth / 2, middle];
      const d =
        item.symbol === "triangle"
          ? `M${cx},${cy - 4.5}L${cx + 4.5},${cy + 3.5}L${cx - 4.5},${cy + 3.5}Z`
          : `M${cx},${cy - 5}L${cx + 4.5},${cy}L${cx},${cy + 5}L${cx - 4.5},${cy}Z`;
      svg.append(
        svgElement(document, "path", { d, fill: theme.background, stroke: item.color, "stroke-width": 1.5, class: item.actorClass }),
      );
    } else {
      const filled = item.symbol === "dot";
      svg.append(
        svgElement(document, "circle", {
          cx: x + keyWidth / 2,
          cy: middle,
          r: 3.5,
          fill: filled ? item.color : theme.background,
          stroke: item.color,
          "stroke-width": 1.5,
          class: item.actorClass,
        }),
      );
    }
    svg.append(svgElement(document, "text", { x: x + keyWidth + 4, y, "font-size": size, fill: theme.muted }, item.label));
    x += itemWidth + 14;
  }
  return y + size * (defaults.lineHeight - 1);
}
