// Provenance is a typed value: the organisations, pages and conflicts behind
// what a chart shows. Source lines, notes and the README's data section are
// written from it, never by hand.

import type { Dataset } from "../../data/load.js";
import type { Conflict, Organisation, Source } from "../../data/schema.js";
import type { Locale } from "./locale/index.js";

export interface Provenance {
  /** Estimators, in the order the chart first shows their figures. */
  readonly organisations: readonly Organisation[];
  readonly sources: readonly Source[];
  readonly conflicts: readonly Conflict[];
}

interface Sourced {
  readonly sources: readonly string[];
  readonly conflicts: readonly string[];
}

/** Collects the provenance of `rows`; `estimators` lists organisation ids to name first. */
export function provenanceOf(dataset: Dataset, rows: readonly Sourced[], estimators: readonly string[] = []): Provenance {
  const sourceIds = unique(rows.flatMap((row) => row.sources));
  const sources = sourceIds.map((id) =>
    must(
      dataset.sources.find((source) => source.id === id),
      id,
    ),
  );
  const organisationIds = unique([...estimators, ...sources.map((source) => source.organisation)]);
  const conflictIds = unique(rows.flatMap((row) => row.conflicts));
  return {
    organisations: organisationIds.map((id) =>
      must(
        dataset.organisations.find((o) => o.id === id),
        id,
      ),
    ),
    sources,
    conflicts: conflictIds
      .map((id) =>
        must(
          dataset.conflicts.find((conflict) => conflict.id === id),
          id,
        ),
      )
      .sort((a, b) => Number(a.id.slice(1)) - Number(b.id.slice(1))),
  };
}

const SOURCE_LABEL: Record<Locale, string> = { fr: "Sources\u00a0: ", en: "Sources: " };
const OTHERS: Record<Locale, string> = { fr: " et autres (détail en ligne)", en: " and others (details online)" };

/** "Sources : IHS Markit, OSDH, FDS…" naming every organisation behind the figures. */
export function sourceLine(provenance: Provenance, locale: Locale): string {
  const names = provenance.organisations.map((organisation) => organisation[`name_${locale}`]);
  return `${SOURCE_LABEL[locale]}${names.join(", ")}.`;
}

export function conflictNotes(provenance: Provenance, locale: Locale): string[] {
  return provenance.conflicts.map((conflict) => conflict[`note_${locale}`]);
}

/** The notes and source line under a chart: its conflict notes between `before` and `after`, all passed through `spacing`. */
export function provenanceFooter(
  provenance: Provenance,
  locale: Locale,
  { before = [], after = [], spacing = (text: string) => text, conflicts, primary }: FooterOptions = {},
): { notes: string[]; source: string } {
  return {
    notes: [...before, ...conflictNotes(onChart(provenance, conflicts), locale), ...after].map(spacing),
    source: spacing(primary === undefined ? sourceLine(provenance, locale) : shortSourceLine(provenance, locale, primary)),
  };
}

/** The conflicts with these ids only (all of them when `ids` is undefined): the others are explained in the notebook. */
function onChart(provenance: Provenance, ids: readonly string[] | undefined): Provenance {
  return ids === undefined ? provenance : { ...provenance, conflicts: provenance.conflicts.filter((c) => ids.includes(c.id)) };
}

/** "Sources : IHS Markit, OSDH et autres (détail en ligne)." names the primary organisations the chart shows; the notebook lists every one. */
function shortSourceLine(provenance: Provenance, locale: Locale, primary: readonly string[]): string {
  const shown = provenance.organisations.filter((o) => primary.includes(o.id));
  const names = shown.map((organisation) => organisation[`name_${locale}`]);
  const others = shown.length < provenance.organisations.length ? OTHERS[locale] : "";
  return `${SOURCE_LABEL[locale]}${names.join(", ")}${others}.`;
}

export interface FooterOptions {
  readonly before?: readonly string[];
  readonly after?: readonly string[];
  /** Applied to every note and the source line, e.g. French spacing for text the chart did not write. */
  readonly spacing?: (text: string) => string;
  /** Ids of the conflict notes printed under the chart (default: all the chart's); the others go to its notebook text. */
  readonly conflicts?: readonly string[];
  /** Organisation ids the source line names; the rest are summed up as "and others (details online)". Default: all. */
  readonly primary?: readonly string[];
}

/** Adds the organisations with these ids that `provenance` lacks, after its own, in the order given. */
export function withOrganisations(dataset: Dataset, provenance: Provenance, ids: readonly string[]): Provenance {
  const extra = unique(ids)
    .filter((id) => !provenance.organisations.some((o) => o.id === id))
    .map((id) =>
      must(
        dataset.organisations.find((o) => o.id === id),
        id,
      ),
    );
  return { ...provenance, organisations: [...provenance.organisations, ...extra] };
}

function unique<T>(values: readonly T[]): T[] {
  return [...new Set(values)];
}

function must<T>(value: T | undefined, id: string): T {
  if (value === undefined) throw new Error(`Unknown id "${id}" in provenance (the loader should have refused it)`);
  return value;
}
