// `last-pocket build [chart...]`: renders the charts that changed since the
// last build, decided from content hashes. Only light modules are imported
// up front; jsdom, Plot and the charts load only when something needs rendering.

import { realpathSync } from "node:fs";
import { homedir } from "node:os";
import { basename, dirname, join, relative, resolve, sep } from "node:path";
import { registry } from "../../../charts/registry.js";
import { nodeEffects, removePendingTemporaries } from "../../build/effects.js";
import { CliError } from "../../build/errors.js";
import { incrementalBuild } from "../../build/incrementalBuild.js";
import { coerceBaseUrl } from "../../publish/baseUrl.js";
import { parseCommandArgs } from "../args.js";
import type { RunContext } from "../context.js";
import { PROJECT_ROOT } from "../root.js";
import { didYouMean } from "../suggest.js";

export const HELP = `Usage: last-pocket build [chart...] [options]

Renders every chart (or the named ones) into the output folder: SVG and PNG
(1x, 2x) for each locale, width and theme, a print PDF per locale, the embed
snippets (automatic, light and dark) and manifest.json.
Only charts whose code or data changed since the last build are rendered.

Charts: ${registry.map((chart) => chart.id).join(", ")}

Options:
  --locale fr|en     Only this locale (repeatable)
  --width 360|720    Only this width (repeatable)
  --format svg|png|pdf  Only this format (repeatable)
  --out DIR          Output folder (default: the project's output/)
  --base-url URL     Absolute URL the output folder is served from: written
                     into the embed snippets and manifest.json (default:
                     paths relative to each chart's folder)
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
  "base-url": { type: "string" },
  force: { type: "boolean" },
  help: { type: "boolean", short: "h" },
} as const;

function choose<T extends string | number>(name: string, given: string[] | undefined, allowed: readonly T[]): T[] | undefined {
  if (!given) return undefined;
  return given.map((value) => {
    const match = allowed.find((a) => String(a) === value);
    if (match === undefined)
      throw new CliError(
        `build: --${name} must be one of ${allowed.join(", ")} (got "${value}"${didYouMean(value, allowed.map(String)).replace(/; expected.*/, "")})`,
        2,
      );
    return match;
  });
}

/** The project's own folders: a build into one would write over its sources, data, tests or dependencies. */
const PROJECT_FOLDERS = ["src", "data", "charts", "test", ".git", "node_modules"];

/** Whether `path` is `folder` or inside it (both absolute). */
const isWithin = (path: string, folder: string) => path === folder || path.startsWith(folder.endsWith(sep) ? folder : folder + sep);

/** `path`, absolute, with links resolved as far as it exists: the folder a build there would really write. */
function realTarget(path: string): string {
  const missing: string[] = [];
  for (let head = resolve(path); ; head = dirname(head)) {
    try {
      return join(realpathSync(head), ...missing.reverse());
    } catch {
      if (dirname(head) === head) return resolve(path);
      missing.push(basename(head));
    }
  }
}

/** Whether `path` is within `folder`, by their names or by where their links lead. */
const isWithinEither = (path: string, folder: string) =>
  isWithin(resolve(path), resolve(folder)) || isWithin(realTarget(path), realTarget(folder));

/**
 * The output folder, refused (usage error) when a build there would write over the file system, the project or
 * the user's files: "", "/", the project root or a folder holding it, one of the project's own folders or a folder
 * inside one, and the home folder or a folder holding it (a build scans its output folder for its leftovers).
 */
export function checkOut(out: string, root = PROJECT_ROOT, home = homedir()): string {
  const refuse = (why: string) => new CliError(`--out must be a folder of its own, not "${out}" (${why})`, 2);
  if (out.trim() === "" || isWithinEither(root, out)) throw refuse("the file system root, the project or a folder holding it");
  const inside = PROJECT_FOLDERS.find((folder) => isWithinEither(out, join(root, folder)));
  if (inside) throw refuse(`inside the project's ${inside}/`);
  if (isWithinEither(home, out)) throw refuse("the home folder or a folder holding it");
  return out;
}

export async function run(args: string[], { loaded }: RunContext = {}): Promise<void> {
  const started = performance.now();
  const { values, positionals } = parseCommandArgs("build", args, OPTIONS);
  if (values.help) {
    process.stdout.write(`${HELP}\n`);
    return;
  }
  const unknown = positionals.find((name) => !registry.some((chart) => chart.id === name));
  if (unknown)
    throw new CliError(
      `build: unknown chart "${unknown}"${didYouMean(
        unknown,
        registry.map((chart) => chart.id),
      )}`,
      2,
    );
  const locales = choose("locale", values.locale, ["fr", "en"] as const);
  const widths = choose("width", values.width, [360, 720] as const);
  const formats = choose("format", values.format, ["svg", "png", "pdf"] as const);
  let baseUrl: string | undefined;
  try {
    baseUrl = coerceBaseUrl(values["base-url"]);
  } catch (error) {
    throw new CliError((error as Error).message, 2);
  }
  const out = values.out === undefined ? relative(process.cwd(), join(PROJECT_ROOT, "output")) || "." : checkOut(values.out);
  // Files are staged, then renamed: on Ctrl-C, drop what is staged and leave every target whole.
  // process.exit runs the "exit" listeners, which release the lock (see lock.mjs).
  process.once("SIGINT", () => {
    removePendingTemporaries();
    process.stderr.write("last-pocket: interrupted; no file was left half-written\n");
    process.exit(130);
  });
  const effects = nodeEffects(process.cwd());
  const result = await incrementalBuild(
    { charts: positionals, out, force: values.force, locales, widths, formats, baseUrl, loaded },
    effects,
  );
  const ms = Math.round(performance.now() - started);
  if (result.built.length === 0) {
    effects.log(`Nothing to build: every chart is up to date (${ms} ms)`);
    return;
  }
  effects.log(
    `Built ${result.built.join(", ")}: ${result.written.length} written, ${result.unchanged} unchanged` +
      `${result.partial ? " (partial build: manifest, snippets and notebook untouched)" : ""} in ${ms} ms`,
  );
}
