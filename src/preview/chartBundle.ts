// Bundles one chart's own modules (as charts/registry.ts lists them) into a
// single ES module, for the preview's worker to import() under a new URL
// after an edit. Everything else stays external: the library, the dataset
// code, d3, Plot and jsdom resolve to the very files the worker has loaded
// already, so their module instances (and jsdom's document) are reused and
// only the chart's own code is evaluated again.

import { createHash } from "node:crypto";
import { mkdirSync, readdirSync, readFileSync, renameSync, rmSync, statSync, writeFileSync } from "node:fs";
import { dirname, isAbsolute, join, relative, resolve } from "node:path";
import { pathToFileURL } from "node:url";
import { threadId } from "node:worker_threads";
import type { Message, Plugin } from "esbuild";
import type { ChartFiles } from "../../charts/registry.js";
import { chartImportGuard } from "../cli/chartImports.mjs";

const defaults = {
  /** Bundles older than this are removed when a worker starts: no running worker still needs them. */
  maxAgeMs: 3_600_000,
};

export interface ChartBundle {
  /** Where the bundle was written; its name carries a hash of its content. */
  readonly url: string;
  readonly hash: string;
  /** The chart's modules (registry paths) as they were read for this bundle: exactly the code it holds. */
  readonly sources: ReadonlyMap<string, Buffer>;
}

/** A chart that did not compile: one line per problem, `file:line:column: message`. */
export class ChartCompileError extends Error {
  override name = "ChartCompileError";
}

/** The folder the bundles go to: inside node_modules/.cache, so bare imports (d3) resolve as they do from charts/. */
export function bundleFolder(root: string): string {
  return join(root, "node_modules", ".cache", "last-pocket", "preview");
}

/**
 * Keeps the chart's own modules in the bundle; points every other import at
 * the file the worker already loaded: the same path, or the same path under
 * `library` when the worker runs another copy of the library than `root`'s.
 */
function externals(own: ReadonlyMap<string, Buffer>, root: string, library: string): Plugin {
  return {
    name: "chart-externals",
    setup(build) {
      // The chart's own modules are compiled from the bytes read before the build, never read again:
      // a save during the build must not slip into a bundle that claims the earlier version.
      build.onLoad({ filter: /\.[cm]?[jt]sx?$/ }, (args) => {
        const contents = own.get(args.path);
        return contents === undefined ? undefined : { contents, loader: "ts", resolveDir: dirname(args.path) };
      });
      build.onResolve({ filter: /.*/ }, async (args) => {
        if (args.kind === "entry-point" || args.pluginData === "resolving") return undefined;
        const isPath = args.path.startsWith(".") || isAbsolute(args.path);
        // A package (d3) resolves from the bundle's folder, under the same node_modules.
        if (!isPath) return { path: args.path, external: true };
        const resolved = await build.resolve(args.path, { kind: args.kind, resolveDir: args.resolveDir, pluginData: "resolving" });
        if (resolved.errors.length > 0) return { errors: resolved.errors };
        if (own.has(resolved.path)) return { path: resolved.path };
        const inside = relative(root, resolved.path);
        const path = library === root || inside.startsWith("..") ? resolved.path : join(library, inside);
        return { path: pathToFileURL(path).href, external: true };
      });
    },
  };
}

function describe(message: Message): string {
  const where = message.location;
  if (!where) return message.text;
  return `${where.file}:${where.line}:${where.column + 1}: ${message.text}`;
}

/**
 * Bundles the chart's modules into one file. Its exports are the namespaces
 * of those modules, `m0`, `m1`…, in registry order; the caller looks for the
 * chart among them. Throws a ChartCompileError naming the file and line.
 * `library` is the project whose library the worker loaded (normally `root`);
 * `sources`, the modules' bytes to compile (read from disk when not given).
 */
export async function bundleChart(
  root: string,
  chart: ChartFiles,
  library = root,
  sources: ReadonlyMap<string, Buffer> = readModules(root, chart.modules),
): Promise<ChartBundle> {
  const { build } = await import("esbuild");
  const own = new Map([...sources].map(([path, bytes]) => [resolve(root, path), bytes]));
  const entry = chart.modules.map((path, i) => `export * as m${i} from ${JSON.stringify(`./${path}`)};`).join("\n");
  let code: Uint8Array;
  try {
    const result = await build({
      stdin: { contents: entry, resolveDir: root, sourcefile: `${chart.id}.preview.ts`, loader: "ts" },
      absWorkingDir: root,
      // Nothing is written there (write: false): with these two, the source map names each module by its absolute URL.
      outdir: root,
      sourceRoot: pathToFileURL(join(root, "/")).href,
      bundle: true,
      write: false,
      format: "esm",
      platform: "node",
      target: "node20",
      sourcemap: "inline",
      logLevel: "silent",
      // The guard first: a chart's import of node:fs is an error before it can become an external import.
      plugins: [chartImportGuard(root), externals(own, root, library)],
    });
    code = result.outputFiles[0].contents;
  } catch (error) {
    const errors = (error as { errors?: Message[] }).errors;
    if (!errors?.length) throw error;
    throw new ChartCompileError(errors.map((message) => describe(message)).join("\n"));
  }
  const hash = createHash("sha256").update(code).digest("hex").slice(0, 16);
  const folder = bundleFolder(library);
  const file = join(folder, `${chart.id}-${hash}.mjs`);
  mkdirSync(folder, { recursive: true });
  // Written beside, then renamed: a worker importing the same hash never reads half a file.
  const staging = `${file}.${process.pid}-${threadId}.tmp`;
  writeFileSync(staging, code);
  renameSync(staging, file);
  return { url: pathToFileURL(file).href, hash, sources };
}

/** The modules' bytes, read now; a module that is missing is left out (esbuild then names it). */
export function readModules(root: string, modules: readonly string[]): Map<string, Buffer> {
  return new Map(
    modules.flatMap((path): [string, Buffer][] => {
      try {
        return [[path, readFileSync(resolve(root, path))]];
      } catch {
        return [];
      }
    }),
  );
}

/** Removes bundles old enough that no running worker can still need them. */
export function pruneBundles(root: string, now = Date.now()): void {
  const folder = bundleFolder(root);
  let names: string[];
  try {
    names = readdirSync(folder);
  } catch {
    return;
  }
  for (const name of names) {
    const path = join(folder, name);
    try {
      if (now - statSync(path).mtimeMs > defaults.maxAgeMs) rmSync(path, { force: true });
    } catch {
      // removed by another worker meanwhile
    }
  }
}
