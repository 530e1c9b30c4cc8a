// `last-pocket build [chart...] [--out DIR]`

import { join, relative } from "node:path";
import { parseArgs } from "node:util";
import { charts } from "../../charts/index.js";
import { PROJECT_ROOT, readDataset } from "../../data/read.js";
import { build } from "../build.js";
import { nodeEffects } from "../effects.js";
import { CliError } from "../errors.js";

export async function run(args: string[]): Promise<void> {
  const { values, positionals } = parseArgs({
    args,
    allowPositionals: true,
    options: { out: { type: "string" }, help: { type: "boolean", short: "h" } },
  });
  if (values.help) {
    process.stdout.write(`Usage: last-pocket build [chart...] [--out DIR]\n\nCharts: ${charts.map((c) => c.id).join(", ")}\n`);
    return;
  }
  const unknown = positionals.filter((name) => !charts.some((chart) => chart.id === name));
  if (unknown.length > 0) throw new CliError(`unknown chart "${unknown[0]}" (charts: ${charts.map((c) => c.id).join(", ")})`, 2);
  const selected = positionals.length === 0 ? charts : charts.filter((chart) => positionals.includes(chart.id));
  // --out is relative to where the command runs; the default is the project's output/.
  const out = values.out ?? relative(process.cwd(), join(PROJECT_ROOT, "output"));
  build({ charts: selected, dataset: readDataset(), out }, nodeEffects(process.cwd()));
}
