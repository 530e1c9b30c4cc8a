// `npm run mutate`: mutation testing of the code where a silent bug costs most.
// Slow on 2 cores (it is not part of `npm test` or CI); run one group with
// `npm run mutate -- --mutate src/render/serialize.ts`. Report: reports/mutation/.
/** @type {import("@stryker-mutator/api/core").PartialStrykerOptions} */
export default {
  testRunner: "vitest",
  vitest: { configFile: "vitest.mutate.config.ts" },
  mutate: [
    "data/schema.ts",
    "src/schema/*.ts",
    "data/load.ts",
    "src/render/serialize.ts",
    "src/build/incremental.ts",
    "src/build/incrementalBuild.ts",
    "src/build/build.ts",
    "src/build/derived.ts",
    "src/build/scope.ts",
    "src/publish/embed.ts",
    "src/publish/snippets.ts",
    "src/publish/baseUrl.ts",
    "src/preview/handler.ts",
    "src/preview/files.ts",
  ],
  // Each mutant runs only the tests that reach it.
  coverageAnalysis: "perTest",
  // Static mutants (module-level constants) would rerun every test for each one.
  ignoreStatic: true,
  concurrency: 2,
  // Reuses the results of mutants whose code and tests did not change since the last run.
  incremental: true,
  incrementalFile: "reports/stryker-incremental.json",
  timeoutMS: 60_000,
  reporters: ["clear-text", "progress", "html", "json"],
  htmlReporter: { fileName: "reports/mutation/index.html" },
  jsonReporter: { fileName: "reports/mutation/mutation.json" },
  cleanTempDir: "always",
  // Runs of two groups at once (each with its own --tempDirName) must not copy each other's sandboxes.
  ignorePatterns: [".stryker-tmp*", "reports"],
};
