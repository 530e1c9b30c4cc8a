// All file I/O of the build goes through this interface, so tests can run a
// build in memory and check exactly what it would write.

import { readFileSync } from "node:fs";
import { resolve } from "node:path";
import { dropStaged, publish, recoverPublish } from "../publish/publish.js";

export { acquireLock } from "./lock.mjs";

export interface Effects {
  /** The file's bytes, or undefined when it does not exist. */
  read(path: string): Buffer | undefined;
  /**
   * Replaces the files all together, or none of them (see publish.ts).
   * `folder`, the output folder, holds the staging area and its journal.
   */
  writeAll(files: ReadonlyArray<readonly [path: string, data: Buffer]>, folder?: string): void;
  /** Finishes or undoes a publish that a killed build left in `folder`, and removes its leftovers. */
  recover?(folder: string): void;
  log(line: string): void;
}

/** Drops what this process staged and did not commit: called when it is interrupted. */
export function removePendingTemporaries(): void {
  dropStaged();
}

export function nodeEffects(root: string, log: (line: string) => void = (line) => process.stdout.write(`${line}\n`)): Effects {
  return {
    read(path) {
      const file = resolve(root, path);
      try {
        return readFileSync(file);
      } catch (error) {
        const code = (error as NodeJS.ErrnoException).code;
        if (code === "ENOENT") return undefined;
        // EISDIR and the like: say which path.
        throw Object.assign(new Error(`cannot read ${file}: ${code ?? (error as Error).message}`), { code });
      }
    },
    writeAll(files, folder) {
      const targets = files.map(([path, data]) => [resolve(root, path), data] as const);
      publish(targets, folder === undefined ? undefined : resolve(root, folder));
    },
    recover(folder) {
      recoverPublish(resolve(root, folder));
    },
    log,
  };
}
