// The map's data on the notebook page: every place with its position, how the
// position is known, the date the SDF took it, and links to its sources.

import type { Dataset } from "../../data/load.js";
import { tableContext } from "../../src/notebook/tables.js";
import type { Cell } from "../../src/render/chart.js";
import type { Locale } from "../../src/render/locale/index.js";
import { strings } from "./map.strings.js";
import { route } from "./route.js";

export function mapTable(dataset: Dataset, locale: Locale): Cell[][] {
  const { format, links } = tableContext(dataset, locale);
  const fr = locale === "fr";
  const stops = route(dataset, format, strings[locale]);
  const degrees = (value: number, axis: "N" | "E") => `${format.number(value, 4)}°\u00a0${axis}`;
  return dataset.places.map((place) => {
    const stop = stops.find((s) => s.place === place);
    const estimated = place.position === "estimated";
    const position = `${estimated ? "≈\u00a0" : ""}${degrees(place.lat, "N")}, ${degrees(place.lon, "E")}`;
    const how = estimated
      ? fr
        ? ` (estimée, à ${format.number(place.uncertainty_km ?? 0)}\u00a0km près)`
        : ` (estimated, within ${format.number(place.uncertainty_km ?? 0)}\u00a0km)`
      : "";
    const pages = [
      ...(place.article ? [{ text: "Wikipedia", href: place.article }] : []),
      ...(place.read_at && place.read_at !== place.article ? [{ text: fr ? "page lue" : "page read", href: place.read_at }] : []),
      ...links(stop?.events.flatMap((event) => event.sources) ?? []),
    ];
    return [
      { text: stop?.name ?? place[`name_${locale}`] },
      { text: position + how },
      { text: stop ? stop.lines.join(" ; ".replace(" ;", fr ? "\u202f;" : ";")) : "" },
      { text: "", links: pages },
    ];
  });
}
