// Every committed SVG inlined into one page in Chromium, as a CMS places it:
// axe finds no violation (Plot's aria-label on plain <g> used to be 236
// serious ones), each chart is one image named by its title and described by
// its alt text, in its own language, with nothing inside it exposed; a host
// rule `* { font-family: … !important }` does not replace the chart's font;
// and the snippet's fallback <img> keeps the column's width once a sanitiser
// drops its width and height.

import { readdirSync, readFileSync } from "node:fs";
import { createRequire } from "node:module";
import { join } from "node:path";
import { type Browser, chromium } from "playwright-core";
import { afterAll, beforeAll, expect, test } from "vitest";
import { PROJECT_ROOT } from "../../src/cli/root.js";
import { lazyBrowser } from "./findBrowser.js";

const CHROMIUM = lazyBrowser();
const OUTPUT = join(PROJECT_ROOT, "output");
const axeSource = readFileSync(createRequire(import.meta.url).resolve("axe-core/axe.min.js"), "utf8");
const svgs = readdirSync(OUTPUT, { recursive: true, withFileTypes: true })
  .filter((entry) => entry.isFile() && entry.name.endsWith(".svg") && !entry.name.includes("-changed"))
  .map((entry) => ({ name: entry.name, text: readFileSync(join(entry.parentPath, entry.name), "utf8") }))
  .sort((a, b) => a.name.localeCompare(b.name));

let browser: Browser;
beforeAll(async () => {
  browser = await chromium.launch({ executablePath: CHROMIUM(), args: ["--headless", "--no-sandbox", "--disable-gpu"] });
}, 60_000);
afterAll(async () => {
  await browser?.close();
});

async function page(body: string, head = "") {
  const context = await browser.newContext({ viewport: { width: 1280, height: 800 } });
  const tab = await context.newPage();
  await tab.setContent(
    `<!DOCTYPE html><html lang="en"><head><meta charset="utf-8"><title>Article</title>${head}</head><body><main><h1>Article</h1>${body}</main></body></html>`,
  );
  return { tab, close: () => context.close() };
}

test("axe finds no violation on a page with every SVG inlined, and each is one image in its own language", async () => {
  expect(svgs.length).toBeGreaterThanOrEqual(32);
  const { tab, close } = await page(svgs.map((svg) => svg.text).join("\n"));
  await tab.addScriptTag({ content: axeSource });
  const violations = await tab.evaluate(async () => {
    const axe = (
      window as unknown as {
        axe: { run: (context: unknown, options: unknown) => Promise<{ violations: { id: string; nodes: unknown[] }[] }> };
      }
    ).axe;
    const result = await axe.run(document, { runOnly: ["wcag2a", "wcag2aa", "wcag21aa", "wcag22aa", "best-practice"] });
    return result.violations.map((v) => `${v.id}: ${v.nodes.length}`);
  });
  expect(violations).toEqual([]);
  const snapshot = await tab.locator("main").ariaSnapshot();
  // One img per chart, and no text from inside any of them.
  expect(snapshot.split("\n").filter((line) => /^- '?img\b/.test(line.trim())).length).toBe(svgs.length);
  expect(snapshot).not.toMatch(/^\s*- text:/m);
  const langs = await tab.$$eval("main > svg", (roots) => roots.map((root) => root.getAttribute("lang")));
  expect(langs).toEqual(svgs.map((svg) => (svg.name.includes("-fr-") ? "fr" : "en")));
  await close();
}, 120_000);

test("a host rule * { font-family: … !important } does not replace an inlined chart's font", async () => {
  const svg = svgs.find((s) => s.name === "territory-fr-720-light.svg") as { text: string };
  const { tab, close } = await page(svg.text, `<style>* { font-family: "Comic Sans MS", serif !important }</style>`);
  const family = await tab.$eval("svg text", (text) => getComputedStyle(text).fontFamily);
  expect(family).toMatch(/^"?territory-fr-720-light"?,/);
  await close();
});

test("the fallback <img> keeps the column's width when a sanitiser drops its width and height", async () => {
  const snippet = readFileSync(join(OUTPUT, "map", "map-fr.html"), "utf8");
  const img = /<img [^>]*\/>/.exec(snippet)?.[0] as string;
  const stripped = img
    .replace(/ (width|height)="\d+"/g, "")
    .replace(/(src|srcset)="/g, (m) => m)
    .replaceAll('="map-', `="file://${join(OUTPUT, "map")}/map-`)
    .replaceAll(", map-", `, file://${join(OUTPUT, "map")}/map-`);
  const context = await browser.newContext({ viewport: { width: 390, height: 800 }, deviceScaleFactor: 3 });
  const tab = await context.newPage();
  await tab.setContent(`<!DOCTYPE html><html><body style="margin:8px"><div style="width:374px">${stripped}</div></body></html>`);
  await tab.waitForFunction(() => (document.querySelector("img") as HTMLImageElement).complete);
  const width = await tab.$eval("img", (element) => element.getBoundingClientRect().width);
  expect(width).toBe(374);
  await context.close();
});
