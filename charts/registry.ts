// What each chart is made of, by file, without importing its code (which
// would load jsdom and Plot): the build hashes these files to decide which
// charts are stale. Derived from charts/list.ts and the files in each chart's
// folder; a test checks it against the charts themselves.

import { readdirSync } from "node:fs";
import { join } from "node:path";
import { PROJECT_ROOT } from "../src/cli/root.js";
import { chartList } from "./list.js";

export interface ChartFiles {
  readonly id: string;
  /** The chart's folder: every file in it (modules, notebook text) is part of the chart. */
  readonly folder: string;
  /**
   * The chart's own modules, `<id>.ts` first. The preview reloads exactly these
   * after an edit (bundled together, everything else external); `<id>.ts` exports the chart.
   */
  readonly modules: readonly string[];
  /** The data files it reads. */
  readonly data: readonly string[];
}

/** The TypeScript modules in a chart's folder, the chart's own module first; none when the folder is missing. */
export function chartModules(root: string, id: string): string[] {
  let names: string[];
  try {
    names = readdirSync(join(root, "charts", id)).sort();
  } catch {
    return [];
  }
  const main = `${id}.ts`;
  const others = names.filter((name) => name.endsWith(".ts") && name !== main);
  return [...(names.includes(main) ? [main] : []), ...others].map((name) => `charts/${id}/${name}`);
}

export const registry: readonly ChartFiles[] = chartList.map(({ id, data }) => ({
  id,
  folder: `charts/${id}`,
  modules: chartModules(PROJECT_ROOT, id),
  data,
}));

/** Files every chart depends on: the library, the schema and loader, and the locked dependency versions. */
export const SHARED_CODE = [
  "src",
  "data/schema.ts",
  "data/load.ts",
  "data/read.ts",
  "charts/index.ts",
  "charts/list.ts",
  "charts/registry.ts",
  "package-lock.json",
];
