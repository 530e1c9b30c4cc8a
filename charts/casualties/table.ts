// The casualties chart's data on the notebook page: every toll as published, with its sources.

import type { Dataset } from "../../data/load.js";
import { tableContext } from "../../src/notebook/tables.js";
import type { Cell } from "../../src/render/chart.js";
import type { Locale } from "../../src/render/locale/index.js";
import { QUALIFIER_SYMBOL, strings } from "./casualties.strings.js";

export function casualtiesTable(dataset: Dataset, locale: Locale): Cell[][] {
  const { format, links, inferred } = tableContext(dataset, locale);
  return dataset.casualties.map((row) => [
    { text: format.day(row.refers_to.date) + inferred(row.date_status) },
    { text: strings[locale].group[row.group] },
    { text: `${QUALIFIER_SYMBOL[row.qualifier]}${format.number(row.value)}` },
    { text: "", links: links(row.sources) },
  ]);
}
