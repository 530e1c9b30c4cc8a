// `last-pocket new <id>`: scaffolds charts/<id>/ from a small working chart
// (src/cli/commands/chartTemplate.ts) and adds its line to charts/list.ts, so
// the next build and the tests pick it up.

import { existsSync, mkdirSync, readFileSync, writeFileSync } from "node:fs";
import { dirname, join } from "node:path";
import { chartList } from "../../../charts/list.js";
import { CliError } from "../../build/errors.js";
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
("frontlines", "camp-population").

Options:
  --verbose          Print stack traces on errors
  -h, --help         Show this help`;

const OPTIONS = { help: { type: "boolean", short: "h" } } as const;

const LIST = "charts/list.ts";

/** `id` when it can name a new chart; a usage error (exit code 2) otherwise. */
export function coerceChartId(id: string | undefined, root = PROJECT_ROOT): string {
  if (id === undefined) throw new CliError("new: give the new chart's id (last-pocket new <id>)", 2);
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

export async function run(args: string[]): Promise<void> {
  const { values, positionals } = parseCommandArgs("new", args, OPTIONS);
  if (values.help) {
    process.stdout.write(`${HELP}\n`);
    return;
  }
  if (positionals.length > 1) throw new CliError(`new: one chart id at a time (got ${positionals.length})`, 2);
  const id = coerceChartId(positionals[0]);
  const list = withChart(readFileSync(join(PROJECT_ROOT, LIST), "utf8"), id);
  for (const [path, text] of Object.entries(chartFiles(id))) {
    mkdirSync(dirname(join(PROJECT_ROOT, path)), { recursive: true });
    writeFileSync(join(PROJECT_ROOT, path), text, { flag: "wx" });
    process.stdout.write(`${path}\n`);
  }
  writeFileSync(join(PROJECT_ROOT, LIST), list);
  process.stdout.write(`${LIST} (added "${id}")\nNext: last-pocket build ${id}, then look at output/${id}/ (README: "Adding a chart").\n`);
}
