import { defineConfig } from "vitest/config";
import { BROWSER_HINT, BROWSER_PLACES, findBrowser } from "./test/browser/findBrowser.js";

// Two projects. "unit" is what `npm test` runs everywhere, in about half a
// minute on 2 cores. "slow" holds what spawns whole builds, clones, installs,
// child renderers, build workers or a browser: CI runs it too (CI=true), and
// `npm run test:slow` runs it alone.
const BROWSER = [
  "test/browser/notebook.test.ts",
  "test/browser/snippets.test.ts",
  "test/browser/hotReload.test.ts",
  "test/browser/inlined.test.ts",
];
const SLOW = [
  "test/concurrency.test.ts",
  "test/hostile.test.ts",
  "test/slow/*.test.ts",
  "test/render.processes.test.ts",
  "test/data/corruption.test.ts",
  // Makes a named pipe with mkfifo.
  "test/data/specialFiles.test.ts",
  "test/preview/hotReload.test.ts",
  "test/preview/dev.test.ts",
  "test/preview/saves.test.ts",
  "test/preview/stuck.test.ts",
  "test/cliBuild.test.ts",
  "test/incrementalBuild.test.ts",
  // Builds of the real charts, compared with output/ (test/buildStubs.test.ts checks build.ts itself in seconds).
  "test/build.test.ts",
  // The snapshot helper on 18 charts, each drawn to PNG and diffed (the pack test runs it again in another project).
  "test/testing/corpus.test.ts",
  ...BROWSER,
];
const wantsSlow =
  Boolean(process.env.CI) ||
  process.argv.some((arg, i) => arg === "--project=slow" || (arg === "slow" && process.argv[i - 1] === "--project"));

// Browser tests need a Chromium. Without one, outside CI, they are left out
// with one line saying how to run them; in CI the test file fails instead.
const browser = findBrowser();
const skipBrowser = !browser && !process.env.CI;
// vitest evaluates this file more than once in a run: say it once.
const said = globalThis as { lastPocketBrowserNotice?: boolean };
if (!said.lastPocketBrowserNotice) {
  const noBrowser = `no Chromium found (looked in ${BROWSER_PLACES}); ${BROWSER_HINT}`;
  // One line, whatever is left out.
  if (!wantsSlow)
    console.warn(
      `Not run here: the slow project (browser tests, preview workers, child renderers, whole builds, clone, pack): npm run test:slow; CI runs it.${skipBrowser ? ` Its browser tests also need a Chromium: ${noBrowser}.` : ""}`,
    );
  else if (skipBrowser) console.warn(`Browser tests skipped: ${noBrowser}.`);
}
said.lastPocketBrowserNotice = true;

export default defineConfig({
  // `last-pocket/testing` resolves to the TypeScript sources here, to the compiled files in the package.
  resolve: { conditions: ["last-pocket-source"] },
  ssr: { resolve: { conditions: ["last-pocket-source"] } },
  test: {
    // Plot's pixel offset depends on a global `it`: keep vitest's globals off (see src/render/plot.ts).
    globals: false,
    projects: [
      {
        extends: true,
        test: {
          name: "unit",
          include: ["test/**/*.test.ts"],
          exclude: [...SLOW, "test/slow/**"],
          // Test files share each worker's modules: jsdom, Plot and the charts load once per worker, not once per
          // file (vitest's import time 56 s -> 12 s). No test file relies on a fresh module state.
          isolate: false,
          // vitest's default on 2 cores is 1 worker; the unit files mostly compute in-process, so 2 use both cores (43 s -> 33 s).
          maxWorkers: 2,
          // Projects with different worker counts run as groups, one after the other: unit first.
          sequence: { groupOrder: 0 },
          // vitest's default of 5 s is too short for the full-build tests on a busy shared 2-core runner; tests that set their own keep it.
          testTimeout: 30_000,
        },
      },
      ...(wantsSlow
        ? [
            {
              extends: true as const,
              test: {
                name: "slow",
                // One file at a time: these spawn builds, workers and browsers of their own.
                maxWorkers: 1,
                sequence: { groupOrder: 1 },
                include: SLOW,
                exclude: skipBrowser ? BROWSER : [],
                testTimeout: 300_000,
                hookTimeout: 300_000,
              },
            },
          ]
        : []),
    ],
  },
});
