// The route of the offensive: the towns the SDF took, in order, each with the
// event rows (data/events.csv) that date it and its position (data/places.csv).

import type { Dataset } from "../../data/load.js";
import type { EventRow, Place } from "../../data/schema.js";
import * as schema from "../../data/schema.js";
import { DataError } from "../../src/build/errors.js";
import type { Format } from "../../src/render/locale/index.js";
import type { MapStrings } from "./map.strings.js";

/** Town (places.csv id) and the events that date it: the first town also carries the start, the last the end. */
export const ROUTE = [
  { place: "hajin", start: "launch", taken: "hajin-taken" },
  { place: "al-shaafah", taken: "shaafa" },
  { place: "susa", taken: "sousa-taken" },
  { place: "baghouz", end: "baghouz-falls" },
] as const;

export interface Stop {
  readonly place: Place;
  /** The name as the chart's events spell it, so the map and the timeline agree. */
  readonly name: string;
  readonly events: readonly EventRow[];
  /** What the key says under the name. */
  readonly lines: readonly string[];
  /** The date the town was taken, or the end, for the alt text. */
  readonly date: string;
  /** The start of the offensive, on the first town. */
  readonly startDate?: string;
}

/** A row the map cannot do without: its absence is bad data, reported like any other. */
function must<T>(value: T | undefined, file: string, id: string): T {
  if (value === undefined) throw new DataError([{ file, expected: `a row with id "${id}", which the map needs` }]);
  return value;
}

/** A day, or both days where sources disagree: "7 ou 13 janv. 2019". */
export function eventDay(event: EventRow, format: Format, t: MapStrings): string {
  if (!event.alt_date) return format.day(event.date.date);
  const pair = format.dayPair(event.date.date, event.alt_date.date, t.either);
  return `${pair}${format.locale === "en" ? "," : ""} ${format.year(event.date.date)}`;
}

export function route(dataset: Dataset, format: Format, t: MapStrings): Stop[] {
  const event = (id: string) =>
    must(
      dataset.events.find((e) => e.id === id),
      schema.events.file,
      id,
    );
  return ROUTE.map((stop) => {
    const place = must(
      dataset.places.find((p) => p.id === stop.place),
      schema.places.file,
      stop.place,
    );
    const start = "start" in stop ? event(stop.start) : undefined;
    const taken = "taken" in stop ? event(stop.taken) : undefined;
    const end = "end" in stop ? event(stop.end) : undefined;
    const dated = (taken ?? end) as EventRow;
    const lines = [
      ...(start ? [t.start(eventDay(start, format, t)), t.announced] : []),
      ...(taken ? [t.taken(eventDay(taken, format, t))] : []),
      ...(end ? [t.end(eventDay(end, format, t))] : []),
    ];
    return {
      place,
      name: dated[`place_${format.locale}`],
      events: [start, taken, end].filter((e) => e !== undefined),
      lines,
      date: eventDay(dated, format, t),
      ...(start ? { startDate: eventDay(start, format, t) } : {}),
    };
  });
}
