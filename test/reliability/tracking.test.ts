// Defect 4: the manifest and the notebook pages are owned by the build: a
// missing or edited one makes the next plain build repair it.

import { createHash } from "node:crypto";
import { expect, test } from "vitest";
import { SHARED_OUTPUTS, staleCharts } from "../../src/build/incremental.js";

const sha = (text: string) => createHash("sha256").update(text).digest("hex");

test("staleCharts() marks every chart stale when a recorded manifest or page is missing or was edited", () => {
  const keys = { a: "1", b: "2" };
  const disk = new Map<string, string>([
    ["a/x.svg", "a"],
    ["b/x.svg", "b"],
    ...SHARED_OUTPUTS.map((path) => [path, path] as [string, string]),
  ]);
  const files = Object.fromEntries([...disk].map(([path, text]) => [path, sha(text)]));
  const read = (path: string) => (disk.has(path) ? Buffer.from(disk.get(path) as string) : undefined);
  const state = { keys, files };
  expect(staleCharts(keys, state, read)).toEqual([]);
  disk.delete("index.en.html");
  expect(staleCharts(keys, state, read)).toEqual(["a", "b"]);
  disk.set("index.en.html", "index.en.html");
  disk.set("index.html", "hand edit");
  expect(staleCharts(keys, state, read)).toEqual(["a", "b"]);
  disk.set("index.html", "index.html");
  disk.set("manifest.json", "<<<<<<< HEAD\n");
  expect(staleCharts(keys, state, read)).toEqual(["a", "b"]);
});
