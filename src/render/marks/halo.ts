// Halos without paint-order. Charts ask Plot for a halo the usual way (a
// background-coloured stroke with paintOrder "stroke"), but Illustrator ignores
// paint-order and Inkscape's PDF export strokes each glyph over the one before
// it. So the figure splits every such mark in two: a copy drawn first, filled
// and stroked in the halo colour, and the mark itself, fill only, above it.
// Every renderer draws that the same way.

/** What a chart spreads into a Plot text mark to get a halo in the background colour. */
export function halo(background: string) {
  return { stroke: background, strokeWidth: 4, paintOrder: "stroke" } as const;
}

const STROKE_ATTRIBUTES = ["stroke", "stroke-width", "stroke-linejoin", "stroke-opacity", "paint-order"];

function isHalo(element: Element): boolean {
  return /^\s*stroke\b/.test(element.getAttribute("paint-order") ?? "") && element.hasAttribute("stroke");
}

function* haloElements(root: Element): Generator<Element> {
  for (let child = root.firstElementChild; child !== null; child = child.nextElementSibling) {
    if (isHalo(child)) yield child;
    else yield* haloElements(child);
  }
}

/** Every element under `root` (a plain walk: jsdom's selector engine is slow to warm up). */
function* descendants(root: Element): Generator<Element> {
  for (let child = root.firstElementChild; child !== null; child = child.nextElementSibling) {
    yield child;
    yield* descendants(child);
  }
}

/** Replaces every paint-order halo under `root` by a separate halo element drawn just before its mark. */
export function separateHalos(root: Element): void {
  for (const element of [...haloElements(root)]) {
    const stroke = element.getAttribute("stroke") as string;
    const copy = element.cloneNode(true) as Element;
    copy.removeAttribute("paint-order");
    copy.removeAttribute("aria-label");
    copy.setAttribute("fill", stroke);
    copy.setAttribute("aria-hidden", "true");
    // Plot sets per-text fills on the children of some marks; the halo takes the stroke colour everywhere.
    for (const child of descendants(copy)) if (child.hasAttribute("fill")) child.setAttribute("fill", stroke);
    element.before(copy);
    for (const name of STROKE_ATTRIBUTES) element.removeAttribute(name);
  }
}
