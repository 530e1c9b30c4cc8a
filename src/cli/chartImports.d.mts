import type { Plugin } from "esbuild";

/** Whether an import specifier names a Node built-in module. */
export function isNodeBuiltin(specifier: string): boolean;
/** Whether `file` (absolute) is one of a chart's own modules: anything under `root`/charts/<id>/. */
export function isChartModule(root: string, file: string): boolean;
/** An esbuild plugin refusing Node built-ins imported by a chart's own modules, with the import's file and line. */
export function chartImportGuard(root: string): Plugin;
