// The notebook's prose, written in Markdown so editors change words without
// touching TypeScript: each chart's text (charts/<id>/notebook.<locale>.md),
// the page's introduction and its closing text (src/notebook/intro.<locale>.md,
// closing.<locale>.md). Rendered by markdown-it as polyglot XHTML: raw HTML is
// escaped, not passed through (html: false), void elements are closed
// (xhtmlOut), no smart quotes or link guessing. French text gets its no-break
// spaces before ; ! ? : and inside « » (typed as plain spaces); the other rules
// (thousands, units) are checked by test/typography.test.ts on the pages.

import { readFileSync } from "node:fs";
import { join } from "node:path";
import MarkdownIt from "markdown-it";
import { CliError } from "../build/errors.js";
import type { Locale } from "../render/locale/index.js";
import { frenchSpacing } from "../render/locale/spacing.js";

type Renderer = ReturnType<typeof MarkdownIt>;

export interface Prose {
  readonly intro: string;
  readonly closing: string;
  /** Per chart id, its section's text. */
  readonly charts: ReadonlyMap<string, string>;
}

function renderer(locale: Locale): Renderer {
  const md = new MarkdownIt({ html: false, xhtmlOut: true, typographer: false, linkify: false });
  if (locale === "fr")
    md.core.ruler.push("french_spacing", (state) => {
      for (const token of state.tokens)
        for (const child of token.children ?? []) if (child.type === "text") child.content = frenchSpacing(child.content);
    });
  return md;
}

const renderers: Partial<Record<Locale, Renderer>> = {};

/** The HTML of a Markdown text, without its last line break. */
export function renderMarkdown(text: string, locale: Locale): string {
  renderers[locale] ??= renderer(locale);
  return renderers[locale].render(text).trimEnd();
}

/** The rendered Markdown file at `path` (relative to `root`); a missing or empty file fails in one line naming it. */
export function readProse(root: string, path: string, what: string, locale: Locale): string {
  let text: string;
  try {
    text = readFileSync(join(root, path), "utf8");
  } catch {
    throw new CliError(`${path}: missing (${what}, in Markdown)`);
  }
  if (text.trim() === "") throw new CliError(`${path}: empty (${what}, in Markdown)`);
  return renderMarkdown(text, locale);
}

/** Every text of the notebook page in `locale`, for these charts. */
export function notebookProse(root: string, chartIds: readonly string[], locale: Locale): Prose {
  return {
    intro: readProse(root, `src/notebook/intro.${locale}.md`, "the notebook's introduction", locale),
    closing: readProse(root, `src/notebook/closing.${locale}.md`, "the notebook's closing text", locale),
    charts: new Map(
      chartIds.map((id) => [id, readProse(root, `charts/${id}/notebook.${locale}.md`, "the chart's text on the notebook page", locale)]),
    ),
  };
}
