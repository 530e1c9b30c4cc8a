// Test doubles for the build's file I/O: an in-memory Effects that records
// every write, and a temporary copy of the project to edit without touching
// the real data/, charts/ or src/ that other test files read in parallel.

import { cpSync, mkdtempSync, readdirSync, readFileSync, rmSync, symlinkSync } from "node:fs";
import { tmpdir } from "node:os";
import { join, relative } from "node:path";
import type { Effects } from "../../src/build/effects.js";
import { PROJECT_ROOT } from "../../src/cli/root.js";

export interface MemoryEffects extends Effects {
  readonly files: Map<string, Buffer>;
  /** Every path passed to writeAll, in order. */
  readonly writes: string[];
  readonly lines: string[];
}

export function memoryEffects(files = new Map<string, Buffer>()): MemoryEffects {
  const writes: string[] = [];
  const lines: string[] = [];
  return {
    files,
    writes,
    lines,
    read: (path) => files.get(path),
    writeAll: (changed) => {
      for (const [path, data] of changed) {
        writes.push(path);
        files.set(path, Buffer.from(data));
      }
    },
    log: (line) => void lines.push(line),
  };
}

/** The committed output/ folder as a map `${out}/${path}` → bytes, for seeding a memory build. */
export function committedOutput(out: string): Map<string, Buffer> {
  const root = join(PROJECT_ROOT, "output");
  const files = new Map<string, Buffer>();
  for (const entry of readdirSync(root, { withFileTypes: true, recursive: true })) {
    if (!entry.isFile() || entry.name.endsWith("-changed.svg")) continue;
    const full = join(entry.parentPath, entry.name);
    files.set(`${out}/${relative(root, full)}`, readFileSync(full));
  }
  return files;
}

/**
 * A copy of the project in a temporary folder (data/, charts/, src/, the
 * package files; node_modules linked), so a test can edit it. Returns its root
 * and a function that removes it.
 */
export function tempProject({ output = false } = {}): { root: string; remove: () => void } {
  const root = mkdtempSync(join(tmpdir(), "last-pocket-project-"));
  for (const path of ["data", "charts", "src", "package.json", "package-lock.json", "tsconfig.json", ...(output ? ["output"] : [])]) {
    cpSync(join(PROJECT_ROOT, path), join(root, path), {
      recursive: true,
      filter: (source) => !source.endsWith("-changed.svg"),
    });
  }
  symlinkSync(join(PROJECT_ROOT, "node_modules"), join(root, "node_modules"));
  return { root, remove: () => rmSync(root, { recursive: true, force: true }) };
}
