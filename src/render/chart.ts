// The contract every chart module fulfils. A chart is a pure function of the
// dataset and these options: no file system, clock, randomness or globals.
// Each chart lives in its own folder, charts/<id>/, with its module <id>.ts
// exporting `chart`, its strings (<id>.strings.ts), its notebook text
// (notebook.<locale>.md), its table headers (<id>.notebook.ts) and rows
// (table.ts); charts/list.ts lists them.

import type { Dataset } from "../../data/load.js";
import type { Columns, Table } from "../schema/table.js";
import type { Locale, Translations } from "./locale/index.js";
import type { Provenance } from "./provenance.js";
import type { Theme } from "./theme.js";

export interface ChartOptions {
  readonly document: Document;
  readonly locale: Locale;
  /** Width in CSS pixels; the chart lays itself out again for each width. */
  readonly width: number;
  readonly theme: Theme;
}

/** One cell of a chart's data table on the notebook page: text, then links to sources. */
export interface Cell {
  readonly text: string;
  readonly links?: readonly { readonly text: string; readonly href: string }[];
}

/** A chart's data table on the notebook page, per locale: its column headers. (Its text is notebook.<locale>.md.) */
export interface ChartNotebook {
  readonly columns: readonly string[];
}

export interface Chart {
  /** Short id: the folder's name, file names, the ids inside the SVG, the CLI's chart names. */
  readonly id: string;
  /** The data files the chart reads, for data hashes and incremental builds. */
  readonly tables: readonly Table<Columns>[];
  /** Every string the chart prints, per locale, checked before a build. */
  readonly strings: Translations<object>;
  /** Its section of the notebook page, per locale, checked before a build. */
  readonly notebook: Translations<ChartNotebook>;
  /** Which rows, sources and conflicts the chart shows. */
  provenance(dataset: Dataset): Provenance;
  render(dataset: Dataset, options: ChartOptions): SVGSVGElement;
  /** Its data on the notebook page: one row of cells per datum, as many cells as `notebook` has columns. */
  table(dataset: Dataset, locale: Locale): Cell[][];
}
