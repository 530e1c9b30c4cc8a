// The notebook page: the story chart by chart, each with its text, the chart
// through its embed snippet, its data as an accessible table with linked
// sources, downloads and the embed code with a copy button. One self-contained
// HTML file per locale that works from file:// and makes no external request.

import type { Dataset } from "../../data/load.js";
import { CliError } from "../build/errors.js";
import { EMBED_MODES, type EmbedMode, embedSnippet } from "../publish/embed.js";
import type { Chart } from "../render/chart.js";
import type { Locale } from "../render/locale/index.js";
import { escapeAttribute, escapeText } from "../render/serialize.js";
import type { Prose } from "./prose.js";
import { strings } from "./strings.js";

export interface NotebookFile {
  readonly path: string;
  readonly format: string;
  readonly scale?: number;
  readonly bytes: number;
}

export interface NotebookVariant {
  readonly locale: Locale;
  readonly width: number;
  readonly theme: "light" | "dark";
  readonly height: number;
  readonly title: string;
  readonly alt: string;
  readonly files: readonly NotebookFile[];
}

export interface NotebookChart {
  readonly id: string;
  readonly variants: readonly NotebookVariant[];
  /** The print PDFs, one per locale. */
  readonly prints?: readonly { readonly locale: Locale; readonly path: string; readonly bytes: number }[];
  readonly embeds: readonly { readonly locale: Locale; readonly mode: EmbedMode; readonly path: string }[];
}

const STYLE = `
:root { color-scheme: light dark; --bg: #ffffff; --fg: #1a1a1a; --muted: #595959; --rule: #d0d0d0; --link: #1f5f99; --code: #f4f4f4; }
@media (prefers-color-scheme: dark) { :root { --bg: #121212; --fg: #f0f0f0; --muted: #b0b0b0; --rule: #3a3a3a; --link: #7fb8ee; --code: #1e1e1e; } }
* { box-sizing: border-box; }
body { margin: 0 auto; max-width: 760px; padding: 16px; background: var(--bg); color: var(--fg); font: 17px/1.5 'Source Sans 3', 'Source Sans Pro', 'Helvetica Neue', Arial, sans-serif; }
a { color: var(--link); }
h1 { font-size: 2rem; line-height: 1.15; margin: 0.5rem 0; }
h1, h2 { text-wrap: balance; }
h2 { font-size: 1.5rem; margin: 2.5rem 0 0.5rem; border-top: 1px solid var(--rule); padding-top: 1.5rem; }
h3 { font-size: 1.05rem; margin: 1.25rem 0 0.25rem; }
.lang { text-align: right; margin: 0; }
figure { margin: 1rem 0; }
figure img { display: block; width: 100%; height: auto; }
details { margin: 1rem 0; }
summary { cursor: pointer; font-weight: 600; }
.table { overflow-x: auto; }
table { border-collapse: collapse; width: 100%; font-size: 0.9rem; }
caption { text-align: left; color: var(--muted); padding: 0.25rem 0; }
th, td { text-align: left; vertical-align: top; padding: 0.3rem 0.5rem 0.3rem 0; border-bottom: 1px solid var(--rule); }
ul.downloads { padding-left: 1.2rem; margin: 0.25rem 0; }
.modes { border: 0; padding: 0; margin: 0.25rem 0; }
.modes label { margin-right: 1rem; }
.embed pre[data-mode] { display: none; }
.embed:has(input[value="auto"]:checked) pre[data-mode="auto"],
.embed:has(input[value="light"]:checked) pre[data-mode="light"],
.embed:has(input[value="dark"]:checked) pre[data-mode="dark"] { display: block; }
.paths { color: var(--muted); font-size: 0.9rem; }
.notes { color: var(--muted); font-size: 0.95rem; }
pre { background: var(--code); padding: 0.75rem; overflow-x: auto; font-size: 0.8rem; white-space: pre-wrap; word-break: break-all; }
button { font: inherit; padding: 0.3rem 0.8rem; border: 1px solid var(--muted); border-radius: 4px; background: var(--bg); color: var(--fg); cursor: pointer; }
footer { margin-top: 3rem; color: var(--muted); font-size: 0.9rem; }
`;

