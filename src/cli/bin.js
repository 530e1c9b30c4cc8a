#!/usr/bin/env node
// The package's executable: runs the CLI from its compiled bundle (see
// compile.mjs), rebuilt whenever a source file changed, with jsdom and the
// other CommonJS packages compiled from a V8 code cache (see codeCache.mjs).
// The bundle lives in node_modules/.cache, which may be a link to another
// tree, so the project root is passed explicitly rather than found from the
// bundle's location.
import { dirname } from "node:path";
import { fileURLToPath } from "node:url";
import { enableCodeCache } from "./codeCache.mjs";
import { compiledCli } from "./compile.mjs";

const root = dirname(dirname(dirname(fileURLToPath(import.meta.url))));
process.env.LAST_POCKET_ROOT = root;
const codeCache = enableCodeCache(root);
// With --verbose, stack traces go through the bundle's source maps to the
// source files (src/…, charts/…); without it errors are one line, so a normal
// run does not pay for reading the maps of every module it loads.
if (process.argv.includes("--verbose")) process.setSourceMapsEnabled(true);
const { url, sources } = await compiledCli();
const { main } = await import(url);
// The build's keys are made of the bytes the bundle was compiled from (see src/build/incremental.ts).
process.exitCode = await main(process.argv.slice(2), { loaded: (path) => sources.get(path) });
try {
  codeCache.save();
} catch {
  // The cache only saves time: a read-only or full disk must not fail a finished run.
}
