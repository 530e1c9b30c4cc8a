// `last-pocket dev` as a designer runs it, on a temporary copy of the project:
// a code edit is built by a fresh worker (the edited module is really
// reloaded), and a failing build is reported in the terminal.

import type { ChildProcess } from "node:child_process";
import { readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { afterAll, beforeAll, expect, test } from "vitest";
import { tempProject } from "../helpers/effects.js";
import { spawnDev } from "../helpers/preview.js";

const project = tempProject({ output: true });
let dev: ChildProcess;
const lines: string[] = [];
const waiters: Array<{ pattern: RegExp; done: (line: string) => void }> = [];

/** Resolves with the first terminal line from now on that matches. */
function nextLine(pattern: RegExp, timeout = 60_000): Promise<string> {
  return new Promise((done, fail) => {
    const timer = setTimeout(() => fail(new Error(`no terminal line matched ${pattern}; it printed:\n${lines.join("\n")}`)), timeout);
    waiters.push({
      pattern,
      done: (line) => {
        clearTimeout(timer);
        done(line);
      },
    });
  });
}

beforeAll(async () => {
  dev = spawnDev(project.root, lines, (line) => {
    const index = waiters.findIndex((waiter) => waiter.pattern.test(line));
    if (index >= 0) waiters.splice(index, 1)[0].done(line);
  });
  await nextLine(/^(up to date|rebuilt )/, 120_000);
}, 150_000);

afterAll(async () => {
  try {
    if (dev && dev.exitCode === null) {
      const exited = new Promise((done) => dev.once("exit", done));
      dev.kill("SIGINT");
      // Ctrl-C stops the preview within its 5 s deadline, whatever it was doing.
      let timer: NodeJS.Timeout | undefined;
      const late = new Promise((_, fail) => {
        timer = setTimeout(() => fail(new Error("last-pocket dev was still running 30 s after Ctrl-C")), 30_000);
      });
      await Promise.race([exited, late]).finally(() => {
        clearTimeout(timer);
        if (dev.exitCode === null) dev.kill("SIGKILL");
      });
    }
  } finally {
    project.remove();
  }
}, 60_000);

test("dev: a chart edit is built by the warm worker, and a broken one is reported in the terminal, then recovers", async () => {
  const strings = join(project.root, "charts", "territory", "territory.strings.ts");
  const original = readFileSync(strings, "utf8");
  const title = 'title: "En quatre ans, l\'EI a perdu un territoire presque grand comme la Hongrie"';
  expect(original, "charts/territory/territory.strings.ts no longer holds the French title this test empties").toContain(title);
  try {
    // A worker that kept the old module would build the old, valid strings (issue 18: the warm worker reloads the chart).
    const failed = nextLine(/^chart error, /);
    writeFileSync(strings, original.replace(title, 'title: ""'));
    expect(await failed, "terminal line after the French title was emptied").toBe(
      'chart error, showing its last good version: charts/territory/territory.strings.ts: locale "fr" has no translation for "title"',
    );
  } finally {
    const recovered = nextLine(/^(up to date|rebuilt )/);
    writeFileSync(strings, original);
    expect(await recovered, "terminal line after the edit was undone").toMatch(/^(up to date|rebuilt territory)/);
  }
}, 120_000);
