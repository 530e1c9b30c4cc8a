// What every chart's data table on the notebook page is made with (each chart
// writes its own rows in charts/<id>/table.ts, from the same dataset it is
// drawn from): links to sources, organisation names, event dates. Figures are
// shown as published (17 500 mi², not a conversion to the square kilometre),
// rows run in date order, and every event a chart marks is listed with its sources.

import { eventDays } from "../../charts/timeline/days.js";
import { strings as timelineStrings } from "../../charts/timeline/timeline.strings.js";
import type { Dataset } from "../../data/load.js";
import type { EventRow } from "../../data/schema.js";
import type { Cell } from "../render/chart.js";
import { type Format, getFormat, type Locale } from "../render/locale/index.js";

export type { Cell } from "../render/chart.js";

export interface TableContext {
  readonly format: Format;
  /** Links to the sources with these ids, named by their outlet in the page's locale. */
  links(ids: readonly string[]): { text: string; href: string }[];
  /** An organisation's name in the page's locale. */
  organisation(id: string): string;
  /** The organisations behind these sources, once each, joined by commas. */
  sourceOrganisations(ids: readonly string[]): string;
  /** " (date déduite)" after a date the source did not give. */
  inferred(status: string): string;
  /** "10–13 oct. 2018" / "Oct 10–13, 2018". */
  eventDate(event: EventRow): string;
}

/** Rounds to the significant digits of the published figure (at least two): 17 500 mi² → 45 300 km², not 45 325. */
export function roundLike(value: number, published: number): number {
  const digits = Math.max(2, String(published).replace(/\./, "").replace(/^0+/, "").replace(/0+$/, "").length);
  const magnitude = 10 ** (Math.floor(Math.log10(Math.abs(value))) + 1 - digits);
  return Math.round(value / magnitude) * magnitude;
}

/** Rows keyed by a date, in date order. */
export function byDate(rows: readonly (readonly [number, Cell[]])[]): Cell[][] {
  return [...rows].sort((a, b) => a[0] - b[0]).map(([, row]) => row);
}

export function tableContext(dataset: Dataset, locale: Locale): TableContext {
  const format = getFormat(locale);
  // Outlets name organisations in English ("Youm7 (SOHR)"); French pages say OSDH, FDS…
  const localOutlet = (outlet: string) =>
    dataset.organisations.reduce(
      (text, o) => (o.name_en === o[`name_${locale}`] ? text : text.replace(new RegExp(`\\b${o.name_en}\\b`, "g"), o[`name_${locale}`])),
      outlet,
    );
  const organisation = (id: string) => dataset.organisations.find((o) => o.id === id)?.[`name_${locale}`] ?? id;
  return {
    format,
    links: (ids) =>
      ids
        .map((id) => dataset.sources.find((s) => s.id === id))
        .filter((s) => s !== undefined)
        .map((s) => ({ text: localOutlet(s.outlet), href: s.url })),
    organisation,
    sourceOrganisations: (ids) =>
      [...new Set(ids.map((id) => organisation(dataset.sources.find((s) => s.id === id)?.organisation ?? id)))].join(", "),
    inferred: (status) => (status === "inferred" ? (locale === "fr" ? " (date déduite)" : " (inferred date)") : ""),
    eventDate: (event) => {
      if (event.date.precision !== "day") return format.date(event.date.date, event.date.precision);
      // "10–13 oct. 2018" / "Oct 10–13, 2018": the year as each locale's day format writes it.
      return `${eventDays(event, format, timelineStrings[locale])}${locale === "en" ? "," : ""} ${format.year(event.date.date)}`;
    },
  };
}
