// Data files as the file system gives them (review of December 2026, D12):
// a folder or nothing where a CSV file should be fails in one line naming
// the file relative to the project, when the build hashes its inputs and
// when it reads the dataset. Named pipes: test/data/specialFiles.test.ts.

import { copyFileSync, mkdirSync, rmSync } from "node:fs";
import { join } from "node:path";
import { afterAll, afterEach, expect, test } from "vitest";
import { registry } from "../../charts/registry.js";
import { readDataset } from "../../data/read.js";
import { CliError } from "../../src/build/errors.js";
import { chartKeys } from "../../src/build/incremental.js";
import { PROJECT_ROOT } from "../../src/cli/root.js";
import { tempProject } from "../helpers/effects.js";

const project = tempProject();
afterAll(() => project.remove());
const TERRITORY = "data/territory.csv";
const territory = join(project.root, TERRITORY);
afterEach(() => {
  rmSync(territory, { recursive: true, force: true });
  copyFileSync(join(PROJECT_ROOT, TERRITORY), territory);
});

/** What `run` throws: a CliError with exit code 1 (a data error), and its one-line message. */
function failureOf(run: () => unknown): string {
  try {
    run();
  } catch (error) {
    expect(error).toBeInstanceOf(CliError);
    expect((error as CliError).exitCode).toBe(1);
    return (error as Error).message;
  }
  throw new Error("nothing was thrown");
}

test("readDataset() and chartKeys() name a missing data file relative to the project: data/territory.csv: missing", () => {
  rmSync(territory);
  expect(failureOf(() => readDataset(project.root))).toBe("data/territory.csv: missing");
  expect(failureOf(() => chartKeys(project.root, registry))).toBe("data/territory.csv: missing");
});

test("readDataset() and chartKeys() refuse a folder in place of a data file, in one line naming it", () => {
  rmSync(territory);
  mkdirSync(join(territory, "inside"), { recursive: true });
  expect(failureOf(() => readDataset(project.root))).toBe("data/territory.csv: is a folder, expected a CSV file");
  expect(failureOf(() => chartKeys(project.root, registry))).toBe("data/territory.csv: is a folder, expected a CSV file");
});
