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
  const order = table.order?.length
    ? [
        `Rows are sorted by ${table.order.map((name) => `\`${name}\``).join(", ")} when loaded: their order in the file changes nothing.`,
        "",
      ]
    : [];
  return [`## \`${table.file}\``, "", table.doc, "", ...order, "| column | type | meaning |", "|---|---|---|", ...rows, ""].join("\n");
}

/** Figures and events facts.md records that the charts leave out, each with the reason. */
const LEFT_OUT = [
  "## Left out, and why",
  "",
  "- **The National's mid-December tolls** (539 SDF fighters, 922 IS fighters, 324 civilians; facts.md table 2): the page does not name its source. The casualties chart is a line of SOHR's running tolls and says so; putting an unattributed figure on it would credit SOHR with a number SOHR is not shown to have given. Between 14 December 2018 and 8 January 2019 the chart therefore has no point.",
  '- **The 15 January 2019 tolls relayed by Syrializm** (more than 600 SDF fighters, more than 1,000 IS fighters, more than 360 civilians; facts.md table 2): the page does not name its source either (facts.md: "SOHR/AFP, not named on the page"), so by the same rule they stay off the SOHR chart. The Syrializm page remains a source for the capture of Sousa on the timeline.',
  "- **Jones and Dobbins, early 2017** (45,377 km², *Survival*, facts.md 1b): undated within the year, so it cannot be placed on the time axis; it agrees with the Defense Department's ≈ 45,300 km² of 20 January 2017, which is plotted.",
  "- **The size of the pocket when the offensive began** (the US government's ≈ 1 % of the former territory, the SDF's 35 km × 10 km target area, facts.md 1b): a share and a rectangle, not areas on the chart's definition; the notebook's territory text gives both.",
  "- **The fall of Raqqa (October 2017)**: facts.md confirms only the month, from an Indonesian outlet, and gives no URL, so no datum could cite the page it was read on. The exact day (17 October) is status R.",
  "- **Iraq's victory declaration (9 December 2017)** is in `events.csv` (status V-2) and marked on the desktop territory chart beside the Mosul victory, as context for the 2017 fall (at phone width the two labels would crowd each other; the notebook's territory table lists both).",
  "- **The Manbij bombing (16 January 2019)** stays in `events.csv` as context (importance 3) but off the timeline: Manbij, in northern Syria, is far from the pocket, and the timeline shows the offensive in the Euphrates valley.",
  "- **Non-SOHR tolls** (the SDF's whole-war 11,000 killed, single-attack tolls, Airwars' strike tolls) measure other things and stay off the running totals.",
  "",
];

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
    "Text columns in French follow French typography, typed as such: a narrow no-break space (U+202F) before `; ! ?` and `»`, after `«`, before `%` and between thousands (`73 440`); a no-break space (U+00A0) before `:` and before a unit (`15 km²`). `npm test` names any cell that breaks these rules in the charts, snippets or pages.",
    "",
    ...tables.map(describeTable),
    ...LEFT_OUT,
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
