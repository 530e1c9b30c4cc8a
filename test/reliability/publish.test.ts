// Defect 5: publishing is all or nothing, and a killed build's leftovers are
// finished or dropped by the next one.

import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterEach, expect, test } from "vitest";
import { hasLeftovers, publish, recoverPublish, STAGING } from "../../src/publish/publish.js";

const folders: string[] = [];
afterEach(() => {
  for (const folder of folders.splice(0)) rmSync(folder, { recursive: true, force: true });
});

function folderWith(files: Record<string, string>): string {
  const folder = mkdtempSync(join(tmpdir(), "last-pocket-publish-"));
  folders.push(folder);
  for (const [path, text] of Object.entries(files)) {
    mkdirSync(join(folder, path, ".."), { recursive: true });
    writeFileSync(join(folder, path), text);
  }
  return folder;
}

const read = (folder: string, path: string) => readFileSync(join(folder, path), "utf8");
const next = (folder: string, paths: string[]) => paths.map((path) => [join(folder, path), Buffer.from(`new ${path}`)] as const);

test("publish() that cannot replace one target leaves every target old, names the path, and leaves no staging", () => {
  const folder = folderWith({ "a/one.svg": "old one", "a/two.svg": "old two", blocker: "a file where a folder should be" });
  expect(() => publish(next(folder, ["a/one.svg", "a/two.svg", "blocker/three.svg"]), folder)).toThrow(/blocker\/three\.svg/);
  expect([read(folder, "a/one.svg"), read(folder, "a/two.svg")]).toEqual(["old one", "old two"]);
  expect(existsSync(join(folder, STAGING))).toBe(false);
});

test("recoverPublish() finishes a publish killed during its renames: every target new, nothing left over", () => {
  const folder = folderWith({ "a/one.svg": "old one", "a/two.svg": "old two" });
  publish(next(folder, ["a/one.svg", "a/two.svg", "a/three.svg"]), folder, { stopAfter: 1 });
  expect(read(folder, "a/two.svg")).toBe("old two");
  expect(hasLeftovers(folder)).toBe(true);
  recoverPublish(folder);
  expect(["a/one.svg", "a/two.svg", "a/three.svg"].map((path) => read(folder, path))).toEqual([
    "new a/one.svg",
    "new a/two.svg",
    "new a/three.svg",
  ]);
  expect(hasLeftovers(folder)).toBe(false);
});

test("recoverPublish() drops an uncommitted staging folder and the *.<pid>.tmp files of older builds", () => {
  const folder = folderWith({ "a/one.svg": "old one", "a/one.svg.4242.tmp": "half", [`${STAGING}/new/0`]: "staged" });
  recoverPublish(folder);
  expect(readdirSync(folder, { recursive: true }).sort()).toEqual(["a", "a/one.svg"]);
  expect(read(folder, "a/one.svg")).toBe("old one");
});

test("publish() first finishes what a killed build committed", () => {
  const folder = folderWith({ "a/one.svg": "old one" });
  publish(next(folder, ["a/one.svg", "a/two.svg"]), folder, { stopAfter: 0 });
  publish([[join(folder, "a/three.svg"), Buffer.from("three")]], folder);
  expect([read(folder, "a/one.svg"), read(folder, "a/two.svg"), read(folder, "a/three.svg")]).toEqual([
    "new a/one.svg",
    "new a/two.svg",
    "three",
  ]);
  expect(hasLeftovers(folder)).toBe(false);
});
