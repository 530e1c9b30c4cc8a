// D6 (reliability review, December 2026): a chart folder removed and made
// again while the preview runs (git checkout, stash, `new`) is still watched.

import { appendFileSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterEach, expect, test } from "vitest";
import { isScratchName, type TreeWatcher, watchTree } from "../../src/preview/watch.js";

const cleanups: Array<() => void> = [];
afterEach(() => {
  for (const cleanup of cleanups.splice(0)) cleanup();
});

function tree(): { root: string; heard: string[] } {
  const root = mkdtempSync(join(tmpdir(), "last-pocket-watch-"));
  for (const folder of ["data", "src", "charts/timeline"]) mkdirSync(join(root, folder), { recursive: true });
  writeFileSync(join(root, "charts", "timeline", "timeline.ts"), "export {};\n");
  const heard: string[] = [];
  const watcher: TreeWatcher = watchTree(root, ["data", "charts", "src"], (path) => void heard.push(path));
  cleanups.push(() => {
    watcher.close();
    rmSync(root, { recursive: true, force: true });
  });
  return { root, heard };
}

/** Makes a change until the watcher reports `path`: the first events after a rescan may come before the new watch. */
async function heardAfter(heard: string[], path: string, change: () => void): Promise<boolean> {
  for (let attempt = 0; attempt < 20; attempt++) {
    heard.length = 0;
    change();
    await new Promise((done) => setTimeout(done, 50));
    if (heard.includes(path)) return true;
  }
  return false;
}

test("watchTree() reports an edit in a chart folder that was removed and made again", async () => {
  const { root, heard } = tree();
  const file = join(root, "charts", "timeline", "timeline.ts");
  expect(await heardAfter(heard, "charts/timeline/timeline.ts", () => appendFileSync(file, "//\n")), "an edit before").toBe(true);
  rmSync(join(root, "charts", "timeline"), { recursive: true });
  await new Promise((done) => setTimeout(done, 100));
  mkdirSync(join(root, "charts", "timeline"));
  writeFileSync(file, "export {};\n");
  await new Promise((done) => setTimeout(done, 100));
  expect(
    await heardAfter(heard, "charts/timeline/timeline.ts", () => appendFileSync(file, "//\n")),
    "an edit after the folder came back",
  ).toBe(true);
});

test("watchTree() reports an edit in a chart folder made after it started, and in its subfolders", async () => {
  const { root, heard } = tree();
  mkdirSync(join(root, "charts", "refugees", "parts"), { recursive: true });
  await new Promise((done) => setTimeout(done, 100));
  const file = join(root, "charts", "refugees", "parts", "bars.ts");
  expect(await heardAfter(heard, "charts/refugees/parts/bars.ts", () => appendFileSync(file, "//\n"))).toBe(true);
});

test("isScratchName() is true for editors' and the build's temporary names only", () => {
  expect(["a.ts~", ".a.ts.swp", "x.123.tmp"].map(isScratchName)).toEqual([true, true, true]);
  expect(["timeline.ts", "territory.csv", "notebook.fr.md"].map(isScratchName)).toEqual([false, false, false]);
});
