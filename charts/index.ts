// Every chart the package builds, in the order of charts/list.ts: each one is
// loaded from its folder's module, charts/<id>/<id>.ts, and checked (it must
// export `chart`, with that id, its strings, notebook text and table).

import type { Chart } from "../src/render/chart.js";
import { chartOf } from "../src/render/chartCheck.js";
import { chartList } from "./list.js";

// A template literal that esbuild bundles as every module matching charts/*/*.ts.
const load = async (id: string): Promise<Chart> => chartOf(id, await import(`./${id}/${id}.ts`));

export const charts: readonly Chart[] = await Promise.all(chartList.map(({ id }) => load(id)));
