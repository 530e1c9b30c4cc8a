// Chart 4: the locator map of the last pocket. The Euphrates valley from Deir
// ez-Zor to al-Qaim, the Syria–Iraq border, the towns the SDF took in order
// (numbered on the map, dated in the key below it), an inset placing the area
// within Syria and Iraq, and a scale bar. Drawn with d3-geo: Plot's geo marks
// would not let labels be measured against the river before they are placed.

import type { Dataset } from "../../data/load.js";
import * as schema from "../../data/schema.js";
import { actorClass } from "../../src/render/actors.js";
import type { Chart, ChartOptions } from "../../src/render/chart.js";
import { figure, isNarrow, panelWidth } from "../../src/render/figure.js";
import { getFormat } from "../../src/render/locale/index.js";
import { frenchSpacing } from "../../src/render/locale/spacing.js";
import { type Provenance, provenanceFooter, provenanceOf, withOrganisations } from "../../src/render/provenance.js";
import { keyPanel } from "./key.js";
import { notebook } from "./map.notebook.js";
import { strings } from "./map.strings.js";
import { mapPanel } from "./panel.js";
import { route } from "./route.js";
import { mapTable } from "./table.js";

export const defaults = {
  /** West, south, east, north in degrees: Deir ez-Zor to al-Qaim with room for labels, per width. */
  bounds: { narrow: [39.78, 34.25, 41.48, 35.42], wide: [39.7, 34.25, 41.8, 35.42] },
  /** Places drawn for context, not on the route. */
  context: ["deir-ez-zor", "al-qaim"],
};

function render(dataset: Dataset, options: ChartOptions): SVGSVGElement {
  const { document, locale, width, theme } = options;
  const t = strings[locale];
  const format = getFormat(locale);
  const narrow = isNarrow(width);
  const inner = panelWidth(width);
  const stops = route(dataset, format, t);
  const context = defaults.context.map((id) => dataset.places.find((p) => p.id === id)).filter((p) => p !== undefined);
  const map = mapPanel({
    document,
    dataset,
    locale,
    theme,
    width: inner,
    bounds: defaults.bounds[narrow ? "narrow" : "wide"],
    stops,
    context,
  });
  const key = keyPanel({ document, theme, width: inner, narrow, stops });

  const provenance = chart.provenance(dataset);
  const estimated = stops.filter((stop) => stop.place.position === "estimated");
  const km = format.number(Math.max(...estimated.map((stop) => stop.place.uncertainty_km ?? 0)));
  // Desk notes (the places left out, al-Qaim's two positions) and the C8 and C9 notes are in the notebook text.
  const after = [...(estimated.length ? [t.estimated(estimated.map((stop) => stop.name).join(", "), km)] : [])];
  const spaced = (text: string) => (locale === "fr" ? frenchSpacing(text) : text);
  const name = (id: string) => dataset.places.find((p) => p.id === id)?.[`name_${locale}`] ?? id;
  return figure({
    document,
    id: chart.id,
    width,
    theme,
    title: t.title,
    subtitle: t.subtitle,
    alt: t.alt({
      towns: stops.map((stop) => ({ name: stop.name, date: stop.date, estimated: stop.place.position === "estimated" })),
      start: stops[0].startDate ?? "",
      end: stops[stops.length - 1].date,
      from: name("deir-ez-zor"),
      to: name("al-qaim"),
    }),
    legend: [
      { symbol: "dot", color: theme.actors.sdf, label: t.legendTaken, actorClass: actorClass("sdf") },
      ...(estimated.length
        ? [{ symbol: "hollow" as const, color: theme.actors.sdf, label: t.legendEstimated(km), actorClass: actorClass("sdf") }]
        : []),
      { symbol: "dot", color: theme.actors.neutral, label: t.legendOther },
    ],
    panels: [map, key],
    ...provenanceFooter(provenance, locale, {
      after,
      spacing: spaced,
      conflicts: ["C6"],
      primary: ["afp", "sohr", "sdf", "smart", "wikipedia", "natural-earth"],
    }),
  });
}

export const chart: Chart = {
  id: "map",
  tables: [schema.events, schema.sources, schema.organisations, schema.conflicts, schema.places, schema.features, schema.geometry],
  strings,
  notebook,
  table: mapTable,
  provenance: (dataset): Provenance => {
    const format = getFormat("en");
    const stops = route(dataset, format, strings.en);
    const events = provenanceOf(
      dataset,
      stops.flatMap((stop) => stop.events),
    );
    // The towns' positions and the map's geometry name their organisations after the events' sources.
    const places = [...stops.map((stop) => stop.place.organisation), ...dataset.features.map((f) => f.organisation)];
    return withOrganisations(dataset, events, places);
  },
  render,
};
