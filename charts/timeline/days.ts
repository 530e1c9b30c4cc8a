// An event's days as the timeline and the notebook tables print them; kept
// apart from the chart module so the tables can use it without loading Plot.

import type { EventRow } from "../../data/schema.js";
import type { Format } from "../../src/render/locale/index.js";
import type { TimelineStrings } from "./timeline.strings.js";

/** "≈ 1er–9 févr.", "9 ou 10 déc.", "Oct 31 – Nov 11": an event's days as the timeline and the notebook print them. */
export function eventDays(event: EventRow, format: Format, t: TimelineStrings): string {
  const date = event.date.date;
  const text = event.alt_date
    ? format.dayPair(date, event.alt_date.date, t.either)
    : event.end
      ? format.dayPair(date, event.end.date, event.end.date.getUTCMonth() === date.getUTCMonth() ? t.span : ` ${t.span} `)
      : format.dayMonth(date);
  return `${event.date_status === "inferred" ? t.inferred : ""}${text}`;
}
