// The territory chart's data on the notebook page: every estimate as
// published, and the events the chart marks, in date order, with their sources.

import type { Dataset } from "../../data/load.js";
import type { TerritoryRow } from "../../data/schema.js";
import { byDate, roundLike, tableContext } from "../../src/notebook/tables.js";
import type { Cell } from "../../src/render/chart.js";
import type { Format, Locale } from "../../src/render/locale/index.js";
import { QUALIFIER_SYMBOL } from "../../src/render/locale/qualifiers.js";
import { areaKm2 } from "./territory.js";
import { qualifiedArea } from "./territory.strings.js";

export const defaults = {
  /** Events marked on the territory chart (its key moments), listed in its table. */
  moments: ["mosul", "iraq-victory", "launch"],
};

function publishedArea(format: Format, row: TerritoryRow): string {
  if (row.unit !== "sq-mi") return qualifiedArea(format, areaKm2(row), row.unit, row.qualifier);
  const symbol = QUALIFIER_SYMBOL[row.qualifier];
  const km2 = roundLike(areaKm2(row), row.value);
  return `${symbol}${format.number(row.value)}\u00a0mi² (≈\u00a0${format.number(km2)}\u00a0km²)`;
}

export function territoryTable(dataset: Dataset, locale: Locale): Cell[][] {
  const { format, links, organisation, sourceOrganisations, inferred, eventDate } = tableContext(dataset, locale);
  const estimates = dataset.territory.map((row): [number, Cell[]] => [
    +row.refers_to.date,
    [
      { text: format.date(row.refers_to.date, row.refers_to.precision) + inferred(row.date_status) },
      { text: publishedArea(format, row) },
      { text: organisation(row.estimator) },
      { text: "", links: links(row.sources) },
    ],
  ]);
  const moments = dataset.events
    .filter((event) => defaults.moments.includes(event.id))
    .map((event): [number, Cell[]] => [
      +event.date.date,
      [
        { text: eventDate(event) },
        { text: event[`label_${locale}`] },
        { text: sourceOrganisations(event.sources) },
        { text: "", links: links(event.sources) },
      ],
    ]);
  return byDate([...estimates, ...moments]);
}
