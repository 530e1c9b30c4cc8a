// Builds started together, and builds interrupted with SIGINT, must leave an
// output folder where every file is whole and byte-identical to what a quiet
// build produces (the committed output/).

import { type ChildProcess, spawn } from "node:child_process";
import { mkdtempSync, readdirSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join, relative } from "node:path";
import { afterEach, expect, test } from "vitest";
import { PROJECT_ROOT } from "../src/cli/root.js";

const BIN = join(PROJECT_ROOT, "src", "cli", "bin.js");
const folders: string[] = [];
afterEach(() => {
  for (const folder of folders.splice(0)) rmSync(folder, { recursive: true, force: true });
});

function tempOut(): string {
  const folder = mkdtempSync(join(tmpdir(), "last-pocket-out-"));
  folders.push(folder);
  return folder;
}

function build(out: string, ...args: string[]): { child: ChildProcess; exit: Promise<number | null> } {
  const child = spawn(process.execPath, [BIN, "build", "--out", out, ...args], { cwd: PROJECT_ROOT, stdio: ["ignore", "ignore", "pipe"] });
  const exit = new Promise<number | null>((done) => child.on("exit", (code, signal) => done(code ?? (signal === "SIGINT" ? 130 : 128))));
  return { child, exit };
}

function files(folder: string): string[] {
  return readdirSync(folder, { withFileTypes: true, recursive: true })
    .filter((entry) => entry.isFile())
    .map((entry) => relative(folder, join(entry.parentPath, entry.name)));
}

/** Every file in `out` equals the committed one; returns how many there are. */
function expectWholeFiles(out: string): number {
  const present = files(out);
  for (const path of present) {
    expect(path, "a staged temporary file was left behind").not.toMatch(/\.tmp$/);
    expect(readFileSync(join(out, path)).equals(readFileSync(join(PROJECT_ROOT, "output", path))), path).toBe(true);
  }
  return present.length;
}

test("two builds started at once both succeed and leave a complete, consistent output", async () => {
  const out = tempOut();
  const [first, second] = [build(out, "--force"), build(out, "--force")];
  expect(await Promise.all([first.exit, second.exit])).toEqual([0, 0]);
  expect(expectWholeFiles(out)).toBe(files(join(PROJECT_ROOT, "output")).filter((path) => !path.endsWith("-changed.svg")).length);
}, 120_000);

test("a build interrupted with SIGINT leaves no half-written file, and the next build completes", async () => {
  for (const delay of [300, 900, 1500, 2500]) {
    const out = tempOut();
    const run = build(out, "--force");
    await new Promise((wait) => setTimeout(wait, delay));
    // Early on, the build has not installed its handler yet and dies of the signal (130, nothing written).
    run.child.kill("SIGINT");
    expect([0, 130]).toContain(await run.exit);
    expectWholeFiles(out);
    expect(await build(out).exit).toBe(0);
    expectWholeFiles(out);
  }
}, 180_000);
