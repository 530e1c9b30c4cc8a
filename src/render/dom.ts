// One jsdom document per process, created on first use and reused by every
// render. Charts receive it as an option; nothing is put on globalThis.

import { JSDOM } from "jsdom";

let shared: Document | undefined;

export function getDocument(): Document {
  shared ??= new JSDOM("<!DOCTYPE html><html><body></body></html>").window.document;
  return shared;
}

export const SVG_NS = "http://www.w3.org/2000/svg";

/** Creates an SVG element with its attributes, in the given document. */
export function svgElement<K extends keyof SVGElementTagNameMap>(
  document: Document,
  name: K,
  attributes: Record<string, string | number | undefined> = {},
  text?: string,
): SVGElementTagNameMap[K] {
  const element = document.createElementNS(SVG_NS, name);
  for (const [key, value] of Object.entries(attributes)) {
    if (value !== undefined) element.setAttribute(key, String(value));
  }
  if (text !== undefined) element.textContent = text;
  return element;
}
