// The one schema of the dataset. Row types, load-time validation and
// data/README.md are all derived from these table definitions.

import { id, integer, isoDate, list, number, oneOf, optional, text, url } from "../src/schema/columns.js";
import { defineTable, type Row } from "../src/schema/table.js";

export const STATUSES = ["V", "V-2"] as const;
export const QUALIFIERS = ["exact", "about", "at-least", "more-than", "fewer-than", "close-to"] as const;
export const DATE_STATUSES = ["exact", "inferred"] as const;
export const AREA_UNITS = ["km2", "m2", "sq-mi"] as const;
/** Square kilometres in one of each unit (the territory chart converts with the same factors). */
export const KM2_PER_UNIT: Record<(typeof AREA_UNITS)[number], number> = { km2: 1, m2: 1e-6, "sq-mi": 2.589988110336 };

const sourceIds = list(id("a source id"), "Ids of the sources (data/sources.csv) the figure was read in, separated by semicolons.");
const conflictIds = list(id("a conflict id", /^C\d+$/), "Ids of the source conflicts (data/conflicts.csv) that apply, e.g. C1;C2.");
const status = oneOf(STATUSES, "V: read at the URL; V-2: read on a secondary outlet or with the date only implied (facts.md).");
const dateStatus = oneOf(
  DATE_STATUSES,
  "exact: the source gives the date; inferred: worked out from relative wording or publication dates.",
);
/**
 * What the charts can show, so that valid data never breaks a layout (the
 * property test in test/reliability/layout.test.ts renders datasets at these bounds):
 * the story ends when Baghouz fell, the territory axis tops at 100,000 km², the
 * casualties axis at 1,700, and a key-moment label is one line of 11 px text.
 */
export const BOUNDS = {
  /** The first month of the territory chart, and the fall of Baghouz. */
  dates: { min: "2015-01-01", max: "2019-03-23" },
  /** The casualties chart's axis: 10 September 2018 to 23 March 2019. */
  offensive: { min: "2018-09-10", max: "2019-03-23" },
  territoryKm2: 100_000,
  casualties: 1700,
  labelWidth: 210,
} as const;

const qualifier = oneOf(QUALIFIERS, "How the source qualifies the figure: exact, about, at-least, more-than, fewer-than, close-to.");

export const organisations = defineTable({
  file: "data/organisations.csv",
  doc: "Who produced a figure: the estimator or monitor named in the source line.",
  columns: {
    id: id("Organisation id, referred to from sources.csv and the datasets."),
    name_fr: text("Name as the French charts print it."),
    name_en: text("Name as the English charts print it."),
  },
});

export const sources = defineTable({
  file: "data/sources.csv",
  doc: "Every page a figure was checked against, as listed in data/facts.md.",
  columns: {
    id: id("Source id, referred to from the datasets."),
    organisation: id("Organisation (organisations.csv) behind the figure, not the outlet."),
    outlet: text("Who published the page the figure was read on."),
    url: url("Address of the page, exactly as facts.md gives it."),
    published: optional(isoDate("Publication date of the page, when it is known.")),
    language: id("Language of the page, as an ISO 639-1 code."),
  },
});

export const conflicts = defineTable({
  file: "data/conflicts.csv",
  doc: "Conflicts between sources recorded in facts.md (C1 to C12), as notes the charts print.",
  columns: {
    id: id("Conflict id from facts.md.", /^C\d+$/),
    note_fr: text("The note in French, in our own words."),
    note_en: text("The note in English, in our own words."),
  },
});

export const territory = defineTable({
  file: "data/territory.csv",
  doc: "Area held by the Islamic State in Syria and Iraq (facts.md tables 1a and 1b).",
  // The IHS series first, by date: its first and last figures are the chart's "less" and its line.
  order: ["series", "refers_to", "scope", "estimator"],
  columns: {
    refers_to: isoDate("Date the estimate describes: YYYY-MM-DD, or YYYY-MM for a month.", BOUNDS.dates),
    date_status: dateStatus,
    value: number("The figure as the source gives it, in `unit`; at most 100,000 km² once converted.", { max: 1e6 }),
    unit: oneOf(AREA_UNITS, "Unit of `value`. m2 and sq-mi are converted to km² and flagged as derived."),
    qualifier,
    series: oneOf(["ihs", "other"], "ihs: the IHS Conflict Monitor series; other: estimates on other definitions."),
    scope: oneOf(["territory", "camp"], "territory: all land held; camp: only the last encampment (conflict C5)."),
    estimator: id("Organisation (organisations.csv) that made the estimate."),
    sources: sourceIds,
    status,
    conflicts: conflictIds,
  },
});

export const GROUPS = ["sdf", "is", "civilians"] as const;

