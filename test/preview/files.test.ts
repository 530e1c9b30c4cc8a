import { join } from "node:path";
import { expect, test } from "vitest";
import { resolveInside } from "../../src/preview/files.js";

const ROOT = "/srv/output";

test("resolveInside() serves files inside the folder, index.html for folders", () => {
  expect(resolveInside(ROOT, "/")).toBe(join(ROOT, "index.html"));
  expect(resolveInside(ROOT, "/territory/territory-fr.html?x=1#top")).toBe(join(ROOT, "territory/territory-fr.html"));
  expect(resolveInside(ROOT, "/index.en.html")).toBe(join(ROOT, "index.en.html"));
});

test("resolveInside() refuses every way out of the folder, encoded or not", () => {
  const attacks = [
    "/../package.json",
    "/territory/../../package.json",
    "/%2e%2e/package.json",
    "/%2E%2E/package.json",
    "/..%2fpackage.json",
    "/territory/%2e%2e%2f%2e%2e%2fpackage.json",
    "/..%5cpackage.json",
    "/%00index.html",
    "/%E0%A4%A",
    "/..",
  ];
  for (const attack of attacks) expect(resolveInside(ROOT, attack), attack).toBeUndefined();
});

test("resolveInside() serves index.html for a folder, and refuses the folder itself", () => {
  expect(resolveInside(ROOT, "/territory/")).toBe(join(ROOT, "territory/index.html"));
  expect(resolveInside(ROOT, "/./index.html#a?b")).toBe(join(ROOT, "index.html"));
  expect(resolveInside(ROOT, "/.")).toBeUndefined();
  expect(resolveInside(ROOT, "/a\\b")).toBeUndefined();
  expect(resolveInside(ROOT, "/a%5cb")).toBeUndefined();
});

test("resolveInside() refuses a .. segment even when the path would come back inside, and serves names that only contain dots", () => {
  expect(resolveInside(ROOT, "/territory/../index.html"), "/territory/../index.html").toBeUndefined();
  expect(resolveInside(ROOT, "/territory/%2e%2e/index.html"), "/territory/%2e%2e/index.html").toBeUndefined();
  expect(resolveInside(ROOT, "/v1..2.svg")).toBe(join(ROOT, "v1..2.svg"));
  expect(resolveInside(ROOT, "/notes../a.svg")).toBe(join(ROOT, "notes../a.svg"));
  expect(resolveInside(ROOT, "/a..")).toBe(join(ROOT, "a.."));
});
