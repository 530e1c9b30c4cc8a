// The files a set of source paths stands for, and their bytes. Imports
// nothing of the library, so the preview's worker host can take a snapshot
// of the library before it loads a single module of it (see workerHost.ts).

import { existsSync, readdirSync, type Stats, statSync } from "node:fs";
import { join, relative } from "node:path";
import { inputProblem, readInputFile } from "./inputFile.js";

/** The files under `path`, relative to `root`: a folder's in name order, the folder itself never. */
export function listFiles(root: string, path: string): string[] {
  const full = join(root, path);
  // An installed copy of the package has no package-lock.json (npm never packs it).
  if (path === "package-lock.json" && !existsSync(full)) return [];
  let stats: Stats;
  try {
    stats = statSync(full);
  } catch (error) {
    throw inputProblem(path, error);
  }
  if (!stats.isDirectory()) return [path];
  return readdirSync(full)
    .sort()
    .flatMap((name) => listFiles(root, relative(root, join(full, name))));
}

/** The files under `paths` and their bytes, read now: what code loaded next is made of. */
export function snapshotFiles(root: string, paths: readonly string[]): Map<string, Buffer> {
  return new Map(paths.flatMap((path) => listFiles(root, path)).map((path) => [path, readInputFile(root, path)]));
}