export const casualties = defineTable({
  file: "data/casualties.csv",
  doc: "SOHR running tolls of the SDF offensive, cumulative since 10 September 2018 (facts.md table 2). Single-attack and non-SOHR tolls stay out.",
  order: ["refers_to", "group"],
  columns: {
    refers_to: isoDate("Date the running toll describes.", BOUNDS.offensive),
    date_status: dateStatus,
    group: oneOf(GROUPS, "Who was killed: SDF fighters, IS fighters or civilians."),
    value: integer("Deaths since 10 September 2018, as the source gives them; at most 1,700, the top of the chart's axis.", {
      max: BOUNDS.casualties,
    }),
    qualifier,
    sources: sourceIds,
    status,
    conflicts: conflictIds,
    note: optional(text("Why the toll is lower than an earlier one, where it is (a rounding or a lower bound).")),
  },
});

export const CATEGORIES = ["offensive", "counter-attack", "pause", "capture", "political", "civilians"] as const;

export const events = defineTable({
  file: "data/events.csv",
  doc: "Dated events of the offensive and its context (facts.md table 3), with our own labels in French and English.",
  order: ["date", "id"],
  columns: {
    id: id("Event id, used by charts to pick key moments."),
    date: isoDate("Date of the event (the start, for a span).", BOUNDS.dates),
    date_status: dateStatus,
    alt_date: optional(isoDate("A second date given by other sources, shown beside the first.", BOUNDS.dates)),
    end: optional(isoDate("Last day, for a span such as a pause.", BOUNDS.dates)),
    importance: oneOf(["1", "2", "3"], "1: shown at every width; 2: shown on wide timelines; 3: context, not on the timeline."),
    category: oneOf(CATEGORIES, "What kind of event it is."),
    place_fr: text("Place, as French reports spell it."),
    place_en: text("Place, as English reports spell it."),
    label_fr: text("Short label, in French.", { maxWidth: BOUNDS.labelWidth }),
    label_en: text("Short label, in English.", { maxWidth: BOUNDS.labelWidth }),
    description_fr: text("One or two sentences, in French."),
    description_en: text("One or two sentences, in English."),
    sources: sourceIds,
    status,
    conflicts: conflictIds,
  },
});

export const POSITIONS = ["read", "estimated"] as const;

export const places = defineTable({
  file: "data/places.csv",
  doc: "Where the places of the offensive are, for the locator map (research notes in ../shared/research/places.md). Places with no position found are left out.",
  columns: {
    id: id("Place id, used by the map to pick its towns."),
    name_fr: text("Name as French reports spell it."),
    name_en: text("Name as English reports spell it."),
    lat: number("Latitude, WGS84 decimal degrees.", { max: 90 }),
    lon: number("Longitude, WGS84 decimal degrees.", { max: 180 }),
    position: oneOf(
      POSITIONS,
      "read: the coordinates were read on the page in `read_at`; estimated: our estimate (see `method`), drawn as approximate.",
    ),
    uncertainty_km: optional(number("For an estimate: how far off it may be, in km.", { max: 100 })),
    organisation: id("Organisation (organisations.csv) whose pages gave the coordinates."),
    article: optional(url("The canonical en.wikipedia.org article of the place, the page to cite.")),
    read_at: optional(url("The page the coordinates were actually read on (often a copy of that article).")),
    method: optional(text("For an estimate: how it was made.")),
    note_fr: optional(text("Where sources disagree on the position: the note the map prints, in French.")),
    note_en: optional(text("The same note, in English.")),
  },
});

export const features = defineTable({
  file: "data/features.csv",
  doc: "The map's geographic features (river, border, countries) and where each comes from.",
  // The order they are drawn in.
  order: ["kind", "id"],
  columns: {
    id: id("Feature id, referred to from geometry.csv."),
    kind: oneOf(["river", "border", "country"], "What the feature is."),
    name_fr: text("Name in French."),
    name_en: text("Name in English."),
    organisation: id("Organisation (organisations.csv) that made the data."),
    derived_from: text("The file and layer the vertices come from."),
    url: url("Where that data is published."),
    processing: text("What was done to it (joined, clipped, simplified, rounded)."),
  },
});

export const geometry = defineTable({
  file: "data/geometry.csv",
  doc: "The vertices of each feature (features.csv), in order; written by `npm run geometry` (data/generate-geometry.ts), never by hand.",
  columns: {
    feature: id("Feature id (features.csv)."),
    part: integer("Which line or ring of the feature, from 0.", { max: 1000 }),
    lon: number("Longitude, WGS84 decimal degrees.", { max: 180 }),
    lat: number("Latitude, WGS84 decimal degrees.", { max: 90 }),
  },
});

export type Organisation = Row<typeof organisations.columns>;
export type Source = Row<typeof sources.columns>;
export type Conflict = Row<typeof conflicts.columns>;
export type TerritoryRow = Row<typeof territory.columns>;
export type CasualtyRow = Row<typeof casualties.columns>;
export type Group = (typeof GROUPS)[number];
export type EventRow = Row<typeof events.columns>;
export type Place = Row<typeof places.columns>;
export type Feature = Row<typeof features.columns>;
export type Vertex = Row<typeof geometry.columns>;
export type Qualifier = (typeof QUALIFIERS)[number];

export const tables = [organisations, sources, conflicts, territory, casualties, events, places, features, geometry] as const;
