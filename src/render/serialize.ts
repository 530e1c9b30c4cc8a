// Turns an SVG element into deterministic, self-contained XML: stable ids
// prefixed with the chart id, rounded coordinates, escaped text, one element
// per line so a snapshot diff reads like a review.

import { isNestedDeeper, nestingMessage } from "./depth.js";
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

/**
 * A number with a fraction or an exponent (1.5, .5, 1e-7, 1.5e-7). Integers
 * without an exponent are left as they are: rounding cannot change them.
 */
const NUMBER = /-?(?:(?:\d+\.\d*|\.\d+)(?:e[-+]?\d+)?|\d+e[-+]?\d+)/gi;

export function roundNumbers(value: string, precision = defaults.precision): string {
  return value.replace(NUMBER, (number) => {
    const rounded = Number(Number(number).toFixed(precision));
    return String(Object.is(rounded, -0) ? 0 : rounded);
  });
}

/**
 * The root and every element under it, in document order (a plain walk: jsdom's selector engine is slow to warm up).
 * Iterative: a recursive generator costs a step per level for every element it yields.
 */
function* descendants(root: Element): Generator<Element> {
  let node: Element = root;
  for (;;) {
    yield node;
    if (node.firstElementChild !== null) {
      node = node.firstElementChild;
      continue;
    }
    while (node !== root && node.nextElementSibling === null) node = node.parentElement as Element;
    if (node === root) return;
    node = node.nextElementSibling as Element;
  }
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

const XML_NS = "http://www.w3.org/XML/1998/namespace";
const XLINK_NS = "http://www.w3.org/1999/xlink";
const XMLNS_NS = "http://www.w3.org/2000/xmlns/";
/** HTML elements written without an end tag. */
const VOID = new Set(["area", "base", "br", "col", "embed", "hr", "img", "input", "link", "meta", "source", "track", "wbr"]);
/** HTML elements whose text is written as it is (their content is not parsed for entities). */
const RAW_TEXT = new Set(["style", "script"]);

/** An attribute's name with its prefix: d3 sets `xml:space` and `xlink:href` as namespaced attributes without one. */
function qualifiedName(attribute: Attr): string {
  if (attribute.prefix || attribute.namespaceURI === null) return attribute.name;
  if (attribute.namespaceURI === XML_NS) return `xml:${attribute.localName}`;
  if (attribute.namespaceURI === XLINK_NS) return `xlink:${attribute.localName}`;
  if (attribute.namespaceURI === XMLNS_NS) return attribute.localName === "xmlns" ? "xmlns" : `xmlns:${attribute.localName}`;
  return attribute.name;
}

/** True when an element under `root` has an attribute in the xlink namespace, which the root must then declare. */
function usesXlink(root: Element): boolean {
  for (const element of descendants(root))
    for (const attribute of element.attributes) if (attribute.namespaceURI === XLINK_NS || attribute.name.startsWith("xlink:")) return true;
  return false;
}

const isSvg = (element: Element) => element.namespaceURI === SVG_NS;

function serializeNode(node: Node, out: string[], isRoot: boolean): void {
  if (node.nodeType === node.TEXT_NODE) {
    const parent = node.parentNode as Element | null;
    const raw = parent !== null && !isSvg(parent) && RAW_TEXT.has(parent.localName);
    out.push(raw ? (node.nodeValue ?? "") : escapeText(node.nodeValue ?? ""));
    return;
  }
  if (node.nodeType === node.CDATA_SECTION_NODE) {
    // Kept as CDATA (a stylesheet with `>` in it reads as written), split where the text itself holds "]]>".
    out.push(`<![CDATA[${(node.nodeValue ?? "").replace(/]]>/g, "]]]]><![CDATA[>")}]]>`);
    return;
  }
  if (node.nodeType !== node.ELEMENT_NODE) return; // comments and the like are dropped
  const element = node as Element;
  const name = element.localName;
  // An <svg> is a root when it starts the output or sits in HTML (a Plot <figure>): it declares its namespace.
  const svgRoot = name === "svg" && isSvg(element) && (isRoot || !isSvg(element.parentNode as Element));
  let open = `<${name}`;
  if (svgRoot) open += ` xmlns="${SVG_NS}"`;
  if (svgRoot && usesXlink(element)) open += ` xmlns:xlink="${XLINK_NS}"`;
  for (const attribute of element.attributes) {
    const key = qualifiedName(attribute);
    if (key === "xmlns" || key === "xmlns:xlink") continue;
    open += ` ${key}="${escapeAttribute(GEOMETRY.has(key) ? roundNumbers(attribute.value) : attribute.value)}"`;
  }
  const children: Node[] = [];
  for (let child = element.firstChild; child !== null; child = child.nextSibling)
    if (child.nodeType === child.TEXT_NODE || child.nodeType === child.ELEMENT_NODE || child.nodeType === child.CDATA_SECTION_NODE)
      children.push(child);
  const html = !isSvg(element);
  if (html && VOID.has(name)) {
    out.push(`${open}>`);
    return;
  }
  if (children.length === 0) {
    out.push(html ? `${open}></${name}>` : `${open}/>`);
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

/**
 * Serialises a chart's root: ids prefixed with `id`, numbers rounded, one
 * element per line. An `<svg>` root gives SVG; an HTML root (Plot returns a
 * `<figure>` when a chart has a title, a caption or a legend) gives HTML,
 * each `<svg>` in it declaring its namespace.
 */
export function serialize(root: Element, id: string): string {
  // serializeNode recurses once per level: a runaway nesting fails here, at once and in one line.
  if (isNestedDeeper(root)) throw new Error(nestingMessage(`<${root.localName}>`));
  prefixIds(root, id);
  const out: string[] = [];
  serializeNode(root, out, true);
  out.push("\n");
  return out.join("");
}
