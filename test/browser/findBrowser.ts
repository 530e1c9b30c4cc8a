// Where a Chromium for the browser tests is found: the CHROMIUM_PATH variable,
// the usual executables on PATH, then the browsers Playwright downloaded into
// its cache. Nothing is ever downloaded here.

import { existsSync, readdirSync } from "node:fs";
import { homedir } from "node:os";
import { delimiter, join } from "node:path";

const defaults = {
  executables: ["chromium", "chromium-browser", "google-chrome", "google-chrome-stable"],
  /** Inside each Playwright cache folder (chromium-NNNN, chromium_headless_shell-NNNN). */
  playwrightBinaries: [
    "chrome-linux/chrome",
    "chrome-linux64/chrome",
    "chrome-headless-shell-linux64/chrome-headless-shell",
    "chrome-linux/headless_shell",
    "chrome-mac/Chromium.app/Contents/MacOS/Chromium",
    "chrome-win/chrome.exe",
  ],
};

/** Where we looked, for the message shown when nothing was found. */
export const BROWSER_PLACES = "CHROMIUM_PATH, chromium, chromium-browser, google-chrome on PATH, Playwright's cache";

/** How to get the browser tests running, in one line. */
export const BROWSER_HINT =
  "install Chromium (apt-get install chromium, or npx playwright install chromium) or set CHROMIUM_PATH, then run npm run test:slow";

function onPath(name: string, env: NodeJS.ProcessEnv): string | undefined {
  for (const folder of (env.PATH ?? "").split(delimiter).filter(Boolean)) {
    const path = join(folder, name);
    if (existsSync(path)) return path;
  }
  return undefined;
}

function inPlaywrightCache(env: NodeJS.ProcessEnv): string | undefined {
  const cache = env.PLAYWRIGHT_BROWSERS_PATH || join(homedir(), ".cache", "ms-playwright");
  if (!existsSync(cache)) return undefined;
  const folders = readdirSync(cache)
    .filter((name) => /^chromium(_headless_shell)?-\d+$/.test(name))
    .sort((a, b) => Number(b.split("-")[1]) - Number(a.split("-")[1]));
  for (const folder of folders)
    for (const binary of defaults.playwrightBinaries) if (existsSync(join(cache, folder, binary))) return join(cache, folder, binary);
  return undefined;
}

/** The path of a Chromium-family browser, or undefined when there is none. */
export function findBrowser(env: NodeJS.ProcessEnv = process.env): string | undefined {
  if (env.CHROMIUM_PATH) return existsSync(env.CHROMIUM_PATH) ? env.CHROMIUM_PATH : undefined;
  for (const name of defaults.executables) {
    const path = onPath(name, env);
    if (path) return path;
  }
  return inPlaywrightCache(env);
}

/**
 * The Chromium every browser test launches: one lookup, one message. Outside
 * CI, vitest.config.ts leaves the browser files out when there is none; in CI a
 * missing browser fails the file here with this line, never with Playwright's.
 */
export function browserForTests(env: NodeJS.ProcessEnv = process.env): string {
  const path = findBrowser(env);
  if (!path) throw new Error(`no Chromium found for the browser tests (looked in ${BROWSER_PLACES}): ${BROWSER_HINT}`);
  return path;
}

/** `browserForTests`, looked up when a test first launches the browser (inside its hook, so the failure is the test's). */
export function lazyBrowser(env: NodeJS.ProcessEnv = process.env): () => string {
  let path: string | undefined;
  return () => {
    path ??= browserForTests(env);
    return path;
  };
}
