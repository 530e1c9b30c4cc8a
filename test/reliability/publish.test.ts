// Defect 5: publishing is all or nothing, and a killed build's leftovers are
// finished or dropped by the next one.

import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterEach, expect, test } from "vitest";
import { hasLeftovers, publish, recoverPublish, STAGING, STAGING_MARK } from "../../src/publish/publish.js";

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

/** A staging folder as a build killed before its journal leaves it: marked as made by this tool, no journal. */
const uncommitted = { [`${STAGING}/${STAGING_MARK.file}`]: STAGING_MARK.text, [`${STAGING}/new/0`]: "staged" };

test("recoverPublish() drops an uncommitted staging folder of its own, and an empty one", () => {
  const folder = folderWith({ "a/one.svg": "old one", ...uncommitted });
  expect(hasLeftovers(folder)).toBe(true);
  recoverPublish(folder);
  expect(readdirSync(folder, { recursive: true }).sort()).toEqual(["a", "a/one.svg"]);
  expect(read(folder, "a/one.svg")).toBe("old one");
  mkdirSync(join(folder, STAGING));
  expect(hasLeftovers(folder)).toBe(true);
  recoverPublish(folder);
  expect(readdirSync(folder).sort()).toEqual(["a"]);
});

// Review of December 2026, D5: --out into a folder of the user's own deleted their files.
const foreign = {
  "deep/er/download.12345.tmp": "k",
  "report.2026.tmp": "k",
  "a/one.svg.4242.tmp": "k",
  [`${STAGING}/mystuff/draft.txt`]: "k",
  [`${STAGING}/journal.tmp`]: "k",
};

test("recoverPublish() removes only what the build wrote: *.<digits>.tmp files and a .publish/ without its mark stay", () => {
  const folder = folderWith(foreign);
  expect(hasLeftovers(folder), "leftovers in a folder of foreign files").toBe(false);
  recoverPublish(folder);
  for (const [path, text] of Object.entries(foreign)) expect(read(folder, path), path).toBe(text);
});

test("recoverPublish() leaves a .publish/ with a journal but without the build's mark, and publish() refuses to stage there", () => {
  const folder = folderWith({ ...foreign, "a/one.svg": "old one", [`${STAGING}/journal.json`]: '[{"target":"a/one.svg","old":true}]' });
  recoverPublish(folder);
  expect(read(folder, `${STAGING}/journal.json`)).toBe('[{"target":"a/one.svg","old":true}]');
  expect(() => publish(next(folder, ["a/one.svg"]), folder)).toThrow(
    `${join(folder, STAGING)}: a folder the build did not make, where it stages its files; move it away and build again`,
  );
  expect(read(folder, "a/one.svg")).toBe("old one");
  for (const [path, text] of Object.entries(foreign)) expect(read(folder, path), path).toBe(text);
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
