// Writes data/README.md from the schema, so the documentation of every
// dataset, its columns and its sources cannot drift from the code.
// Run with `npm run docs`; a test checks the committed file is current.

import { writeFileSync } from "node:fs";
import type { Columns, Table } from "../src/schema/table.js";
import { readDataset } from "./read.js";
import { tables } from "./schema.js";

function describeTable(table: Table<Columns>): string {
  const rows = Object.entries(table.columns).map(
    ([name, column]) => `| \`${name}\` | ${column.type}${column.optional ? " (optional)" : ""} | ${column.doc.replace(/\|/g, "\\|")} |`,
  );
  return [`## \`${table.file}\``, "", table.doc, "", "| column | type | meaning |", "|---|---|---|", ...rows, ""].join("\n");
}

export function generateDataReadme(): string {
  const dataset = readDataset();
  const sources = dataset.sources.map((source) => {
    const organisation = dataset.organisations.find((o) => o.id === source.organisation)?.name_en;
    return `| \`${source.id}\` | ${organisation} | ${source.outlet} | <${source.url}> |`;
  });
  return [
    "# The dataset",
    "",
    "Generated from `data/schema.ts` by `npm run docs`. Do not edit by hand.",
    "",
    "Every figure comes from `data/facts.md` (the project's copy of the research fact sheet). To change one, edit its line in the CSV file and run `npm run build`: the loader checks every cell and names the file, line and field of any problem.",
    "",
    "Conventions: dates are ISO (`2018-09-10`, or `2015-01` when only the month is known); numbers use a dot for decimals and no thousands separator; lists are separated by semicolons.",
    "",
    ...tables.map(describeTable),
    "## Sources",
    "",
    "| id | organisation | outlet | URL |",
    "|---|---|---|---|",
    ...sources,
    "",
  ].join("\n");
}

if (import.meta.url === `file://${process.argv[1]}`) {
  writeFileSync(new URL("./README.md", import.meta.url), generateDataReadme());
}
