// The tests Stryker runs for `npm run mutate`: the fast, in-process tests of
// the mutated files (schema and loader, serialiser, builds, embed snippets,
// preview paths). Browser tests, child processes and snapshot renders are left
// out: they would cost minutes per mutant on 2 cores and kill nothing more.
import { defineConfig } from "vitest/config";

export default defineConfig({
  test: {
    // MUTATE_TESTS (comma-separated globs) narrows the tests of one group's run.
    include: process.env.MUTATE_TESTS?.split(",") ?? [
      "test/schema/*.test.ts",
      "test/data/*.test.ts",
      "test/serialize.test.ts",
      // The builds through stub charts: the real charts' builds (build.test.ts, incrementalBuild.test.ts) would cost a minute per mutant.
      "test/buildStubs/*.test.ts",
      "test/incremental.test.ts",
      "test/incrementalBuildStubs.test.ts",
      "test/embed.test.ts",
      "test/publish.test.ts",
      "test/manifest.test.ts",
      "test/preview/files.test.ts",
      "test/preview/handler.test.ts",
      "test/reliability/preview.test.ts",
    ],
    globals: false,
    // Fewer generated datasets per property test (see test/data/corruption.test.ts).
    env: { LAST_POCKET_MUTATION: "1" },
    // Stryker runs one vitest at a time per worker: keep each to one thread.
    pool: "threads",
    maxWorkers: 1,
    testTimeout: 120_000,
  },
});
