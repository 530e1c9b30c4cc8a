// The normalisation the snapshot helper applies to a chart, without vitest:
// usable from Jest, node --test or a script.

import { isNestedDeeper, nestingMessage } from "../render/depth.js";
import { serialize } from "../render/serialize.js";

/** An id prefix safe in `url(#…)` and `href="#…"`: letters, digits, `-` and `_`, starting with a letter. */
export function sanitizeId(name: string): string {
  const clean = name
    .normalize("NFKD")
    .replace(/[^A-Za-z0-9_-]+/g, "-")
    .replace(/^-+|-+$/g, "");
  if (clean === "") return "chart";
  return /^[A-Za-z]/.test(clean) ? clean : `id-${clean}`;
}

/** True for a root written as HTML (a Plot `<figure>`), false for an `<svg>`. */
export function isHtmlRoot(root: Element): boolean {
  return root.namespaceURI !== "http://www.w3.org/2000/svg";
}

/**
 * Serialises a copy of `root` (the caller's DOM is never changed) with
 * the build's normalisation: xmlns, coordinates rounded to 2 decimals, ids
 * renumbered with the prefix `id`, one element per line.
 */
export function serializeChart(root: Element, id: string): string {
  // jsdom's cloneNode recurses once per level: check before copying.
  if (isNestedDeeper(root)) throw new Error(nestingMessage(`<${root.localName}>`));
  return serialize(root.cloneNode(true) as Element, sanitizeId(id));
}
