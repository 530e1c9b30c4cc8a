// The preview reloads an edited chart in its warm worker: the new code is on
// disk without a new worker, a chart that fails to compile or render keeps
// its last good version with the error in the page, and an edit to src/ is
// taken by the spare worker. Runs on a copy of the project.

import { readFileSync } from "node:fs";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, test } from "vitest";
import { registry } from "../../charts/registry.js";
import { isLibraryEdit, type Preview, startPreview } from "../../src/preview/server.js";
import { fetchPage, previewCopy, saveAndBuild } from "../helpers/preview.js";

let root: string;
let out: string;
let preview: Preview;
const logs: string[] = [];

let copy: ReturnType<typeof previewCopy> | undefined;

beforeAll(async () => {
  copy = previewCopy("last-pocket-hot-");
  ({ root, out } = copy);
  // Loading the three charts counts 3 reloads: the worker is due for replacement after 3 more.
  // One first load per chart, then the edits below: the replacement is due after the version that threw.
  const maxReloads = registry.length + 3;
  preview = await startPreview({ root, out, port: 0, log: (line) => logs.push(line), maxReloads, maxHeapMb: 4096 });
  await preview.ready;
  await preview.workers.settled();
}, 120_000);

afterAll(async () => {
  await preview?.close();
  copy?.remove();
});

const svgFile = () => join(out, "casualties", "casualties-fr-720-light.svg");
const stringsFile = () => join(root, "charts", "casualties", "casualties.strings.ts");
const moduleFile = () => join(root, "charts", "casualties", "casualties.ts");

/** Saves a file and waits until the preview has built it. */
const save = (file: string, text: string) => saveAndBuild(preview, file, text);

const page = () => fetchPage(preview.url);

describe("the preview's chart reload", () => {
  test("a strings edit reaches the SVG without a new worker", async () => {
    const original = readFileSync(stringsFile(), "utf8");
    const started = preview.workers.started;
    try {
      await save(stringsFile(), original.replace("bataille du dernier réduit", "bataille du dernier réduit (modifié)"));
      expect(readFileSync(svgFile(), "utf8")).toContain("bataille du dernier réduit (modifié)");
      expect(preview.workers.started).toBe(started);
    } finally {
      await save(stringsFile(), original);
    }
    expect(readFileSync(svgFile(), "utf8")).not.toContain("(modifié)");
  }, 60_000);

  test("a chart module that does not compile keeps the last good chart and shows the error with its line", async () => {
    const original = readFileSync(moduleFile(), "utf8");
    const before = readFileSync(svgFile(), "utf8");
    try {
      await save(moduleFile(), original.replace("const GROUP_ORDER", "const GROUP_ORDER = ;\nconst unused"));
      expect(readFileSync(svgFile(), "utf8")).toBe(before);
      const body = await page();
      expect(body).toMatch(/role="alert"[^>]*>[^<]*charts\/casualties\/casualties\.ts:\d+:\d+: /);
      expect(logs.join("\n")).toMatch(/chart error, showing its last good version: charts\/casualties\/casualties\.ts:\d+:\d+/);
    } finally {
      await save(moduleFile(), original);
    }
    expect(await page()).not.toContain('role="alert"');
  }, 60_000);

  test("a chart module that throws at one width keeps the last good chart at every width", async () => {
    const original = readFileSync(moduleFile(), "utf8");
    const files = ["casualties-fr-720-light.svg", "casualties-fr-360-light.svg", "casualties-en-720-dark.svg"];
    const before = files.map((name) => readFileSync(join(out, "casualties", name), "utf8"));
    const signature = "function render(dataset: Dataset, options: ChartOptions): SVGSVGElement {";
    expect(original).toContain(signature);
    try {
      const broken = original
        .replace("height: { narrow: 300, wide: 340 }", "height: { narrow: 300, wide: 350 }")
        .replace(signature, `${signature}\n  if (options.width === 360) throw new Error("too narrow");`);
      await save(moduleFile(), broken);
      expect(files.map((name) => readFileSync(join(out, "casualties", name), "utf8"))).toEqual(before);
      expect(await page()).toMatch(/charts\/casualties\/casualties\.ts:\d+:\d+: too narrow/);
    } finally {
      await save(moduleFile(), original);
    }
  }, 60_000);

  test("after maxReloads chart reloads, a warmed replacement takes over in the background", async () => {
    // Three reloads so far after each chart's first load: two strings versions and the version that threw.
    await preview.workers.settled();
    expect(preview.workers.recycled).toBe(1);
    expect(logs.join("\n")).toContain(`replacing the build worker in the background (${registry.length + 3} chart reloads`);
    const original = readFileSync(stringsFile(), "utf8");
    await save(stringsFile(), original.replace("bataille du dernier réduit", "bataille du dernier réduit (après)"));
    expect(readFileSync(svgFile(), "utf8")).toContain("(après)");
  }, 90_000);

  test("an edit to src/ is built by the spare worker, with the new library", async () => {
    const file = join(root, "src", "render", "theme.ts");
    const original = readFileSync(file, "utf8");
    await preview.workers.settled();
    const started = preview.workers.started;
    // The last test: the copy is not restored (that would be one more full build).
    await save(file, original.replace('grid: "#e3e3e3"', 'grid: "#e3e3e4"'));
    expect(readFileSync(svgFile(), "utf8")).toContain('stroke="#e3e3e4"');
    // The spare took over; one more was started to be the next spare.
    await preview.workers.settled();
    expect(preview.workers.started).toBe(started + 1);
  }, 90_000);
});

describe("isLibraryEdit", () => {
  test("is true for src/, the shared code and charts/ helpers the registry does not list; false for a chart's own modules and data", () => {
    expect(isLibraryEdit("src/render/theme.ts")).toBe(true);
    expect(isLibraryEdit("src/render/layout/labels.ts")).toBe(true);
    expect(isLibraryEdit("charts/registry.ts")).toBe(true);
    expect(isLibraryEdit("charts/index.ts")).toBe(true);
    expect(isLibraryEdit("data/schema.ts")).toBe(true);
    expect(isLibraryEdit("package-lock.json")).toBe(true);
    expect(isLibraryEdit("charts/helpers.ts")).toBe(true);
    expect(isLibraryEdit("charts/casualties/casualties.ts")).toBe(false);
    expect(isLibraryEdit("charts/casualties/casualties.strings.ts")).toBe(false);
    expect(isLibraryEdit("data/casualties.csv")).toBe(false);
  });
});
