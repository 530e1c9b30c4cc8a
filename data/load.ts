// Loads every table, validates each cell against the schema, then checks
// that every reference between tables resolves. All problems are reported at once.

import { createHash } from "node:crypto";
import { DataError, type DataProblem } from "../src/build/errors.js";
import { decodeData } from "../src/schema/decode.js";
import { sortRows } from "../src/schema/order.js";
import { type Columns, parseTable, type Row, type Table } from "../src/schema/table.js";
import * as schema from "./schema.js";

export interface Dataset {
  /** SHA-256 of each file's text, by path: what a chart's data hash is made of. */
  readonly hashes: Readonly<Record<string, string>>;
  readonly organisations: readonly schema.Organisation[];
  readonly sources: readonly schema.Source[];
  readonly conflicts: readonly schema.Conflict[];
  readonly territory: readonly schema.TerritoryRow[];
  readonly casualties: readonly schema.CasualtyRow[];
  readonly events: readonly schema.EventRow[];
  readonly places: readonly schema.Place[];
  readonly features: readonly schema.Feature[];
  readonly geometry: readonly schema.Vertex[];
}

/** Reads one dataset file, by its path relative to the project root: its bytes (decoded strictly as UTF-8) or its text. */
export type ReadData = (file: string) => string | Uint8Array;

export function loadDataset(read: ReadData): Dataset {
  const problems: DataProblem[] = [];
  const hashes: Record<string, string> = {};
  const load = <C extends Columns>(table: Table<C>): Row<C>[] => {
    try {
      const raw = read(table.file);
      hashes[table.file] = createHash("sha256").update(raw).digest("hex");
      // Sorted where the charts use rows in order: the file's order never changes a published fact.
      return sortRows(table, parseTable(table, typeof raw === "string" ? raw : decodeData(table.file, raw)));
    } catch (error) {
      if (!(error instanceof DataError)) throw error;
      // One by one: a spread of 100,000 problems overflows the call stack.
      for (const problem of error.problems) problems.push(problem);
      return [];
    }
  };
  const dataset: Dataset = {
    hashes,
    organisations: load(schema.organisations),
    sources: load(schema.sources),
    conflicts: load(schema.conflicts),
    territory: load(schema.territory),
    casualties: load(schema.casualties),
    events: load(schema.events),
    places: load(schema.places),
    features: load(schema.features),
    geometry: load(schema.geometry),
  };
  if (problems.length === 0) for (const problem of checkReferences(dataset)) problems.push(problem);
  if (problems.length > 0) throw new DataError(problems);
  return dataset;
}

function checkReferences(dataset: Dataset): DataProblem[] {
  const problems: DataProblem[] = [];
  const ids = (rows: readonly { id: string }[], file: string) => {
    const seen = new Set<string>();
    for (const row of rows as readonly ((typeof rows)[number] & { line: number })[]) {
      if (seen.has(row.id)) problems.push({ file, line: row.line, field: "id", expected: "an id used once", got: row.id });
      seen.add(row.id);
    }
    return seen;
  };
  const organisations = ids(dataset.organisations, schema.organisations.file);
  const sources = ids(dataset.sources, schema.sources.file);
  const conflicts = ids(dataset.conflicts, schema.conflicts.file);
  const expectIn = (known: Set<string>, what: string, file: string, line: number, field: string, values: readonly string[]) => {
    for (const value of values) {
      if (!known.has(value)) problems.push({ file, line, field, expected: `a known ${what} id`, got: value });
    }
  };
  for (const source of dataset.sources) {
    expectIn(organisations, "organisation", schema.sources.file, source.line, "organisation", [source.organisation]);
  }
  const seen = new Map<string, number>();
  /** The same figure twice would be plotted twice. */
  const once = (file: string, line: number, key: string, what: string) => {
    const first = seen.get(`${file}\0${key}`);
    if (first !== undefined) problems.push({ file, line, expected: `${what} given once (it is already on line ${first})` });
    else seen.set(`${file}\0${key}`, line);
  };
  for (const row of dataset.territory) {
    const file = schema.territory.file;
    const km2 = row.value * schema.KM2_PER_UNIT[row.unit];
    if (km2 > schema.BOUNDS.territoryKm2)
      problems.push({
        file,
        line: row.line,
        field: "value",
        expected: `at most ${schema.BOUNDS.territoryKm2.toLocaleString("en-US")} km² (the top of the territory chart's axis)`,
        got: `${row.value} ${row.unit}`,
      });
    once(
      file,
      row.line,
      `${row.refers_to.iso} ${row.series} ${row.scope} ${row.estimator}`,
      "one estimate per date, series, scope and estimator",
    );
    expectIn(organisations, "organisation", file, row.line, "estimator", [row.estimator]);
    expectIn(sources, "source", file, row.line, "sources", row.sources);
    expectIn(conflicts, "conflict", file, row.line, "conflicts", row.conflicts);
    if (row.sources.length === 0) problems.push({ file, line: row.line, field: "sources", expected: "at least one source id" });
  }
  for (const row of dataset.casualties) {
    const file = schema.casualties.file;
    once(file, row.line, `${row.refers_to.iso} ${row.group}`, "one toll per date and group");
    expectIn(sources, "source", file, row.line, "sources", row.sources);
    expectIn(conflicts, "conflict", file, row.line, "conflicts", row.conflicts);
    if (row.sources.length === 0) problems.push({ file, line: row.line, field: "sources", expected: "at least one source id" });
  }
  ids(dataset.events, schema.events.file);
  for (const row of dataset.events) {
    const file = schema.events.file;
    expectIn(sources, "source", file, row.line, "sources", row.sources);
    expectIn(conflicts, "conflict", file, row.line, "conflicts", row.conflicts);
    if (row.sources.length === 0) problems.push({ file, line: row.line, field: "sources", expected: "at least one source id" });
    if (row.end && row.end.date < row.date.date)
      problems.push({ file, line: row.line, field: "end", expected: "a date on or after `date`", got: row.end.iso });
  }
  problems.push(...checkPlaces(dataset, organisations));
  return problems;
}

/** Places and map features name a known organisation; an estimate says how it was made; vertices belong to a feature. */
function checkPlaces(dataset: Dataset, organisations: Set<string>): DataProblem[] {
  const problems: DataProblem[] = [];
  const organisation = (file: string, row: { line: number; organisation: string }) => {
    if (!organisations.has(row.organisation))
      problems.push({ file, line: row.line, field: "organisation", expected: "a known organisation id", got: row.organisation });
  };
  for (const place of dataset.places) {
    const file = schema.places.file;
    organisation(file, place);
    if (place.position === "read" && !place.read_at)
      problems.push({ file, line: place.line, field: "read_at", expected: "the page the coordinates were read on" });
    if (place.position === "estimated" && (!place.method || place.uncertainty_km === undefined))
      problems.push({
        file,
        line: place.line,
        field: place.method ? "uncertainty_km" : "method",
        expected: "how the estimate was made, and its uncertainty",
      });
    if (place.article && !place.article.startsWith("https://en.wikipedia.org/wiki/"))
      problems.push({
        file,
        line: place.line,
        field: "article",
        expected: "an https://en.wikipedia.org/wiki/ address",
        got: place.article,
      });
  }
  const features = new Set(dataset.features.map((f) => f.id));
  for (const feature of dataset.features) organisation(schema.features.file, feature);
  for (const vertex of dataset.geometry) {
    if (!features.has(vertex.feature))
      problems.push({
        file: schema.geometry.file,
        line: vertex.line,
        field: "feature",
        expected: "a known feature id",
        got: vertex.feature,
      });
  }
  return problems;
}
