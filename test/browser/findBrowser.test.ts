import { chmodSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, expect, test } from "vitest";
import { findBrowser } from "./findBrowser.js";

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