// Copies the embed code of the chosen mode and says so, in the button and in a
// live region for screen readers. Where the clipboard API is missing (a page
// served over plain http) or refused, it selects the code and says how to copy
// it. Choosing another mode resets the label: "Copied" no longer holds.
const SCRIPT = `for (const button of document.querySelectorAll("button[data-copy]")) {
  const id = button.dataset.copy;
  const status = document.getElementById(\`\${id}-status\`);
  const label = button.textContent;
  const say = (text) => { status.textContent = text; };
  for (const radio of document.querySelectorAll(\`input[name="\${id}"]\`))
    radio.addEventListener("change", () => { button.textContent = label; say(""); });
  button.addEventListener("click", async () => {
    const mode = document.querySelector(\`input[name="\${id}"]:checked\`)?.value ?? "auto";
    const code = document.getElementById(\`\${id}-\${mode}\`);
    try {
      await navigator.clipboard.writeText(code.textContent);
      button.textContent = button.dataset.done;
      say(button.dataset.done);
    } catch {
      const range = document.createRange();
      range.selectNodeContents(code);
      getSelection().removeAllRanges();
      getSelection().addRange(range);
      say(button.dataset.manual);
    }
  });
}`;

export interface NotebookOptions {
  /** The base URL the snippets were built with; without it, the page says what their paths are relative to. */
  readonly baseUrl?: string;
}

/** A chart's section: its text, column headers and rows, checked to have one cell per column. */
function section(chart: Pick<Chart, "id" | "notebook" | "table">, dataset: Dataset, locale: Locale) {
  const { columns } = chart.notebook[locale];
  const rows = chart.table(dataset, locale);
  const bad = rows.findIndex((cells) => cells.length !== columns.length);
  if (bad >= 0)
    throw new CliError(
      `charts/${chart.id}/table.ts: row ${bad + 1} (${locale}) has ${rows[bad].length} cells, expected ${columns.length} (the columns of charts/${chart.id}/${chart.id}.notebook.ts)`,
    );
  return { columns, rows };
}

