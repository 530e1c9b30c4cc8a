// A chart is a pure function of the dataset and its options (README, "The
// charts"), but its modules are code that the build and the preview run with
// the user's rights. This esbuild plugin makes the plain way out a compile
// error: a module in charts/<id>/ that imports a Node built-in (node:fs, fs,
// child_process…, statically, dynamically or by require). Plain JavaScript,
// because compile.mjs runs it before any TypeScript loader; the preview's
// chartBundle.ts uses it too.
import { builtinModules } from "node:module";
import { isAbsolute, relative, sep } from "node:path";

const BUILTINS = new Set(builtinModules);
const escapeRegExp = (name) => name.replace(/[.*+?^${}()|[\]\\/]/g, "\\$&");
/** What esbuild hands to the plugin: node:… and each built-in's name (compared in Go, so other imports cost nothing). */
const FILTER = new RegExp(`^(?:node:|(?:${[...BUILTINS].map(escapeRegExp).join("|")})$)`);

/** Whether an import specifier names a Node built-in module. */
export function isNodeBuiltin(specifier) {
  return specifier.startsWith("node:") || BUILTINS.has(specifier);
}

/** Whether `file` (absolute) is one of a chart's own modules: anything under `root`/charts/<id>/. */
export function isChartModule(root, file) {
  const inside = relative(root, file);
  if (inside.startsWith("..") || isAbsolute(inside)) return false;
  const parts = inside.split(sep);
  return parts[0] === "charts" && parts.length >= 3;
}

/** The plugin; esbuild adds the file, line and column of the import to its error. */
export function chartImportGuard(root) {
  return {
    name: "chart-imports",
    setup(build) {
      build.onResolve({ filter: FILTER }, (args) => {
        if (!isNodeBuiltin(args.path) || !isChartModule(root, args.importer)) return undefined;
        const text = `imports "${args.path}", expected no Node built-in in a chart's modules (a chart is a pure function of its dataset and options: no file, process or network access)`;
        return { errors: [{ text }] };
      });
    },
  };
}
