// The notebook in a real browser: Debian's Chromium driven by playwright-core.
// The preview builds a temporary copy of the project into a copy of output/,
// so the test can edit a data file and watch the page reload while other test
// files, running in parallel, read the real data/ and output/.

import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { createRequire } from "node:module";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { type Browser, chromium, type Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, test } from "vitest";
import { type Preview, startPreview } from "../../src/preview/server.js";
import { PROJECT_ROOT } from "../../src/root.js";

const CHROMIUM = process.env.CHROMIUM_PATH ?? "/usr/bin/chromium";
const ARGS = [
  "--headless",
  "--no-sandbox",
  "--disable-gpu",
  "--disable-background-networking",
  "--disable-component-update",
  "--no-first-run",
  "--disable-sync",
];
const axeSource = readFileSync(createRequire(import.meta.url).resolve("axe-core/axe.min.js"), "utf8");

let browser: Browser;
let preview: Preview;
let root: string;
let out: string;

beforeAll(async () => {
  root = mkdtempSync(join(tmpdir(), "last-pocket-preview-"));
  for (const path of ["data", "charts", "src", "package-lock.json"])
    cpSync(join(PROJECT_ROOT, path), join(root, path), { recursive: true });
  out = join(root, "output");
  cpSync(join(PROJECT_ROOT, "output"), out, { recursive: true });
  preview = await startPreview({ root, out, port: 0, log: () => {} });
  await preview.ready;
  browser = await chromium.launch({ executablePath: CHROMIUM, args: ARGS });
}, 120_000);

afterAll(async () => {
  await browser?.close();
  await preview?.close();
  rmSync(root, { recursive: true, force: true });
});

async function open(path: string, width = 390): Promise<{ page: Page; problems: string[] }> {
  const context = await browser.newContext({ viewport: { width, height: 900 } });
  await context.grantPermissions(["clipboard-read", "clipboard-write"], { origin: preview.url });
  const page = await context.newPage();
  const problems: string[] = [];
  page.on("console", (message) => message.type() === "error" && problems.push(message.text()));
  page.on("pageerror", (error) => problems.push(error.message));
  page.on("requestfailed", (request) => problems.push(`failed: ${request.url()}`));
  page.on("response", (response) => response.status() >= 400 && problems.push(`${response.status()}: ${response.url()}`));
  await page.goto(new URL(path, preview.url).href, { waitUntil: "networkidle" });
  return { page, problems };
}

describe("the notebook page", () => {
  for (const [path, width] of [
    ["index.html", 390],
    ["index.en.html", 1200],
  ] as const) {
    test(`${path} at ${width} px loads with no console error and no failed request`, async () => {
      const { page, problems } = await open(path, width);
      expect(problems).toEqual([]);
      await page.context().close();
    }, 60_000);

    test(`${path} at ${width} px: every chart image decodes`, async () => {
      const { page } = await open(path, width);
      const images = await page.$$eval("img", (imgs) => imgs.map((img) => ({ src: img.currentSrc, width: img.naturalWidth })));
      expect(images.length).toBe(3);
      for (const image of images) expect(image.width, image.src).toBeGreaterThan(0);
      await page.context().close();
    }, 60_000);

    test(`${path} has no axe-core violations`, async () => {
      const { page } = await open(path, width);
      await page.addScriptTag({ content: axeSource });
      const violations = await page.evaluate(async () => {
        const result = await (
          window as unknown as { axe: { run(): Promise<{ violations: { id: string; nodes: unknown[] }[] }> } }
        ).axe.run();
        return result.violations.map((v) => `${v.id} (${v.nodes.length})`);
      });
      expect(violations).toEqual([]);
      await page.context().close();
    }, 60_000);
  }

  test("the copy button puts the embed code on the clipboard", async () => {
    const { page } = await open("index.html");
    await page.click("button[data-copy='territory-embed']");
    const copied = await page.evaluate(() => navigator.clipboard.readText());
    expect(copied).toBe(await page.textContent("#territory-embed"));
    expect(copied).toContain("<picture>");
    await page.context().close();
  }, 60_000);

  test("the language link switches to the English page and back", async () => {
    const { page } = await open("index.html");
    await page.click("a[hreflang='en']");
    await page.waitForURL(/index\.en\.html$/);
    expect(await page.getAttribute("html", "lang")).toBe("en");
    await page.click("a[hreflang='fr']");
    await page.waitForURL(/index\.html$/);
    expect(await page.getAttribute("html", "lang")).toBe("fr");
    await page.context().close();
  }, 60_000);
});

describe("the live preview", () => {
  test("listens on 127.0.0.1 only and answers 403 to traversal, encoded or not", async () => {
    const address = preview.server.address();
    expect(typeof address === "object" && address?.address).toBe("127.0.0.1");
    const { request } = await import("node:http");
    const status = (path: string) =>
      new Promise<number | undefined>((done) => request(new URL(preview.url), { path, method: "GET" }, (r) => done(r.statusCode)).end());
    for (const path of ["/../package.json", "/%2e%2e/package.json", "/territory/%2e%2e%2f%2e%2e%2fpackage.json"]) {
      expect(await status(path), path).toBe(403);
    }
    expect(await status("/index.html")).toBe(200);
  });

  test("reloads the page after a data file changes, shows a data error, and recovers", async () => {
    const file = join(root, "data", "casualties.csv");
    const original = readFileSync(file, "utf8");
    const { page } = await open("index.html");
    try {
      await page.evaluate(() => Object.assign(window, { marker: true }));
      const reloaded = page.waitForEvent("load", { timeout: 30_000 });
      writeFileSync(file, `${original}not,a,row\n`);
      await reloaded;
      expect(await page.evaluate(() => "marker" in window)).toBe(false);
      expect(await page.textContent("[role=alert]")).toContain("data/casualties.csv, line 44");
      const recovered = page.waitForEvent("load", { timeout: 30_000 });
      writeFileSync(file, original);
      await recovered;
      expect(await page.$("[role=alert]")).toBeNull();
    } finally {
      writeFileSync(file, original);
      await page.context().close();
    }
  }, 90_000);
});