export function notebookPage(
  dataset: Dataset,
  charts: readonly NotebookChart[],
  modules: readonly Pick<Chart, "id" | "notebook" | "table">[],
  snippets: ReadonlyMap<string, string>,
  prose: Prose,
  locale: Locale,
  { baseUrl }: NotebookOptions = {},
): string {
  const t = strings[locale];
  const sections = charts.map((chart) => {
    const module = modules.find((m) => m.id === chart.id);
    if (!module) throw new CliError(`charts/${chart.id}: in the manifest but not in charts/list.ts`);
    const { columns, rows: cells } = section(module, dataset, locale);
    const mine = chart.variants.filter((v) => v.locale === locale);
    const file = (v: NotebookVariant, format: string, scale?: number) =>
      v.files.find((f) => f.format === format && (f.scale ?? 1) === (scale ?? 1))?.path ?? "";
    const picture = embedSnippet(
      mine.map((v) => ({
        width: v.width,
        theme: v.theme,
        height: v.height,
        svg: file(v, "svg"),
        png: file(v, "png", 1),
        png2x: file(v, "png", 2),
      })),
      mine[0].alt,
    );
    const rows = cells
      .map(
        (cells) =>
          `<tr>${cells.map((cell) => `<td>${escapeText(cell.text)}${(cell.links ?? []).map((l) => `<a href="${escapeAttribute(l.href)}">${escapeText(l.text)}</a>`).join(", ")}</td>`).join("")}</tr>`,
      )
      .join("\n");
    const downloads = mine
      .map((v) => {
        const label = `${v.width} px, ${v.theme === "light" ? (locale === "fr" ? "clair" : "light") : locale === "fr" ? "sombre" : "dark"}`;
        const link = (format: string, scale: number | undefined, text: string) =>
          `<a href="${escapeAttribute(file(v, format, scale))}" download="">${text}</a>`;
        // French puts a no-break space before the colon; English none.
        return `<li>${label}${locale === "fr" ? "\u00a0:" : ":"} ${link("svg", undefined, "SVG")}, ${link("png", 1, "PNG")}, ${link("png", 2, "PNG 2x")}</li>`;
      })
      .concat(
        (chart.prints ?? [])
          .filter((print) => print.locale === locale)
          .map(
            (print) =>
              `<li>${escapeText(t.print)}${locale === "fr" ? "\u00a0:" : ":"} <a href="${escapeAttribute(print.path)}" download="">PDF</a></li>`,
          ),
      )
      .join("\n");
    const embedId = `${chart.id}-embed`;
    // The reader gets the chart's first paragraph, then the chart; its other paragraphs (reading notes,
    // where sources disagree) follow the chart, beside the data table: the finding first.
    const [lead, notes] = leadAndNotes(prose.charts.get(chart.id) ?? "");
    return `<section aria-labelledby="${chart.id}-heading">
<h2 id="${chart.id}-heading">${escapeText(mine[0].title)}</h2>
${lead}
<figure>
${picture}</figure>
${notes ? `<div class="notes">\n${notes}\n</div>\n` : ""}<details>
<summary>${escapeText(t.data)}</summary>
<div class="table"><table>
<caption>${escapeText(mine[0].title)}</caption>
<thead><tr>${columns.map((c) => `<th scope="col">${escapeText(c)}</th>`).join("")}</tr></thead>
<tbody>
${rows}
</tbody>
</table></div>
</details>
<h3>${escapeText(t.downloads)}</h3>
<ul class="downloads">
${downloads}
</ul>
<h3>${escapeText(t.embed)}</h3>
<div class="embed">
<fieldset class="modes">
<legend>${escapeText(t.modeLegend)}</legend>
${EMBED_MODES.map((mode) => `<label><input type="radio" name="${embedId}" value="${mode}"${mode === "auto" ? ' checked="checked"' : ""} /> ${escapeText(t.modes[mode])}</label>`).join("\n")}
</fieldset>
${EMBED_MODES.map((mode) => `<pre data-mode="${mode}"><code id="${embedId}-${mode}">${escapeText(snippets.get(`${chart.id}/${locale}/${mode}`) ?? "")}</code></pre>`).join("\n")}
<p class="paths" id="${embedId}-paths">${escapeText(baseUrl ? t.absolutePaths(baseUrl) : t.relativePaths(`${chart.id}/`))}</p>
<button type="button" data-copy="${embedId}" data-done="${escapeAttribute(t.copied)}" data-manual="${escapeAttribute(t.copyManually)}" aria-describedby="${embedId}-paths">${escapeText(t.copy)}</button>
<span class="status" role="status" id="${embedId}-status"></span>
</div>
</section>`;
  });
  const other = t.otherLanguage;
  return `<!DOCTYPE html>
<html xmlns="http://www.w3.org/1999/xhtml" lang="${t.lang}">
<head>
<meta charset="utf-8" />
<meta name="viewport" content="width=device-width, initial-scale=1" />
<link rel="icon" href="data:," />
<title>${escapeText(t.title)}</title>
<style>${STYLE}</style>
</head>
<body>
<header>
<p class="lang"><a href="${other.href}" hreflang="${other.hreflang}" lang="${other.hreflang}">${escapeText(other.label)}</a></p>
<h1>${escapeText(t.title)}</h1>
${prose.intro}
</header>
<main>
${sections.join("\n")}
</main>
<footer>${prose.closing}</footer>
<script>${SCRIPT}</script>
</body>
</html>
`;
}

/** The first paragraph of a chart's rendered text, and the paragraphs after it. */
export function leadAndNotes(html: string): [lead: string, notes: string] {
  const end = html.indexOf("</p>");
  if (end < 0) return [html, ""];
  return [html.slice(0, end + 4), html.slice(end + 4).trim()];
}
