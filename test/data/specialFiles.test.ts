// A named pipe where a data file should be (review of December 2026, D11):
// reading it would wait for a writer for ever, holding the build's lock. The
// build refuses it at once. In the slow project: making the pipe spawns mkfifo.

import { execFileSync } from "node:child_process";
import { copyFileSync, rmSync } from "node:fs";
import { join } from "node:path";
import { Worker } from "node:worker_threads";
import { afterAll, expect, test } from "vitest";
import { registry } from "../../charts/registry.js";
import { readDataset } from "../../data/read.js";
import { chartKeys } from "../../src/build/incremental.js";
import { PROJECT_ROOT } from "../../src/cli/root.js";
import { tempProject } from "../helpers/effects.js";

const project = tempProject();
afterAll(() => project.remove());
const TERRITORY = "data/territory.csv";
const territory = join(project.root, TERRITORY);

function messageOf(run: () => unknown): string {
  try {
    run();
  } catch (error) {
    return (error as Error).message;
  }
  throw new Error("nothing was thrown");
}

/**
 * `run` with data/territory.csv as a named pipe. A reader that waits for a writer would block this thread
 * for good, so a worker thread opens the pipe for writing after 3 s and closes it: such a reader then reads
 * an empty file, and the test fails on the message instead of hanging.
 */
async function withPipe<T>(run: () => T): Promise<T> {
  rmSync(territory);
  execFileSync("mkfifo", [territory]);
  const unblocker = new Worker(
    `const { closeSync, constants, openSync } = require("node:fs");
     setTimeout(() => setInterval(() => {
       try { closeSync(openSync(${JSON.stringify(territory)}, constants.O_WRONLY | constants.O_NONBLOCK)); } catch {}
     }, 50), 3000);`,
    { eval: true },
  );
  try {
    return run();
  } finally {
    await unblocker.terminate();
    rmSync(territory);
    copyFileSync(join(PROJECT_ROOT, TERRITORY), territory);
  }
}

test("readDataset() refuses a named pipe as a data file at once, in one line: data/territory.csv: not a regular file", async () => {
  const started = performance.now();
  expect(await withPipe(() => messageOf(() => readDataset(project.root)))).toBe("data/territory.csv: not a regular file (a named pipe)");
  expect(performance.now() - started, "ms before the refusal").toBeLessThan(2_000);
});

test("chartKeys() refuses a named pipe among a chart's files at once instead of waiting on it", async () => {
  const started = performance.now();
  expect(await withPipe(() => messageOf(() => chartKeys(project.root, registry)))).toBe(
    "data/territory.csv: not a regular file (a named pipe)",
  );
  expect(performance.now() - started, "ms before the refusal").toBeLessThan(2_000);
});
