// `last-pocket build [chart...]`: renders the charts that changed since the
// last build, decided from content hashes. Only light modules are imported
// up front; jsdom, Plot and the charts load only when something needs rendering.

import { createHash } from "node:crypto";
import { mkdirSync, readFileSync, writeFileSync } from "node:fs";
import { dirname, join, relative, resolve } from "node:path";
import { parseArgs } from "node:util";
import { registry } from "../../charts/registry.js";
import { nodeEffects } from "../effects.js";
import { CliError } from "../errors.js";
import { type BuildState, chartKeys, EMPTY_STATE, staleCharts } from "../incremental.js";

const PROJECT_ROOT = join(import.meta.dirname, "..", "..");

export const HELP = `Usage: last-pocket build [chart...] [options]

Renders every chart (or the named ones) into the output folder: SVG and PNG
(1x, 2x) for each locale, width and theme, the embed snippets and manifest.json.
Only charts whose code or data changed since the last build are rendered.

Charts: ${registry.map((chart) => chart.id).join(", ")}

Options:
  --locale fr|en     Only this locale (repeatable)
  --width 360|720    Only this width (repeatable)
  --format svg|png   Only this format (repeatable)
  --out DIR          Output folder (default: the project's output/)
  --force            Render every selected chart, changed or not
  --verbose          Print stack traces on errors
  -h, --help         Show this help

A build limited by --locale, --width or --format leaves manifest.json and the
embed snippets as they are.`;

const OPTIONS = {
  locale: { type: "string", multiple: true },
  width: { type: "string", multiple: true },
  format: { type: "string", multiple: true },
  out: { type: "string" },
  force: { type: "boolean" },
  help: { type: "boolean", short: "h" },
} as const;

function choose<T extends string | number>(name: string, given: string[] | undefined, allowed: readonly T[]): T[] | undefined {
  if (!given) return undefined;
  return given.map((value) => {
    const match = allowed.find((a) => String(a) === value);
    if (match === undefined) throw new CliError(`--${name} must be one of ${allowed.join(", ")} (got "${value}")`, 2);
    return match;
  });
}

function statePath(out: string): string {
  const id = createHash("sha256").update(resolve(out)).digest("hex").slice(0, 12);
  return join(PROJECT_ROOT, "node_modules", ".cache", "last-pocket", `build-${id}.json`);
}

function readState(path: string): BuildState {
  try {
    return JSON.parse(readFileSync(path, "utf8")) as BuildState;
  } catch {
    return EMPTY_STATE;
  }
}

export async function run(args: string[]): Promise<void> {
  const started = performance.now();
  const { values, positionals } = parseArgs({ args, allowPositionals: true, options: OPTIONS, strict: true });
  if (values.help) {
    process.stdout.write(`${HELP}\n`);
    return;
  }
  const unknown = positionals.find((name) => !registry.some((chart) => chart.id === name));
  if (unknown) throw new CliError(`unknown chart "${unknown}" (charts: ${registry.map((c) => c.id).join(", ")})`, 2);
  const locales = choose("locale", values.locale, ["fr", "en"] as const);
  const widths = choose("width", values.width, [360, 720] as const);
  const formats = choose("format", values.format, ["svg", "png"] as const);
  const out = values.out ?? relative(process.cwd(), join(PROJECT_ROOT, "output")) ?? ".";
  const effects = nodeEffects(process.cwd());
  const requested = registry.filter((chart) => positionals.length === 0 || positionals.includes(chart.id));
  const partial = Boolean(locales || widths || formats);

  const keys = chartKeys(PROJECT_ROOT, requested);
  const state = readState(statePath(out));
  const hasManifest = effects.read(`${out}/manifest.json`) !== undefined;
  const stale =
    values.force || partial || !hasManifest
      ? requested.map((c) => c.id)
      : staleCharts(keys, state, (path) => effects.read(`${out}/${path}`));
  if (stale.length === 0) {
    effects.log(`Nothing to build: ${requested.length} chart(s) up to date (${Math.round(performance.now() - started)} ms)`);
    return;
  }

  const [{ charts }, { readDataset }, { build }] = await Promise.all([
    import("../../charts/index.js"),
    import("../../data/read.js"),
    import("../build.js"),
  ]);
  const result = build(
    {
      charts: charts.filter((chart) => stale.includes(chart.id)),
      all: charts,
      dataset: readDataset(PROJECT_ROOT),
      out,
      locales,
      widths,
      formats,
    },
    effects,
  );
  if (!partial) {
    const files = Object.fromEntries(Object.entries({ ...state.files, ...result.hashes }).filter(([path]) => path !== "manifest.json"));
    const next: BuildState = { keys: { ...state.keys, ...Object.fromEntries(stale.map((id) => [id, keys[id]])) }, files };
    mkdirSync(dirname(statePath(out)), { recursive: true });
    writeFileSync(statePath(out), JSON.stringify(next));
  }
  effects.log(
    `Built ${stale.join(", ")}: ${result.written.length} written, ${result.unchanged.length} unchanged` +
      `${partial ? " (partial build: manifest and snippets untouched)" : ""} in ${Math.round(performance.now() - started)} ms`,
  );
}
