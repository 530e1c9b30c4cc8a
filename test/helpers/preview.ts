// Saving a file under a running preview, and waiting until it is built.

import { type ChildProcess, spawn } from "node:child_process";
import { cpSync, mkdtempSync, rmSync, symlinkSync, writeFileSync } from "node:fs";
import { request } from "node:http";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { expect } from "vitest";
import { PROJECT_ROOT } from "../../src/cli/root.js";
import type { Preview } from "../../src/preview/server.js";

/**
 * Writes the file, waits until a build has begun after the write (that build
 * reads it), then until the preview is idle. Waiting on idle() alone is not
 * enough: on a loaded machine the watcher's event can come after idle()
 * returns, and the edit would land in the next test.
 */
export async function saveAndBuild(preview: Pick<Preview, "buildsStarted" | "idle">, file: string, text: string): Promise<void> {
  const before = preview.buildsStarted;
  writeFileSync(file, text);
  await expect
    .poll(() => preview.buildsStarted, { timeout: 60_000, message: `no build began after saving ${file}` })
    .toBeGreaterThan(before);
  await preview.idle();
}

/** A copy of the project in a temporary folder (node_modules linked, output/ copied), for a preview to edit. */
export function previewCopy(prefix: string): { root: string; out: string; remove: () => void } {
  const root = mkdtempSync(join(tmpdir(), prefix));
  for (const path of ["data", "charts", "src", "package.json", "package-lock.json"])
    cpSync(join(PROJECT_ROOT, path), join(root, path), { recursive: true });
  symlinkSync(join(PROJECT_ROOT, "node_modules"), join(root, "node_modules"), "dir");
  const out = join(root, "output");
  cpSync(join(PROJECT_ROOT, "output"), out, { recursive: true });
  return { root, out, remove: () => rmSync(root, { recursive: true, force: true }) };
}

/** The body of a page the preview serves. */
export function fetchPage(base: string, path = "/index.html"): Promise<string> {
  return new Promise((done, fail) =>
    request(new URL(path, base), (response) => {
      let body = "";
      response.on("data", (chunk) => {
        body += chunk;
      });
      response.on("end", () => done(body));
    })
      .on("error", fail)
      .end(),
  );
}

/**
 * Starts `last-pocket dev --port 0` in `root`, as a designer would; every
 * line it prints goes to `lines`, and to `onLine` as it comes.
 */
export function spawnDev(root: string, lines: string[], onLine: (line: string) => void = () => {}): ChildProcess {
  const { LAST_POCKET_ROOT: _, ...env } = process.env;
  const dev = spawn(process.execPath, [join(root, "src", "cli", "bin.js"), "dev", "--port", "0"], { cwd: root, env });
  let buffered = "";
  const onData = (chunk: Buffer) => {
    buffered += chunk.toString();
    const complete = buffered.split("\n");
    buffered = complete.pop() ?? "";
    for (const line of complete) {
      lines.push(line);
      onLine(line);
    }
  };
  dev.stdout?.on("data", onData);
  dev.stderr?.on("data", onData);
  return dev;
}
