// How deep the elements of a snapshot's text nest, found by scanning its tags
// before jsdom parses it: jsdom's parser slows down with depth (10,000 levels
// take 9 s) and its copies recurse into a stack overflow. The count is an
// upper bound for the serialiser's output, which closes every element.

import { maxNesting } from "../render/depth.js";

/** HTML elements that have no end tag. */
const VOID = new Set(["area", "base", "br", "col", "embed", "hr", "img", "input", "link", "meta", "source", "track", "wbr"]);
/** Comments, CDATA, declarations and processing instructions (skipped), then tags: `/`, the name, and a closing `/`. */
const TOKEN =
  /<!--[\s\S]*?(?:-->|$)|<!\[CDATA\[[\s\S]*?(?:\]\]>|$)|<[!?][^>]*>|<(\/?)([A-Za-z][^\s/>]*)(?:"[^"]*"|'[^']*'|[^>"'])*?(\/?)>/g;

/** Elements that a sibling of the same kind closes without an end tag (`<li>` after `<li>`), as the HTML parser does. */
const SELF_ENDING = new Map([
  ["li", ["li"]],
  ["p", ["p"]],
  ["option", ["option"]],
  ["tr", ["tr", "td", "th"]],
  ["td", ["td", "th"]],
  ["th", ["td", "th"]],
  ["dt", ["dt", "dd"]],
  ["dd", ["dt", "dd"]],
]);

/**
 * Whether the elements in `text` nest deeper than `maxDepth`. The open
 * elements are kept as a stack, as a parser keeps them: an end tag closes the
 * innermost open element of its name and those inside it, and a stray end
 * tag (`</b>` with no `<b>` open) closes nothing, since parsers ignore it.
 */
export function isTextNestedDeeper(text: string, maxDepth = maxNesting): boolean {
  const open: string[] = [];
  TOKEN.lastIndex = 0;
  for (let match = TOKEN.exec(text); match !== null; match = TOKEN.exec(text)) {
    const [, end, tag, selfClosed] = match;
    if (tag === undefined) continue;
    const name = tag.toLowerCase();
    if (end) {
      const index = open.lastIndexOf(name);
      if (index >= 0) open.length = index;
    } else if (!selfClosed && !VOID.has(name)) {
      while (SELF_ENDING.get(name)?.includes(open[open.length - 1] ?? "")) open.pop();
      open.push(name);
      if (open.length > maxDepth) return true;
      // A script or style holds text, not elements: skip to its end tag.
      if (name === "script" || name === "style") {
        const close = name === "script" ? /<\/script/gi : /<\/style/gi;
        close.lastIndex = TOKEN.lastIndex;
        TOKEN.lastIndex = close.exec(text)?.index ?? text.length;
      }
    }
  }
  return false;
}
