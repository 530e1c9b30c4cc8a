// All file I/O of the build goes through this interface, so tests can run a
// build in memory and check exactly what it would write.

import { mkdirSync, readFileSync, renameSync, writeFileSync } from "node:fs";
import { dirname, resolve } from "node:path";

export interface Effects {
  /** The file's bytes, or undefined when it does not exist. */
  read(path: string): Buffer | undefined;
  /** Replaces the file atomically: a reader sees the old bytes or the new, never half. */
  write(path: string, data: string | Buffer): void;
  log(line: string): void;
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
    write(path, data) {
      const target = resolve(root, path);
      mkdirSync(dirname(target), { recursive: true });
      const temporary = `${target}.${process.pid}.tmp`;
      writeFileSync(temporary, data);
      renameSync(temporary, target);
    },
    log,
  };
}
