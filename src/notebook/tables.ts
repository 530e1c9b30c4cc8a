// The data behind each chart as table rows, from the same dataset the chart
// is drawn from, each row with links to its sources.

import { strings as casualtyStrings, QUALIFIER_SYMBOL } from "../../charts/casualties.strings.js";
import { mapRows } from "../../charts/map/table.js";
import { areaKm2 } from "../../charts/territory.js";
import { qualifiedArea } from "../../charts/territory.strings.js";
import type { Dataset } from "../../data/load.js";
import { getFormat, type Locale } from "../locale/index.js";

export interface Cell {
  readonly text: string;
  readonly links?: readonly { readonly text: string; readonly href: string }[];
}

export function dataRows(chartId: string, dataset: Dataset, locale: Locale): Cell[][] {
  const format = getFormat(locale);
  const links = (ids: readonly string[]) =>
    ids
      .map((id) => dataset.sources.find((s) => s.id === id))
      .filter((s) => s !== undefined)
      .map((s) => ({ text: s.outlet, href: s.url }));
  const organisation = (id: string) => dataset.organisations.find((o) => o.id === id)?.[`name_${locale}`] ?? id;
  const inferred = (status: string) => (status === "inferred" ? (locale === "fr" ? " (date déduite)" : " (inferred date)") : "");
  if (chartId === "territory") {
    return dataset.territory.map((row) => [
      { text: format.date(row.refers_to.date, row.refers_to.precision) + inferred(row.date_status) },
      { text: qualifiedArea(format, areaKm2(row), row.unit, row.qualifier) },
      { text: organisation(row.estimator) },
      { text: "", links: links(row.sources) },
    ]);
  }
  if (chartId === "casualties") {
    return dataset.casualties.map((row) => [
      { text: format.day(row.refers_to.date) + inferred(row.date_status) },
      { text: casualtyStrings[locale].group[row.group] },
      { text: `${QUALIFIER_SYMBOL[row.qualifier]}${format.number(row.value)}` },
      { text: "", links: links(row.sources) },
    ]);
  }
  if (chartId === "map") return mapRows(dataset, locale, links);
  return dataset.events
    .filter((event) => event.importance !== "3")
    .map((event) => [
      { text: format.day(event.date.date) + (event.alt_date ? ` / ${format.day(event.alt_date.date)}` : "") },
      { text: event[`place_${locale}`] },
      { text: `${event[`label_${locale}`]}. ${event[`description_${locale}`]}` },
      { text: "", links: links(event.sources) },
    ]);
}
