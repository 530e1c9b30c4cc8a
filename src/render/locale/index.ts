// Formatting for each locale the charts ship in. French is the default.

import { formatLocale, timeFormatLocale } from "d3";
import type { Precision } from "../../schema/columns.js";
import { en, fr } from "./definitions.js";

const definitions = { fr, en };

export const LOCALES = ["fr", "en"] as const;
export type Locale = (typeof LOCALES)[number];
export const DEFAULT_LOCALE: Locale = "fr";

export function isLocale(value: unknown): value is Locale {
  return (LOCALES as readonly unknown[]).includes(value);
}

/** Strings in every locale: a chart's copy is typed so none can be missing. */
export type Translations<T> = Record<Locale, T>;

export interface Format {
  readonly locale: Locale;
  /** 90 800 / 90,800; fractions keep up to `decimals` digits. */
  number(value: number, decimals?: number): string;
  /** 10 sept. 2018 / Sep 10, 2018; 1er mars 2019 in French. */
  day(date: Date): string;
  /** 10 sept. / Sep 10 */
  dayMonth(date: Date): string;
  /** janv. 2015 / Jan 2015 */
  month(date: Date): string;
  /** janv. / Jan, with the year on January only: for crowded axes. */
  monthShort(date: Date): string;
  /** As monthShort, with the year on a line of its own ("janv.\n2019"): for narrow axes, where "janv. 2019" crowds its neighbours. */
  monthStacked(date: Date): string;
  /** Two days joined by `joiner`, sharing the month when they can: "10 ou 11 sept.", "Sep 10 or 11", "31 oct. – 11 nov.". */
  dayPair(first: Date, second: Date, joiner: string): string;
  /** A date as precisely as it is known. */
  date(date: Date, precision: Precision): string;
  year(date: Date): string;
  /** 90 800 km² with a no-break space before the unit. */
  area(km2: number): string;
}

const formats = new Map<Locale, Format>();

export function getFormat(locale: Locale): Format {
  let format = formats.get(locale);
  if (!format) {
    format = createFormat(locale);
    formats.set(locale, format);
  }
  return format;
}

function createFormat(locale: Locale): Format {
  const numbers = formatLocale(definitions[locale].number);
  const times = timeFormatLocale(definitions[locale].time);
  const french = locale === "fr";
  const monthYear = times.utcFormat("%b %Y");
  const year = times.utcFormat("%Y");
  const shortMonth = times.utcFormat("%b");
  const dayMonth = times.utcFormat(french ? "%-d %b" : "%b %-d");
  const withYear = (date: Date) => (french ? `${dayMonth(date)} ${year(date)}` : `${dayMonth(date)}, ${year(date)}`);
  // French writes the first of the month as an ordinal: « 1er mars ».
  const ordinal = (text: string, date: Date) => (french && date.getUTCDate() === 1 ? text.replace(/^1( |$)/, "1er$1") : text);
  const number = (value: number, decimals = 0) => {
    const fixed = numbers.format(`,.${decimals}f`)(value);
    return decimals > 0 ? fixed.replace(/[.,]?0+$/, "") : fixed;
  };
  const format: Format = {
    locale,
    number,
    day: (date) => ordinal(withYear(date), date),
    dayMonth: (date) => ordinal(dayMonth(date), date),
    month: monthYear,
    monthShort: (date) => (date.getUTCMonth() === 0 ? monthYear(date) : shortMonth(date)),
    monthStacked: (date) => (date.getUTCMonth() === 0 ? `${shortMonth(date)}\n${year(date)}` : shortMonth(date)),
    dayPair: (first, second, joiner) => {
      if (first.getUTCMonth() !== second.getUTCMonth()) return `${format.dayMonth(first)}${joiner}${format.dayMonth(second)}`;
      const month = shortMonth(first);
      const day = (date: Date) => ordinal(String(date.getUTCDate()), date);
      return french ? `${day(first)}${joiner}${day(second)} ${month}` : `${month} ${first.getUTCDate()}${joiner}${second.getUTCDate()}`;
    },
    date: (date, precision) => (precision === "day" ? format.day(date) : monthYear(date)),
    year,
    area: (km2) => `${number(km2, km2 < 10 ? 1 : 0)}\u00a0km²`,
  };
  return format;
}
