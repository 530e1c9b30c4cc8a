// D2, D4 and D8 (reliability review, December 2026): chart code that never
// returns, or takes memory without end, stops its worker within a deadline
// or a heap limit; the page and the terminal name the chart; the build lock
// the worker held is released; and the next save is built. Runs on a copy.

import { readFileSync } from "node:fs";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, test } from "vitest";
import { acquireLock } from "../../src/build/effects.js";
import { lockPath } from "../../src/build/incrementalBuild.js";
import { type Preview, startPreview } from "../../src/preview/server.js";
import { fetchPage, previewCopy, saveAndBuild } from "../helpers/preview.js";

// A worker with the library, jsdom, Plot and every chart loaded uses 300 to 600 MB of heap.
// Filling 1 GB takes V8 about 4 s on a quiet machine, 10 under load: the deadline leaves it time to say so first.
const limits = { renderDeadlineMs: 15_000, heapLimitMb: 1_024 };
let root: string;
let out: string;
let preview: Preview;
const logs: string[] = [];

let copy: ReturnType<typeof previewCopy> | undefined;

beforeAll(async () => {
  copy = previewCopy("last-pocket-stuck-");
  ({ root, out } = copy);
  preview = await startPreview({ root, out, port: 0, log: (line) => logs.push(line), ...limits });
  await preview.ready;
  await preview.workers.settled();
}, 120_000);

afterAll(async () => {
  await preview?.close();
  copy?.remove();
});

const moduleFile = () => join(root, "charts", "casualties", "casualties.ts");
const svgFile = () => join(out, "casualties", "casualties-fr-720-light.svg");
const SIGNATURE = "function render(dataset: Dataset, options: ChartOptions): SVGSVGElement {";
const HEIGHT = "height: { narrow: 300, wide: 340 }";

const page = () => fetchPage(preview.url);

/** Breaks the chart with `code` at the top of render(), then saves a fix that also changes its height, and checks that fix is built. */
async function breakThenFix(code: string, message: RegExp): Promise<void> {
  const original = readFileSync(moduleFile(), "utf8");
  expect(original, "casualties.ts no longer holds the render signature and height this test edits").toContain(SIGNATURE);
  expect(original).toContain(HEIGHT);
  try {
    const started = performance.now();
    await saveAndBuild(preview, moduleFile(), original.replace(SIGNATURE, `${SIGNATURE}\n  ${code}`));
    expect(performance.now() - started, "ms until the broken build ended").toBeLessThan(60_000);
    expect(await page(), `the page banner; the terminal said:\n${logs.slice(-8).join("\n")}`).toMatch(message);
    expect(logs.join("\n"), "the terminal").toMatch(message);
    // The lock the stopped worker held is free: a CLI build would not wait.
    const release = await acquireLock(lockPath(out), { timeoutMs: 1_000 });
    release();
    await saveAndBuild(preview, moduleFile(), original.replace(HEIGHT, "height: { narrow: 300, wide: 341 }"));
    expect(readFileSync(svgFile(), "utf8"), `the fixed chart on disk; the terminal said:\n${logs.slice(-12).join("\n")}`).toContain(
      'height="341" viewBox="0 0 688 341"',
    );
    expect(await page(), "the page once the chart was fixed").not.toContain('role="alert"');
  } finally {
    await saveAndBuild(preview, moduleFile(), original);
  }
}

describe("the preview and chart code that never ends", () => {
  test("an endless loop is stopped at the deadline, named in the page and the terminal, and the next save is built", async () => {
    await breakThenFix(
      "if (options.width === 720) while (Date.now() > 0) {}",
      /charts\/casualties\/casualties\.ts: did not finish rendering in 15 s/,
    );
  }, 180_000);

  test("a render that takes memory without end is stopped at the heap limit and named", async () => {
    await breakThenFix(
      "const hog: number[][] = []; while (Date.now() > 0) hog.push(new Array(1e6).fill(options.width));",
      /charts\/casualties\/casualties\.ts: ran out of memory while rendering \(limit 1024 MB\)/,
    );
  }, 180_000);
});
