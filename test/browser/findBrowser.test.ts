import { chmodSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, expect, test } from "vitest";
import { BROWSER_HINT, BROWSER_PLACES, browserForTests, findBrowser, lazyBrowser } from "./findBrowser.js";

function executable(path: string): string {
  mkdirSync(join(path, ".."), { recursive: true });
  writeFileSync(path, "#!/bin/sh\n");
  chmodSync(path, 0o755);
  return path;
}

const made: string[] = [];
afterAll(() => {
  for (const folder of made) rmSync(folder, { recursive: true, force: true });
});
const empty = () => {
  const folder = mkdtempSync(join(tmpdir(), "last-pocket-nobrowser-"));
  made.push(folder);
  return folder;
};

test("findBrowser() takes CHROMIUM_PATH first, and only when the file exists", () => {
  const path = executable(join(empty(), "my-chrome"));
  expect(findBrowser({ CHROMIUM_PATH: path, PATH: "" })).toBe(path);
  expect(findBrowser({ CHROMIUM_PATH: join(empty(), "missing"), PATH: "" })).toBeUndefined();
});

test("findBrowser() looks for chromium, chromium-browser and google-chrome on PATH", () => {
  for (const name of ["chromium", "chromium-browser", "google-chrome"]) {
    const folder = empty();
    const path = executable(join(folder, name));
    expect(findBrowser({ PATH: folder, PLAYWRIGHT_BROWSERS_PATH: empty() }), name).toBe(path);
  }
});

test("findBrowser() finds the newest Chromium in Playwright's cache, and nothing when there is none", () => {
  const cache = empty();
  executable(join(cache, "chromium-1100", "chrome-linux", "chrome"));
  const newest = executable(join(cache, "chromium-1200", "chrome-linux", "chrome"));
  expect(findBrowser({ PATH: empty(), PLAYWRIGHT_BROWSERS_PATH: cache })).toBe(newest);
  expect(findBrowser({ PATH: empty(), PLAYWRIGHT_BROWSERS_PATH: empty(), HOME: empty() })).toBeUndefined();
});

test("browserForTests() gives the browser's path, or fails with the project's one line naming where it looked and what to do", () => {
  const folder = empty();
  const path = executable(join(folder, "chromium"));
  expect(browserForTests({ PATH: folder, PLAYWRIGHT_BROWSERS_PATH: empty() })).toBe(path);
  expect(() => browserForTests({ PATH: empty(), PLAYWRIGHT_BROWSERS_PATH: empty(), HOME: empty() })).toThrow(
    `no Chromium found for the browser tests (looked in ${BROWSER_PLACES}): ${BROWSER_HINT}`,
  );
  const lazy = lazyBrowser({ PATH: empty(), PLAYWRIGHT_BROWSERS_PATH: empty(), HOME: empty() });
  expect(lazy).toThrow(/^no Chromium found/);
});
