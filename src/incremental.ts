// Decides from content hashes, never mtimes (CI does not keep them), which
// charts need rendering. Cheap on purpose: it reads and hashes files but
// imports nothing heavy, so a build with nothing to do returns at once.

import { createHash } from "node:crypto";
import { existsSync, readdirSync, readFileSync, statSync } from "node:fs";
import { join, relative } from "node:path";
import { type ChartFiles, SHARED_CODE } from "../charts/registry.js";

export interface BuildState {
  /** Per chart: the hash of everything it is made of. */
  readonly keys: Readonly<Record<string, string>>;
  /** Per output file (relative to the output folder): its SHA-256 when last written. */
  readonly files: Readonly<Record<string, string>>;
}

export const EMPTY_STATE: BuildState = { keys: {}, files: {} };

function listFiles(root: string, path: string): string[] {
  const full = join(root, path);
  // An installed copy of the package has no package-lock.json (npm never packs it).
  if (path === "package-lock.json" && !existsSync(full)) return [];
  if (!statSync(full).isDirectory()) return [path];
  return readdirSync(full)
    .sort()
    .flatMap((name) => listFiles(root, relative(root, join(full, name))));
}

function hashFiles(root: string, paths: readonly string[]): string {
  const hash = createHash("sha256");
  for (const path of paths.flatMap((p) => listFiles(root, p)))
    hash
      .update(`${path}\0`)
      .update(readFileSync(join(root, path)))
      .update("\0");
  return hash.digest("hex");
}

/** The key of every chart: its modules, its data and the shared code. */
export function chartKeys(root: string, charts: readonly ChartFiles[]): Record<string, string> {
  const shared = hashFiles(root, SHARED_CODE);
  return Object.fromEntries(charts.map((chart) => [chart.id, hashFiles(root, [...chart.modules, ...chart.data]) + shared]));
}

/** Charts whose key changed, or one of whose outputs is missing or was edited by hand. */
export function staleCharts(keys: Record<string, string>, state: BuildState, readOutput: (path: string) => Buffer | undefined): string[] {
  return Object.keys(keys).filter((id) => {
    if (state.keys[id] !== keys[id]) return true;
    const mine = Object.entries(state.files).filter(([path]) => path.startsWith(`${id}/`));
    if (mine.length === 0) return true;
    return mine.some(([path, hash]) => {
      const data = readOutput(path);
      return !data || createHash("sha256").update(data).digest("hex") !== hash;
    });
  });
}
