import { spawnSync } from "node:child_process";
import { mkdirSync, mkdtempSync, readdirSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { pathToFileURL } from "node:url";
import { afterAll, describe, expect, it } from "vitest";
import { PROJECT_ROOT } from "../src/cli/root.js";

const root = mkdtempSync(join(tmpdir(), "last-pocket-code-cache-"));
afterAll(() => rmSync(root, { recursive: true, force: true }));

function writePackage(name: string, files: Record<string, string>): void {
  mkdirSync(join(root, "node_modules", name), { recursive: true });
  for (const [file, text] of Object.entries(files)) writeFileSync(join(root, "node_modules", name, file), text);
}

writePackage("common", {
  "package.json": '{ "name": "common", "main": "index.js" }',
  "index.js": `const other = require("./other.js");
module.exports = { answer: other.answer, dir: __dirname, resolved: require.resolve("./other.js"), esm: require("modern").greeting };`,
  "other.js": "exports.answer = 42;",
});
writePackage("modern", {
  "package.json": '{ "name": "modern", "type": "module", "exports": "./index.js" }',
  "index.js": 'export const greeting = "bonjour";',
});

/** Loads the package in a new process with the cache on; what it exported and what the cache did. */
function run(): { exports: unknown; hits: number; misses: number } {
  const script = `import { createRequire } from "node:module";
const { enableCodeCache } = await import(${JSON.stringify(pathToFileURL(join(PROJECT_ROOT, "src", "cli", "codeCache.mjs")).href)});
const cache = enableCodeCache(${JSON.stringify(root)});
const exports = createRequire(${JSON.stringify(join(root, "main.js"))})("common");
console.log(JSON.stringify({ exports, ...cache.save() }));`;
  const result = spawnSync(process.execPath, ["--input-type=module", "-e", script], { encoding: "utf8" });
  if (result.status !== 0) throw new Error(result.stderr);
  return JSON.parse(result.stdout);
}

const expected = {
  answer: 42,
  dir: join(root, "node_modules", "common"),
  resolved: join(root, "node_modules", "common", "other.js"),
  esm: "bonjour",
};

describe("enableCodeCache(root)", () => {
  it("compiles on the first run, then loads the same modules from the cache", () => {
    expect(run()).toEqual({ exports: expected, hits: 0, misses: 2 });
    expect(run()).toEqual({ exports: expected, hits: 2, misses: 0 });
  });

  it("treats a damaged cache file as empty", () => {
    const folder = join(root, "node_modules", ".cache", "last-pocket", "v8");
    for (const file of readdirSync(folder)) writeFileSync(join(folder, file), Buffer.from([5, 0, 0, 0, 1, 2, 255, 255, 255, 255]));
    expect(run()).toEqual({ exports: expected, hits: 0, misses: 2 });
    expect(run().hits).toBe(2);
  });

  it("recompiles a file whose source changed since it was cached", () => {
    writeFileSync(join(root, "node_modules", "common", "other.js"), "exports.answer = 43;");
    expect(run()).toEqual({ exports: { ...expected, answer: 43 }, hits: 1, misses: 1 });
  });
});
