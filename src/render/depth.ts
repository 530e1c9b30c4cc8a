// How deep a chart's elements nest, found without recursion. The serialiser,
// jsdom's cloneNode and the snapshot helper's walks recurse once per level:
// 50,000 nested <g> ran for 42 s into "Maximum call stack size exceeded". A
// chart is a few levels deep; checking first makes a runaway fail at once.

const defaults = {
  /** Levels of elements, the root included; charts here nest about 10. */
  maxDepth: 1_000,
};

export const maxNesting = defaults.maxDepth;

/** The one-line error for a tree nested deeper than `maxDepth`. */
export function nestingMessage(what: string, maxDepth = defaults.maxDepth): string {
  return `${what}: nesting deeper than ${maxDepth} levels, expected at most ${maxDepth}`;
}

/** Whether elements under `root` (one level itself) nest deeper than `maxDepth`, by an iterative walk that stops there. */
export function isNestedDeeper(root: Element, maxDepth = defaults.maxDepth): boolean {
  let node: Element = root;
  let depth = 1;
  for (;;) {
    if (depth > maxDepth) return true;
    const child = node.firstElementChild;
    if (child !== null) {
      node = child;
      depth++;
      continue;
    }
    // Up to the nearest ancestor with a next sibling; done back at the root.
    while (node !== root && node.nextElementSibling === null) {
      node = node.parentElement as Element;
      depth--;
    }
    if (node === root) return false;
    node = node.nextElementSibling as Element;
  }
}
