// `last-pocket new <id>`: scaffolds charts/<id>/ from a small working chart
// (src/cli/commands/chartTemplate.ts) and adds its line to charts/list.ts, so
// the next build and the tests pick it up.

import { existsSync, mkdirSync, readFileSync, renameSync, rmSync, writeFileSync } from "node:fs";
import { dirname, join, relative } from "node:path";
import { chartList } from "../../../charts/list.js";
import { CliError } from "../../build/errors.js";
import { acquireLock } from "../../build/lock.mjs";
import { parseCommandArgs } from "../args.js";
import { PROJECT_ROOT } from "../root.js";
import { chartFiles, defaults } from "./chartTemplate.js";

export const HELP = `Usage: last-pocket new <id>

Scaffolds a chart in charts/<id>/: its module (<id>.ts), its strings in each
locale (<id>.strings.ts), its text on the notebook page (notebook.fr.md,
notebook.en.md), its table headers (<id>.notebook.ts) and rows (table.ts), as
a small chart of the IHS Markit territory series; and adds it to
charts/list.ts. The next build renders it, and the tests check it.
<id> is kebab-case: lower-case letters and digits, words joined by "-"
("frontlines", "camp-population"), at most 64 characters.

Options:
  --verbose          Print stack traces on errors
  -h, --help         Show this help`;

const OPTIONS = { help: { type: "boolean", short: "h" } } as const;

const LIST = "charts/list.ts";

/** The lock that makes `new`s take turns with charts/list.ts, relative to the project root (beside the build's locks). */
export const NEW_LOCK = "node_modules/.cache/last-pocket/new.lock";

/**
 * The longest id: its longest file name, `<id>-fr-720-light@2x.png`, stays far below the 255 bytes most file
 * systems allow (an id of 250 failed half-way through writing the chart, ENAMETOOLONG).
 */
export const MAX_ID_LENGTH = 64;

/** `id` when it can name a new chart; a usage error (exit code 2) otherwise. */
export function coerceChartId(id: string | undefined, root = PROJECT_ROOT): string {
  if (id === undefined) throw new CliError("new: give the new chart's id (last-pocket new <id>)", 2);
  // The id is never printed here: it may be thousands of characters long.
  if (id.length > MAX_ID_LENGTH)
    throw new CliError(
      `new: the id has ${id.length} characters, at most ${MAX_ID_LENGTH} (its file names, such as <id>-fr-720-light@2x.png, must fit)`,
      2,
    );
  if (!/^[a-z][a-z0-9]*(?:-[a-z0-9]+)*$/.test(id))
    throw new CliError(`new: "${id}" is not kebab-case (lower-case letters and digits, words joined by "-", e.g. "camp-population")`, 2);
  if (chartList.some((entry) => entry.id === id) || existsSync(join(root, "charts", id)))
    throw new CliError(`new: chart "${id}" exists already (charts/${id}/)`, 2);
  return id;
}

/** charts/list.ts with the new chart's line added at the end of the list. */
export function withChart(list: string, id: string): string {
  const end = list.lastIndexOf("\n];");
  if (end < 0) throw new CliError(`${LIST}: no "];" closing the chart list, so the new chart cannot be added`);
  return `${list.slice(0, end)}\n  { id: "${id}", data: ${defaults.data} },${list.slice(end)}`;
}

/** A file-system failure while writing `path` (relative to the root), in one line. Exit code 1. */
function writeProblem(path: string, error: unknown): CliError {
  const { code, message } = error as NodeJS.ErrnoException;
  return new CliError(`new: cannot write ${path} (${code ?? message}); nothing was written`, 1);
}

/**
 * Writes the chart's folder whole or not at all: its files go into a staging folder, renamed into place
 * once every file is written, so no build ever sees half a chart (one breaks every command). The staging
 * folder is in the project root, not in charts/: one left by a killed `new` must not be bundled as a chart.
 */
function writeFolder(root: string, id: string, files: Record<string, string>): void {
  const folder = `charts/${id}`;
  const staging = join(root, `.last-pocket-new-${id}.${process.pid}`);
  let writing = folder;
  try {
    mkdirSync(staging);
    for (const [path, text] of Object.entries(files)) {
      writing = path;
      const staged = join(staging, relative(folder, path));
      mkdirSync(dirname(staged), { recursive: true });
      writeFileSync(staged, text, { flag: "wx" });
    }
    writing = folder;
    renameSync(staging, join(root, folder));
  } catch (error) {
    rmSync(staging, { recursive: true, force: true });
    throw writeProblem(writing, error);
  }
}

/** Replaces charts/list.ts in one rename, so a failed or killed `new` leaves the old list whole. */
function writeList(root: string, text: string): void {
  const staging = join(root, "charts", `.list.ts.${process.pid}`);
  try {
    writeFileSync(staging, text);
    renameSync(staging, join(root, LIST));
  } catch (error) {
    rmSync(staging, { force: true });
    throw writeProblem(LIST, error);
  }
}

/**
 * Writes charts/<id>/ and its line in charts/list.ts, all or nothing; returns the files written. `new`s take
 * turns through a lock: two at once each read the list, and the later write dropped the other's line.
 */
export async function addChart(id: string, root = PROJECT_ROOT, files = chartFiles(id)): Promise<string[]> {
  const release = await acquireLock(join(root, NEW_LOCK), { timeoutMs: 30_000 });
  try {
    // Looked at again under the lock: another `new` may have added this id since coerceChartId() checked it.
    const list = readFileSync(join(root, LIST), "utf8");
    if (list.includes(`{ id: "${id}",`) || existsSync(join(root, "charts", id)))
      throw new CliError(`new: chart "${id}" exists already (charts/${id}/)`, 2);
    const added = withChart(list, id);
    writeFolder(root, id, files);
    try {
      writeList(root, added);
    } catch (error) {
      rmSync(join(root, "charts", id), { recursive: true, force: true });
      throw error;
    }
    return Object.keys(files);
  } finally {
    release();
  }
}

export async function run(args: string[]): Promise<void> {
  const { values, positionals } = parseCommandArgs("new", args, OPTIONS);
  if (values.help) {
    process.stdout.write(`${HELP}\n`);
    return;
  }
  if (positionals.length > 1) throw new CliError(`new: one chart id at a time (got ${positionals.length})`, 2);
  const id = coerceChartId(positionals[0]);
  for (const path of await addChart(id)) process.stdout.write(`${path}\n`);
  process.stdout.write(`${LIST} (added "${id}")\nNext: last-pocket build ${id}, then look at output/${id}/ (README: "Adding a chart").\n`);
}
