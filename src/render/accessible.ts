// A chart's SVG as one image to assistive technology, wherever it is placed.
// As an <img> the alt text speaks for it; inlined into a page, the root must
// do the same: named by its title, described by its desc (once each: a name
// made of both read the alt text twice), in the chart's own language, with
// nothing inside it exposed (Chromium kept every text line and tick label
// under role="img"). Plot names its marks with aria-label on plain <g>
// elements, which ARIA prohibits there (axe: aria-prohibited-attr, serious):
// the names move to data-mark, where tools and our tests still find them.

const XML_NS = "http://www.w3.org/XML/1998/namespace";
const defaults = { markAttribute: "data-mark", kept: new Set(["title", "desc", "style"]) };

/** The attribute a mark's name moves to. */
export const MARK_ATTRIBUTE = defaults.markAttribute;

function* descendants(root: Element): Generator<Element> {
  for (let child = root.firstElementChild; child !== null; child = child.nextElementSibling) {
    yield child;
    yield* descendants(child);
  }
}

/** Makes `root` (ids `${prefix}-title` and `${prefix}-desc` among its children) one accessible image in `lang`. */
export function exposeAsImage(root: SVGSVGElement, prefix: string, lang: string): void {
  root.setAttribute("role", "img");
  root.setAttribute("aria-labelledby", `${prefix}-title`);
  root.setAttribute("aria-describedby", `${prefix}-desc`);
  root.setAttribute("lang", lang);
  root.setAttributeNS(XML_NS, "xml:lang", lang);
  for (const child of root.children) if (!defaults.kept.has(child.localName)) child.setAttribute("aria-hidden", "true");
  for (const element of descendants(root)) {
    const name = element.getAttribute("aria-label");
    if (name === null) continue;
    element.removeAttribute("aria-label");
    element.setAttribute(defaults.markAttribute, name);
  }
}
