// The notebook in a real browser: Debian's Chromium driven by playwright-core.
// The preview builds a temporary copy of the project into a copy of output/,
// so the test can edit a data file and watch the page reload while other test
// files, running in parallel, read the real data/ and output/.

import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { createRequire } from "node:module";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { pathToFileURL } from "node:url";
import { type Browser, chromium, type Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, test } from "vitest";
import { charts } from "../../charts/index.js";
import { PROJECT_ROOT } from "../../src/cli/root.js";
import { type Preview, startPreview } from "../../src/preview/server.js";
import { lazyBrowser } from "./findBrowser.js";

// One lookup for every browser test: in CI a missing browser fails with the project's line, not Playwright's.
const CHROMIUM = lazyBrowser();
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
  browser = await chromium.launch({ executablePath: CHROMIUM(), args: ARGS });
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
      expect(images.length).toBe(charts.length);
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
    expect(copied).toBe(await page.textContent("#territory-embed-auto"));
    expect(copied).toContain('<picture lang="fr">');
    expect(copied).toContain("prefers-color-scheme");
    await page.context().close();
  }, 60_000);

  test("without the clipboard API the copy button selects the code and says how to copy it; a new mode resets the label", async () => {
    const { page } = await open("index.html");
    await page.evaluate(() => Object.defineProperty(navigator, "clipboard", { value: undefined }));
    await page.click("button[data-copy='territory-embed']");
    await expect.poll(() => page.textContent("#territory-embed-status")).not.toBe("");
    // The selection is the shown snippet (a selection's text drops the final newline).
    const selected = await page.evaluate(() => getSelection()?.toString() ?? "");
    expect(selected.trim()).toBe(((await page.textContent("#territory-embed-auto")) ?? "").trim());
    expect(selected).toContain("<picture");
    expect(await page.textContent("#territory-embed-status")).toBe("Code sélectionné\u00a0: copiez-le avec Ctrl+C (⌘C sur Mac).");
    expect(await page.getAttribute("#territory-embed-status", "role")).toBe("status");
    await page.context().close();
    const second = await open("index.html");
    await second.page.click("button[data-copy='territory-embed']");
    await expect.poll(() => second.page.textContent("button[data-copy='territory-embed']")).toBe("Copié");
    expect(await second.page.textContent("#territory-embed-status")).toBe("Copié");
    await second.page.click("input[name='territory-embed'][value='dark']");
    expect(await second.page.textContent("button[data-copy='territory-embed']")).toBe("Copier le code");
    expect(await second.page.textContent("#territory-embed-status")).toBe("");
    await second.page.context().close();
  }, 60_000);

  test("the embed code offers three theme modes: the chosen one is shown and copied", async () => {
    const { page } = await open("index.html");
    expect(await page.isVisible("#territory-embed-auto")).toBe(true);
    expect(await page.isVisible("#territory-embed-light")).toBe(false);
    await page.click("input[name='territory-embed'][value='light']");
    expect(await page.isVisible("#territory-embed-light")).toBe(true);
    expect(await page.isVisible("#territory-embed-auto")).toBe(false);
    await page.click("button[data-copy='territory-embed']");
    const copied = await page.evaluate(() => navigator.clipboard.readText());
    expect(copied).toBe(await page.textContent("#territory-embed-light"));
    expect(copied).not.toContain("dark");
    expect(await page.textContent("#territory-embed-paths")).toContain("territory/");
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

describe("the notebook from file://", () => {
  for (const page of ["index.html", "index.en.html"]) {
    test(`${page} opened as a file shows every chart, with no console error and no failed request`, async () => {
      const context = await browser.newContext({ viewport: { width: 1200, height: 900 } });
      const tab = await context.newPage();
      const problems: string[] = [];
      tab.on("console", (message) => message.type() === "error" && problems.push(message.text()));
      tab.on("pageerror", (error) => problems.push(error.message));
      tab.on("requestfailed", (request) => problems.push(`failed: ${request.url()}`));
      try {
        await tab.goto(pathToFileURL(join(out, page)).href, { waitUntil: "load" });
        const images = await tab.$$eval("img", (imgs) => imgs.map((img) => ({ src: img.currentSrc, width: img.naturalWidth })));
        expect(images.length, `images in ${page} from file://`).toBe(charts.length);
        for (const image of images) expect(image.width, `${image.src} did not decode from file://`).toBeGreaterThan(0);
        expect(problems, `problems in ${page} from file://`).toEqual([]);
      } finally {
        await context.close();
      }
    }, 60_000);
  }
});

describe("the live preview", () => {
  test("listens on 127.0.0.1 only, and never serves a real file outside output/, however the path is written", async () => {
    const address = preview.server.address();
    expect(typeof address === "object" && address?.address, "address the preview listens on").toBe("127.0.0.1");
    // A real file beside output/: a naive join would serve it.
    const secret = "secret outside output";
    writeFileSync(join(root, "secret.txt"), secret);
    const { request } = await import("node:http");
    const get = (path: string) =>
      new Promise<{ status?: number; body: string }>((done, fail) => {
        request(new URL(preview.url), { path, method: "GET" }, (response) => {
          let body = "";
          response.on("data", (chunk) => {
            body += chunk;
          });
          response.on("end", () => done({ status: response.statusCode, body }));
        })
          .on("error", fail)
          .end();
      });
    for (const path of [
      "/../secret.txt",
      "/%2e%2e/secret.txt",
      "/..%2fsecret.txt",
      "/territory/%2e%2e%2f%2e%2e%2fsecret.txt",
      "/territory/../../secret.txt",
      "/..%5csecret.txt",
      "//../secret.txt",
    ]) {
      const { status, body } = await get(path);
      expect(body, `${path} served the file outside output/`).not.toContain(secret);
      expect(status, `status of ${path}`).toBe(403);
    }
    expect((await get("/index.html")).status, "status of /index.html").toBe(200);
  });

  test("reloads the page after a data file changes, shows a data error, and recovers", async () => {
    const file = join(root, "data", "casualties.csv");
    const original = readFileSync(file, "utf8");
    const { page } = await open("index.html");
    try {
      await page.evaluate(() => Object.assign(window, { marker: true }));
      const reloaded = page.waitForEvent("load", { timeout: 30_000 });
      const broken = `${original}not,a,row\n`;
      writeFileSync(file, broken);
      await reloaded;
      expect(await page.evaluate(() => "marker" in window)).toBe(false);
      const line = broken.split("\n").indexOf("not,a,row") + 1;
      expect(await page.textContent("[role=alert]")).toContain(`data/casualties.csv, line ${line}`);
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
