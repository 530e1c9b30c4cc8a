// The data behind each chart as table rows, from the same dataset the chart
// is drawn from, each row with links to its sources. Figures are shown as
// published (17 500 mi², not a conversion to the square kilometre), rows run
// in date order, and every event a chart marks is listed with its sources.

import { strings as casualtyStrings, QUALIFIER_SYMBOL } from "../../charts/casualties.strings.js";
import { mapRows } from "../../charts/map/table.js";
import { areaKm2 } from "../../charts/territory.js";
import { qualifiedArea } from "../../charts/territory.strings.js";
import { eventDays } from "../../charts/timeline.js";
import { strings as timelineStrings } from "../../charts/timeline.strings.js";
import type { Dataset } from "../../data/load.js";
import type { EventRow, TerritoryRow } from "../../data/schema.js";
import { type Format, getFormat, type Locale } from "../locale/index.js";

export interface Cell {
  readonly text: string;
  readonly links?: readonly { readonly text: string; readonly href: string }[];
}

/** Events marked on the territory chart (its key moments), listed in its table. */
const TERRITORY_MOMENTS = ["mosul", "iraq-victory", "launch"];

/** Rounds to the significant digits of the published figure (at least two): 17 500 mi² → 45 300 km², not 45 325. */
export function roundLike(value: number, published: number): number {
  const digits = Math.max(2, String(published).replace(/\./, "").replace(/^0+/, "").replace(/0+$/, "").length);
  const magnitude = 10 ** (Math.floor(Math.log10(Math.abs(value))) + 1 - digits);
  return Math.round(value / magnitude) * magnitude;
}

function publishedArea(format: Format, row: TerritoryRow): string {
  if (row.unit !== "sq-mi") return qualifiedArea(format, areaKm2(row), row.unit, row.qualifier);
  const symbol = QUALIFIER_SYMBOL[row.qualifier];
  const km2 = roundLike(areaKm2(row), row.value);
  return `${symbol}${format.number(row.value)}\u00a0mi² (≈\u00a0${format.number(km2)}\u00a0km²)`;
}

function eventDate(format: Format, locale: Locale, event: EventRow): string {
  if (event.date.precision !== "day") return format.date(event.date.date, event.date.precision);
  // "10–13 oct. 2018" / "Oct 10–13, 2018": the year as each locale's day format writes it.
  return `${eventDays(event, format, timelineStrings[locale])}${locale === "en" ? "," : ""} ${format.year(event.date.date)}`;
}

export function dataRows(chartId: string, dataset: Dataset, locale: Locale): Cell[][] {
  const format = getFormat(locale);
  // Outlets name organisations in English ("Youm7 (SOHR)"); French pages say OSDH, FDS…
  const localOutlet = (outlet: string) =>
    dataset.organisations.reduce(
      (text, o) => (o.name_en === o[`name_${locale}`] ? text : text.replace(new RegExp(`\\b${o.name_en}\\b`, "g"), o[`name_${locale}`])),
      outlet,
    );
  const links = (ids: readonly string[]) =>
    ids
      .map((id) => dataset.sources.find((s) => s.id === id))
      .filter((s) => s !== undefined)
      .map((s) => ({ text: localOutlet(s.outlet), href: s.url }));
  const organisation = (id: string) => dataset.organisations.find((o) => o.id === id)?.[`name_${locale}`] ?? id;
  const sourceOrganisations = (ids: readonly string[]) =>
    [...new Set(ids.map((id) => organisation(dataset.sources.find((s) => s.id === id)?.organisation ?? id)))].join(", ");
  const inferred = (status: string) => (status === "inferred" ? (locale === "fr" ? " (date déduite)" : " (inferred date)") : "");
  const byDate = (rows: readonly (readonly [number, Cell[]])[]) => [...rows].sort((a, b) => a[0] - b[0]).map(([, row]) => row);
  if (chartId === "territory") {
    const estimates = dataset.territory.map(
      (row) =>
        [
          +row.refers_to.date,
          <Cell[]>[
            { text: format.date(row.refers_to.date, row.refers_to.precision) + inferred(row.date_status) },
            { text: publishedArea(format, row) },
            { text: organisation(row.estimator) },
            { text: "", links: links(row.sources) },
          ],
        ] as const,
    );
    const moments = dataset.events
      .filter((event) => TERRITORY_MOMENTS.includes(event.id))
      .map(
        (event) =>
          [
            +event.date.date,
            <Cell[]>[
              { text: eventDate(format, locale, event) },
              { text: event[`label_${locale}`] },
              { text: sourceOrganisations(event.sources) },
              { text: "", links: links(event.sources) },
            ],
          ] as const,
      );
    return byDate([...estimates, ...moments]);
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
      { text: eventDate(format, locale, event) },
      { text: event[`place_${locale}`] },
      { text: `${event[`label_${locale}`]}. ${event[`description_${locale}`]}` },
      { text: "", links: links(event.sources) },
    ]);
}
