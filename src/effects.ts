// All file I/O of the build goes through this interface, so tests can run a
// build in memory and check exactly what it would write.

import { closeSync, mkdirSync, openSync, readFileSync, renameSync, rmSync, writeFileSync, writeSync } from "node:fs";
import { dirname, resolve } from "node:path";

export interface Effects {
  /** The file's bytes, or undefined when it does not exist. */
  read(path: string): Buffer | undefined;
  /**
   * Replaces the files all together: each is written to a temporary file
   * first, and only when every one is written are they renamed into place.
   * A reader never sees half a file, and a failure leaves the old files.
   */
  writeAll(files: ReadonlyArray<readonly [path: string, data: Buffer]>): void;
  log(line: string): void;
}

/** Temporary files written by this process and not yet renamed: removed if it is interrupted. */
export const pendingTemporaries = new Set<string>();

export function removePendingTemporaries(): void {
  for (const path of pendingTemporaries) rmSync(path, { force: true });
  pendingTemporaries.clear();
}

export function nodeEffects(root: string, log: (line: string) => void = (line) => process.stdout.write(`${line}\n`)): Effects {
  return {
    read(path) {
      try {
        return readFileSync(resolve(root, path));
      } catch (error) {
        if ((error as NodeJS.ErrnoException).code === "ENOENT") return undefined;
        throw error;
      }
    },
    writeAll(files) {
      const staged: Array<[string, string]> = [];
      try {
        for (const [path, data] of files) {
          const target = resolve(root, path);
          mkdirSync(dirname(target), { recursive: true });
          const temporary = `${target}.${process.pid}.tmp`;
          pendingTemporaries.add(temporary);
          writeFileSync(temporary, data);
          staged.push([temporary, target]);
        }
      } catch (error) {
        removePendingTemporaries();
        throw error;
      }
      for (const [temporary, target] of staged) {
        renameSync(temporary, target);
        pendingTemporaries.delete(temporary);
      }
    },
    log,
  };
}

/**
 * Takes an exclusive lock held in a file, waiting while another live process
 * holds it; a lock left by a dead process is taken over. Returns the release.
 */
export async function acquireLock(path: string, { timeoutMs = 120_000, pollMs = 50 } = {}): Promise<() => void> {
  mkdirSync(dirname(path), { recursive: true });
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    try {
      const fd = openSync(path, "wx");
      writeSync(fd, String(process.pid));
      closeSync(fd);
      return () => rmSync(path, { force: true });
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== "EEXIST") throw error;
      const holder = Number(readFileSync(path, "utf8").trim());
      if (!isAlive(holder)) {
        rmSync(path, { force: true });
        continue;
      }
      if (Date.now() > deadline) throw new Error(`another build (process ${holder}) holds ${path}`);
      await new Promise((wait) => setTimeout(wait, pollMs));
    }
  }
}

function isAlive(pid: number): boolean {
  if (!Number.isInteger(pid) || pid <= 0) return false;
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === "EPERM";
  }
}
