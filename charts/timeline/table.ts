// The timeline's data on the notebook page: every event of importance 1 or 2,
// with its place, description and sources.

import type { Dataset } from "../../data/load.js";
import { tableContext } from "../../src/notebook/tables.js";
import type { Cell } from "../../src/render/chart.js";
import type { Locale } from "../../src/render/locale/index.js";

export function timelineTable(dataset: Dataset, locale: Locale): Cell[][] {
  const { links, eventDate } = tableContext(dataset, locale);
  return dataset.events
    .filter((event) => event.importance !== "3")
    .map((event) => [
      { text: eventDate(event) },
      { text: event[`place_${locale}`] },
      { text: `${event[`label_${locale}`]}. ${event[`description_${locale}`]}` },
      { text: "", links: links(event.sources) },
    ]);
}
