// `last-pocket new` (review of December 2026, D9 and D10): an id too long for
// its file names is a usage error; a `new` that fails leaves no half chart and
// charts/list.ts as it was; two at once both keep their line in the list.

import { copyFileSync, existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterEach, expect, test } from "vitest";
import { CliError } from "../../src/build/errors.js";
import { acquireLock } from "../../src/build/lock.mjs";
import { chartFiles } from "../../src/cli/commands/chartTemplate.js";
import { addChart, coerceChartId, NEW_LOCK } from "../../src/cli/commands/new.js";
import { PROJECT_ROOT } from "../../src/cli/root.js";

const roots: string[] = [];
afterEach(() => {
  for (const root of roots.splice(0)) rmSync(root, { recursive: true, force: true });
});

/** A project of one file, charts/list.ts as committed: all `new` needs. */
function project(): string {
  const root = mkdtempSync(join(tmpdir(), "last-pocket-new-"));
  roots.push(root);
  mkdirSync(join(root, "charts"));
  copyFileSync(join(PROJECT_ROOT, "charts", "list.ts"), join(root, "charts", "list.ts"));
  return root;
}

const list = (root: string) => readFileSync(join(root, "charts", "list.ts"), "utf8");

async function failureOf(run: () => Promise<unknown>): Promise<CliError> {
  try {
    await run();
  } catch (error) {
    expect(error).toBeInstanceOf(CliError);
    return error as CliError;
  }
  throw new Error("nothing was thrown");
}

test("coerceChartId() refuses an id longer than 64 characters in one usage line (exit code 2), and takes one of 64", async () => {
  const long = "a".repeat(65);
  const error = await failureOf(async () => coerceChartId(long));
  expect([error.message, error.exitCode]).toEqual([
    "new: the id has 65 characters, at most 64 (its file names, such as <id>-fr-720-light@2x.png, must fit)",
    2,
  ]);
  expect(coerceChartId(`${"b".repeat(31)}-${"c".repeat(32)}`)).toHaveLength(64);
});

test("addChart() that fails writing a file leaves no chart folder and charts/list.ts as it was, in one line naming the file", async () => {
  const root = project();
  const before = list(root);
  const name = `charts/roads/${"x".repeat(300)}.md`;
  const error = await failureOf(() => addChart("roads", root, { ...chartFiles("roads"), [name]: "too long a name" }));
  expect([error.message, error.exitCode]).toEqual([`new: cannot write ${name} (ENAMETOOLONG); nothing was written`, 1]);
  expect(readdirSync(join(root, "charts")), "charts/ after the failure").toEqual(["list.ts"]);
  expect(list(root)).toBe(before);
});

test("addChart() waits while another `new` holds the lock, then adds its line after the other's", async () => {
  const root = project();
  const before = list(root);
  const release = await acquireLock(join(root, NEW_LOCK));
  const adding = addChart("roads", root);
  await new Promise((wait) => setTimeout(wait, 300));
  expect(list(root), "charts/list.ts while another `new` holds the lock").toBe(before);
  expect(existsSync(join(root, "charts", "roads")), "charts/roads/ while another `new` holds the lock").toBe(false);
  release();
  await adding;
  expect(list(root)).toContain('{ id: "roads", data: ["data/territory.csv", ...shared] },');
  await Promise.all([addChart("aa", root), addChart("bb", root)]);
  expect(list(root).match(/\{ id: "(roads|aa|bb)"/g), "the new lines of charts/list.ts").toEqual([
    '{ id: "roads"',
    '{ id: "aa"',
    '{ id: "bb"',
  ]);
});

test("addChart() of an id another `new` added since it was checked is a usage error, and changes nothing", async () => {
  const root = project();
  await addChart("roads", root);
  const before = list(root);
  const error = await failureOf(() => addChart("roads", root));
  expect([error.message, error.exitCode]).toEqual(['new: chart "roads" exists already (charts/roads/)', 2]);
  expect(list(root)).toBe(before);
});
