// The embed snippets in Chromium: each mode shows the right theme whatever the
// reader's system theme, and the fallback <img> alone (as email and sanitisers
// leave it) picks the phone layout on phones, at every pixel density.

import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { pathToFileURL } from "node:url";
import { type Browser, chromium } from "playwright-core";
import { afterAll, beforeAll, expect, test } from "vitest";
import { PROJECT_ROOT } from "../../src/cli/root.js";
import { type EmbedMode, embedSnippet } from "../../src/publish/embed.js";
import { lazyBrowser } from "./findBrowser.js";

// One lookup for every browser test: in CI a missing browser fails with the project's line, not Playwright's.
const CHROMIUM = lazyBrowser();
const stem = pathToFileURL(join(PROJECT_ROOT, "output", "territory", "territory-fr")).href;
const files = ([360, 720] as const).flatMap((width) =>
  (["light", "dark"] as const).map((theme) => ({
    width,
    theme,
    height: 700,
    svg: `${stem}-${width}-${theme}.svg`,
    png: `${stem}-${width}-${theme}.png`,
    png2x: `${stem}-${width}-${theme}@2x.png`,
  })),
);

let browser: Browser;
let folder: string;

beforeAll(async () => {
  folder = mkdtempSync(join(tmpdir(), "last-pocket-snippets-"));
  browser = await chromium.launch({ executablePath: CHROMIUM(), args: ["--headless", "--no-sandbox", "--disable-gpu"] });
}, 60_000);

afterAll(async () => {
  await browser?.close();
  rmSync(folder, { recursive: true, force: true });
});

/** The file the browser chose for `html`'s first image, on a light page. */
async function chosen(html: string, width: number, scale: number, scheme: "light" | "dark"): Promise<string> {
  const page = join(folder, `page-${width}-${scale}-${scheme}.html`);
  writeFileSync(page, `<!DOCTYPE html><html><body style="margin:0;background:#fff">${html}</body></html>`);
  const context = await browser.newContext({ viewport: { width, height: 800 }, deviceScaleFactor: scale, colorScheme: scheme });
  const tab = await context.newPage();
  await tab.goto(pathToFileURL(page).href, { waitUntil: "load" });
  const src = await tab.$eval("img", (img) => (img as HTMLImageElement).currentSrc);
  await context.close();
  return src.slice(stem.length + 1);
}

for (const [mode, scheme, expected] of [
  ["auto", "light", "720-light.svg"],
  ["auto", "dark", "720-dark.svg"],
  ["light", "dark", "720-light.svg"],
  ["dark", "light", "720-dark.svg"],
] as const) {
  test(`the ${mode} snippet shows ${expected} to a reader whose system theme is ${scheme}`, async () => {
    expect(await chosen(embedSnippet(files, "alt", { mode: mode as EmbedMode }), 1200, 1, scheme)).toBe(expected);
  }, 30_000);
}

test("the light snippet shows the light phone layout to a phone in dark mode", async () => {
  expect(await chosen(embedSnippet(files, "alt", { mode: "light" }), 390, 3, "dark")).toBe("360-light.svg");
}, 30_000);

for (const [width, scale, expected] of [
  [390, 1, "360-light.png"],
  [390, 2, "360-light@2x.png"],
  [390, 3, "360-light@2x.png"],
  [1200, 1, "720-light.png"],
  [1200, 2, "720-light@2x.png"],
] as const) {
  test(`without <picture>, the fallback <img> at ${width} px and ${scale}x picks ${expected}`, async () => {
    const img = /<img [^>]*\/>/.exec(embedSnippet(files, "alt"))?.[0] ?? "";
    expect(await chosen(img, width, scale, "light")).toBe(expected);
  }, 30_000);
}
