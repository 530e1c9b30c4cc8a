// The project's root folder: given by the executable (src/cli/bin.js), which runs
// a bundle from a cache folder, or found by walking up to this package's
// package.json when the sources run directly.

import { existsSync, readFileSync } from "node:fs";
import { dirname, join } from "node:path";

function findRoot(start: string): string {
  for (let folder = start; ; folder = dirname(folder)) {
    const manifest = join(folder, "package.json");
    if (existsSync(manifest) && JSON.parse(readFileSync(manifest, "utf8")).name === "last-pocket") return folder;
    if (dirname(folder) === folder) throw new Error(`no last-pocket package.json above ${start}`);
  }
}

export const PROJECT_ROOT = process.env.LAST_POCKET_ROOT ?? findRoot(import.meta.dirname);
