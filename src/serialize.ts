// Turns an SVG element into deterministic, self-contained XML: stable ids
// prefixed with the chart id, rounded coordinates, escaped text, one element
// per line so a snapshot diff reads like a review.

import { SVG_NS } from "./dom.js";

const defaults = {
  /** Decimals kept in geometry attributes. */
  precision: 2,
};

/** Attributes that hold coordinates or lengths and get rounded. */
const GEOMETRY = new Set([
  "d",
  "points",
  "transform",
  "viewBox",
  "x",
  "y",
  "x1",
  "x2",
  "y1",
  "y2",
  "cx",
  "cy",
  "r",
  "rx",
  "ry",
  "width",
  "height",
  "dx",
  "dy",
  "stroke-width",
  "font-size",
  "stroke-dasharray",
  "stroke-dashoffset",
]);
const REFERENCE = /url\(#([^)]+)\)/g;
const ID_LISTS = new Set(["aria-labelledby", "aria-describedby"]);

export function roundNumbers(value: string, precision = defaults.precision): string {
  return value.replace(/-?\d*\.\d+(?:e-?\d+)?/gi, (number) => {
    const rounded = Number(Number(number).toFixed(precision));
    return String(Object.is(rounded, -0) ? 0 : rounded);
  });
}

/** The root and every element under it, in document order (a plain walk: jsdom's selector engine is slow to warm up). */
function* descendants(root: Element): Generator<Element> {
  yield root;
  for (let child = root.firstElementChild; child !== null; child = child.nextElementSibling) yield* descendants(child);
}

/** Renames every id to `${prefix}-…`, keeping ids that already carry the prefix, and rewrites references. */
export function prefixIds(root: Element, prefix: string): void {
  const all = [...descendants(root)];
  const elements = all.filter((element) => element.hasAttribute("id"));
  const taken = new Set(elements.map((element) => element.id).filter((id) => id.startsWith(`${prefix}-`)));
  const renamed = new Map<string, string>();
  let counter = 0;
  for (const element of elements) {
    const id = element.id;
    if (id.startsWith(`${prefix}-`)) continue;
    let next: string;
    do next = `${prefix}-${++counter}`;
    while (taken.has(next));
    taken.add(next);
    renamed.set(id, next);
    element.id = next;
  }
  if (renamed.size === 0) return;
  for (const element of all) {
    for (const attribute of [...element.attributes]) {
      const { name, value } = attribute;
      let next = value.replace(REFERENCE, (match, id) => (renamed.has(id) ? `url(#${renamed.get(id)})` : match));
      if ((name === "href" || name === "xlink:href") && value.startsWith("#")) next = `#${renamed.get(value.slice(1)) ?? value.slice(1)}`;
      if (ID_LISTS.has(name))
        next = value
          .split(/\s+/)
          .map((id) => renamed.get(id) ?? id)
          .join(" ");
      if (next !== value) element.setAttribute(name, next);
    }
  }
}

export function escapeText(text: string): string {
  return text.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;");
}

export function escapeAttribute(text: string): string {
  return escapeText(text).replace(/"/g, "&quot;").replace(/\n/g, "&#10;").replace(/\r/g, "&#13;").replace(/\t/g, "&#9;");
}

function serializeNode(node: Node, out: string[], isRoot: boolean): void {
  if (node.nodeType === node.TEXT_NODE) {
    out.push(escapeText(node.nodeValue ?? ""));
    return;
  }
  if (node.nodeType !== node.ELEMENT_NODE) return; // comments and the like are dropped
  const element = node as Element;
  const name = element.localName;
  let open = `<${name}`;
  if (isRoot) open += ` xmlns="${SVG_NS}"`;
  for (const { name: key, value } of element.attributes) {
    if (key === "xmlns") continue;
    open += ` ${key}="${escapeAttribute(GEOMETRY.has(key) ? roundNumbers(value) : value)}"`;
  }
  const children: Node[] = [];
  for (let child = element.firstChild; child !== null; child = child.nextSibling)
    if (child.nodeType === child.TEXT_NODE || child.nodeType === child.ELEMENT_NODE) children.push(child);
  if (children.length === 0) {
    out.push(`${open}/>`);
    return;
  }
  out.push(`${open}>`);
  // A line break between child elements only: whitespace inside text would show.
  const breakLines = children.every((child) => child.nodeType === child.ELEMENT_NODE);
  for (const child of children) {
    if (breakLines) out.push("\n");
    serializeNode(child, out, false);
  }
  if (breakLines) out.push("\n");
  out.push(`</${name}>`);
}

/** Serialises a chart's root `<svg>`: ids prefixed with `id`, numbers rounded, one element per line. */
export function serialize(svg: SVGSVGElement, id: string): string {
  prefixIds(svg, id);
  const out: string[] = [];
  serializeNode(svg, out, true);
  out.push("\n");
  return out.join("");
}
