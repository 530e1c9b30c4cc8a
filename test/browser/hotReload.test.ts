// The designer's loop in a real browser (Debian's Chromium, playwright-core):
// an edit to a chart module shows on the page without a new build worker,
// at the same scroll position, with the changed chart marked; a broken edit
// keeps the last good chart on screen with the error shown.

import { cpSync, mkdtempSync, readFileSync, rmSync, symlinkSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { type Browser, chromium, type Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, test } from "vitest";
import { PROJECT_ROOT } from "../../src/cli/root.js";
import { type Preview, startPreview } from "../../src/preview/server.js";
import { saveAndBuild } from "../helpers/preview.js";
import { lazyBrowser } from "./findBrowser.js";

// One lookup for every browser test: in CI a missing browser fails with the project's line, not Playwright's.
const CHROMIUM = lazyBrowser();
const ARGS = ["--headless", "--no-sandbox", "--disable-gpu", "--no-first-run", "--disable-background-networking"];

let browser: Browser;
let preview: Preview;
let root: string;

beforeAll(async () => {
  root = mkdtempSync(join(tmpdir(), "last-pocket-hot-browser-"));
  for (const path of ["data", "charts", "src", "package.json", "package-lock.json"])
    cpSync(join(PROJECT_ROOT, path), join(root, path), { recursive: true });
  symlinkSync(join(PROJECT_ROOT, "node_modules"), join(root, "node_modules"), "dir");
  cpSync(join(PROJECT_ROOT, "output"), join(root, "output"), { recursive: true });
  preview = await startPreview({ root, out: join(root, "output"), port: 0, log: () => {} });
  await preview.ready;
  await preview.workers.settled();
  browser = await chromium.launch({ executablePath: CHROMIUM(), args: ARGS });
}, 120_000);

afterAll(async () => {
  await browser?.close();
  await preview?.close();
  rmSync(root, { recursive: true, force: true });
});

/** Opens the French page at desktop width, recording which charts each load marks as changed. */
async function open(): Promise<Page> {
  const context = await browser.newContext({ viewport: { width: 1200, height: 800 } });
  const page = await context.newPage();
  await page.addInitScript(() => {
    const marked: string[] = [];
    Object.assign(window, { marked });
    new MutationObserver((records) => {
      for (const record of records) {
        const target = record.target as Element;
        if (target.hasAttribute?.("data-preview-changed")) marked.push(target.closest("section")?.getAttribute("aria-labelledby") ?? "");
      }
    }).observe(document, { attributes: true, attributeFilter: ["data-preview-changed"], subtree: true });
  });
  await page.goto(new URL("index.html", preview.url).href, { waitUntil: "load" });
  return page;
}

/** Saves the file, then waits for the builds it causes and the page's last reload. */
async function saveAndReload(page: Page, file: string, text: string): Promise<void> {
  let loads = 0;
  page.on("load", () => loads++);
  await saveAndBuild(preview, file, text);
  await expect.poll(() => loads, { timeout: 30_000 }).toBeGreaterThan(0);
  await new Promise((tick) => setTimeout(tick, 500)); // the last build's reload message
  await page.waitForLoadState("load");
}

const casualtiesImage = (page: Page) =>
  page.$eval("#casualties-heading", (heading) => {
    const img = heading.closest("section")?.querySelector("img") as HTMLImageElement;
    return { src: img.currentSrc, width: img.naturalWidth, height: img.naturalHeight };
  });

describe("the live preview in a browser", () => {
  test("an edited chart module shows without a new worker, at the same scroll position, marked", async () => {
    const file = join(root, "charts", "casualties", "casualties.ts");
    const original = readFileSync(file, "utf8");
    const page = await open();
    try {
      const before = await casualtiesImage(page);
      expect(before.src).toMatch(/casualties-fr-720-light\.svg$/);
      const y = await page.evaluate(() => {
        document.getElementById("timeline-heading")?.scrollIntoView();
        return window.scrollY;
      });
      expect(y).toBeGreaterThan(0);
      const started = preview.workers.started;
      await saveAndReload(page, file, original.replace("height: { narrow: 300, wide: 340 }", "height: { narrow: 300, wide: 400 }"));
      const after = await casualtiesImage(page);
      expect(after.height).toBe(before.height + 60);
      expect(await page.evaluate(() => window.scrollY)).toBe(y);
      expect(await page.evaluate(() => (window as unknown as { marked: string[] }).marked)).toContain("casualties-heading");
      expect(preview.workers.started).toBe(started);
    } finally {
      await saveAndBuild(preview, file, original);
      await page.context().close();
    }
  }, 90_000);

  test("a broken chart edit keeps the last good chart on screen and shows the error", async () => {
    const file = join(root, "charts", "casualties", "casualties.strings.ts");
    const original = readFileSync(file, "utf8");
    const page = await open();
    try {
      const before = await casualtiesImage(page);
      const broken = original.replace('title: "Plus de 630', 'title: Plus de 630"');
      expect(broken, "casualties.strings.ts no longer holds the French title this test breaks").not.toBe(original);
      await saveAndReload(page, file, broken);
      // The page may reload once more (a build reloads when its first variant is on disk, then at its end).
      expect(await page.locator("[role=alert]").textContent({ timeout: 30_000 })).toMatch(
        /charts\/casualties\/casualties\.strings\.ts:\d+:\d+: /,
      );
      const shown = await casualtiesImage(page);
      expect(shown.width).toBeGreaterThan(0);
      expect(shown).toEqual(before);
      await saveAndReload(page, file, original);
      // The early reload (first variant on disk) may still show the old error; the build's last reload does not.
      await expect
        .poll(
          () =>
            page.$("[role=alert]").then(
              (found) => found === null,
              () => false,
            ),
          { timeout: 30_000 },
        )
        .toBe(true);
    } finally {
      await saveAndBuild(preview, file, original);
      await page.context().close();
    }
  }, 90_000);
});
