import { defineConfig } from "vitest/config";
import { BROWSER_HINT, BROWSER_PLACES, findBrowser } from "./test/browser/findBrowser.js";

// Two projects. "unit" is what `npm test` runs everywhere (about 70 s of CPU
// on 2 cores). "slow" holds the tests that spawn whole builds, clones or installs:
// CI runs it too (CI=true), and `npm run test:slow` runs it alone.
const SLOW = ["test/concurrency.test.ts", "test/hostile.test.ts", "test/slow/*.test.ts"];
const wantsSlow =
  Boolean(process.env.CI) ||
  process.argv.some((arg, i) => arg === "--project=slow" || (arg === "slow" && process.argv[i - 1] === "--project"));

// Browser tests need a Chromium. Without one, outside CI, they are left out
// with one line saying how to run them; in CI the test file fails instead.
const browser = findBrowser();
const skipBrowser = !browser && !process.env.CI;
// vitest evaluates this file more than once in a run: say it once.
const said = globalThis as { lastPocketBrowserNotice?: boolean };
if (skipBrowser && !said.lastPocketBrowserNotice)
  console.warn(`Browser tests skipped: no Chromium found (looked in ${BROWSER_PLACES}); ${BROWSER_HINT}.`);
said.lastPocketBrowserNotice = true;

export default defineConfig({
  // `last-pocket/testing` resolves to the TypeScript sources here, to the compiled files in the package.
  resolve: { conditions: ["last-pocket-source"] },
  ssr: { resolve: { conditions: ["last-pocket-source"] } },
  test: {
    // Plot's pixel offset depends on a global `it`: keep vitest's globals off (see src/plot.ts).
    globals: false,
    projects: [
      {
        extends: true,
        test: {
          name: "unit",
          include: ["test/**/*.test.ts"],
          exclude: [
            ...SLOW,
            "test/slow/**",
            ...(skipBrowser ? ["test/browser/notebook.test.ts", "test/browser/snippets.test.ts", "test/browser/hotReload.test.ts"] : []),
          ],
          // Test files share each worker's modules: jsdom, Plot and the charts load once per worker, not once per
          // file (vitest's import time 56 s -> 12 s). No test file relies on a fresh module state.
          isolate: false,
          // vitest's default of 5 s is too short for the full-build tests on a busy shared 2-core runner; tests that set their own keep it.
          testTimeout: 30_000,
        },
      },
      ...(wantsSlow ? [{ extends: true as const, test: { name: "slow", include: SLOW, testTimeout: 300_000, hookTimeout: 300_000 } }] : []),
    ],
  },
});
