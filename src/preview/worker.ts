// The preview's build worker: stays warm (jsdom, Plot and the charts loaded)
// while only data changes, and is replaced when code changes, so edited
// modules are really reloaded.

import { parentPort } from "node:worker_threads";
import type { Effects } from "../effects.js";
import { nodeEffects } from "../effects.js";
import { incrementalBuild, staleChartIds } from "../incrementalBuild.js";

export interface BuildRequest {
  readonly root: string;
  readonly out: string;
}

/** Sent as soon as the first variant of each stale chart is on disk, before the full build. */
export interface FirstReply {
  readonly phase: "first";
  readonly ms: number;
}

export type BuildReply =
  | { readonly ok: true; readonly built: readonly string[]; readonly written: readonly string[]; readonly ms: number }
  | { readonly ok: false; readonly error: string; readonly ms: number };

parentPort?.on("message", async ({ root, out }: BuildRequest) => {
  const start = performance.now();
  const quiet: Effects = nodeEffects(process.cwd(), () => {});
  try {
    // The variant a designer looks at (French, desktop width) goes to disk first;
    // the rest, the PNGs and the pages follow in the full build.
    const stale = staleChartIds({ root, out }, quiet);
    if (stale.length > 0) {
      await incrementalBuild({ root, out, charts: stale, locales: ["fr"], widths: [720], formats: ["svg"] }, quiet);
      parentPort?.postMessage({ phase: "first", ms: performance.now() - start } satisfies FirstReply);
    }
    const result = await incrementalBuild({ root, out }, quiet);
    parentPort?.postMessage({ ok: true, built: result.built, written: result.written, ms: performance.now() - start } satisfies BuildReply);
  } catch (error) {
    parentPort?.postMessage({ ok: false, error: (error as Error).message, ms: performance.now() - start } satisfies BuildReply);
  }
});
