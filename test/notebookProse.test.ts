// The notebook's prose is Markdown (src/notebook/prose.ts): rendered as
// strict-XML-clean XHTML, raw HTML escaped, French spacing applied, and a
// missing or empty file fails in one line naming it.

import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { JSDOM } from "jsdom";
import { expect, test } from "vitest";
import { chartList } from "../charts/list.js";
import { PROJECT_ROOT } from "../src/cli/root.js";
import { notebookProse, renderMarkdown } from "../src/notebook/prose.js";
import { LOCALES } from "../src/render/locale/index.js";
import { typographyErrors } from "../src/render/locale/typography.js";

const parsesAsXml = (html: string) => {
  const { document } = new JSDOM(`<div xmlns="http://www.w3.org/1999/xhtml">${html}</div>`, { contentType: "application/xhtml+xml" })
    .window;
  return document.documentElement.textContent ?? "";
};

test("Markdown renders paragraphs, emphasis and links as XHTML; raw HTML and entities stay inert", () => {
  expect(renderMarkdown("One *two* [three](https://example.org/?a=1&b=2).\n\nFour.\n", "en")).toBe(
    '<p>One <em>two</em> <a href="https://example.org/?a=1&amp;b=2">three</a>.</p>\n<p>Four.</p>',
  );
  const hostile = renderMarkdown('<script>alert(1)</script> & <b onclick="x">bold</b> ![pic](p.png) a  \nb\n', "en");
  expect(hostile).toBe(
    '<p>&lt;script&gt;alert(1)&lt;/script&gt; &amp; &lt;b onclick=&quot;x&quot;&gt;bold&lt;/b&gt; <img src="p.png" alt="pic" /> a<br />\nb</p>',
  );
  expect(parsesAsXml(hostile)).toContain("<script>alert(1)</script>");
  expect(renderMarkdown("[x](javascript:alert(1))\n", "en"), "markdown-it refuses javascript: links").toBe(
    "<p>[x](javascript:alert(1))</p>",
  );
});

test("French Markdown gets its no-break spaces before ; ! ? : and inside « », in text only", () => {
  expect(renderMarkdown("Le « califat » : fini ; vraiment ? [lien](https://example.org/a%20:b)\n", "fr")).toBe(
    '<p>Le «\u202fcalifat\u202f»\u00a0: fini\u202f; vraiment\u202f? <a href="https://example.org/a%20:b">lien</a></p>',
  );
  expect(renderMarkdown("Fini ; vraiment ?\n", "en"), "English is left alone").toBe("<p>Fini ; vraiment ?</p>");
});

test("every notebook text of the project parses as XML and keeps the typography rules of its locale", () => {
  for (const locale of LOCALES) {
    const prose = notebookProse(
      PROJECT_ROOT,
      chartList.map((entry) => entry.id),
      locale,
    );
    for (const [name, html] of [["intro", prose.intro], ["closing", prose.closing], ...prose.charts] as const)
      expect(typographyErrors(parsesAsXml(html), locale), `${name} (${locale})`).toEqual([]);
  }
});

test("a missing or empty Markdown file fails in one line naming it", () => {
  const root = mkdtempSync(join(tmpdir(), "last-pocket-prose-"));
  try {
    mkdirSync(join(root, "src", "notebook"), { recursive: true });
    writeFileSync(join(root, "src", "notebook", "intro.fr.md"), "Intro.\n");
    writeFileSync(join(root, "src", "notebook", "closing.fr.md"), " \n");
    expect(() => notebookProse(root, [], "fr")).toThrow("src/notebook/closing.fr.md: empty (the notebook's closing text, in Markdown)");
    writeFileSync(join(root, "src", "notebook", "closing.fr.md"), "Fin.\n");
    expect(() => notebookProse(root, ["roads"], "fr")).toThrow(
      "charts/roads/notebook.fr.md: missing (the chart's text on the notebook page, in Markdown)",
    );
  } finally {
    rmSync(root, { recursive: true, force: true });
  }
});
