// The project's root folder, found by walking up to this package's
// package.json, so paths stay right when the code runs from a bundle.

import { existsSync, readFileSync } from "node:fs";
import { dirname, join } from "node:path";

function findRoot(start: string): string {
  for (let folder = start; ; folder = dirname(folder)) {
    const manifest = join(folder, "package.json");
    if (existsSync(manifest) && JSON.parse(readFileSync(manifest, "utf8")).name === "last-pocket") return folder;
    if (dirname(folder) === folder) throw new Error(`no last-pocket package.json above ${start}`);
  }
}

export const PROJECT_ROOT = findRoot(import.meta.dirname);
