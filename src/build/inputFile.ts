// Reads one input of a build (a data file, a chart module, a notebook text)
// only when it is a regular file, and otherwise says what is wrong in one
// line naming it relative to the project, never by its absolute path or a
// bare error code. A named pipe would block a plain read until some writer
// opened it: for ever, with the build's lock held. It is opened without
// waiting (O_NONBLOCK) and looked at through the open descriptor before any
// read, so a file swapped for a pipe after a check cannot block either.

import { closeSync, constants, fstatSync, openSync, readFileSync, type Stats } from "node:fs";
import { join } from "node:path";
import { CliError } from "./errors.js";

const expected = (path: string) => (path.endsWith(".csv") ? "a CSV file" : "a file");

function kindOf(stats: Stats): string {
  if (stats.isFIFO()) return "a named pipe";
  if (stats.isSocket()) return "a socket";
  if (stats.isCharacterDevice() || stats.isBlockDevice()) return "a device";
  return "not a file";
}

/** The one-line error for a file-system failure on the input `path` (relative to the project). Exit code 1. */
export function inputProblem(path: string, error: unknown): CliError {
  const { code, message } = error as NodeJS.ErrnoException;
  if (code === "ENOENT" || code === "ENOTDIR") return new CliError(`${path}: missing`, 1);
  if (code === "EISDIR") return new CliError(`${path}: is a folder, expected ${expected(path)}`, 1);
  // A socket cannot be opened at all.
  if (code === "ENXIO") return new CliError(`${path}: not a regular file`, 1);
  return new CliError(`${path}: cannot be read (${code ?? message})`, 1);
}

/** The bytes of `path`, relative to `root`, when it is a regular file; a one-line CliError otherwise. */
export function readInputFile(root: string, path: string): Buffer {
  let fd: number;
  try {
    // O_NONBLOCK is undefined on Windows, which has no named pipes in the file system.
    fd = openSync(join(root, path), constants.O_RDONLY | (constants.O_NONBLOCK ?? 0));
  } catch (error) {
    throw inputProblem(path, error);
  }
  try {
    const stats = fstatSync(fd);
    if (stats.isDirectory()) throw new CliError(`${path}: is a folder, expected ${expected(path)}`, 1);
    if (!stats.isFile()) throw new CliError(`${path}: not a regular file (${kindOf(stats)})`, 1);
    return readFileSync(fd);
  } catch (error) {
    throw error instanceof CliError ? error : inputProblem(path, error);
  } finally {
    closeSync(fd);
  }
}
