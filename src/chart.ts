// The contract every chart module fulfils. A chart is a pure function of the
// dataset and these options: no file system, clock, randomness or globals.

import type { Dataset } from "../data/load.js";
import type { Locale, Translations } from "./locale/index.js";
import type { Provenance } from "./provenance.js";
import type { Columns, Table } from "./schema/table.js";
import type { Theme } from "./theme.js";

export interface ChartOptions {
  readonly document: Document;
  readonly locale: Locale;
  /** Width in CSS pixels; the chart lays itself out again for each width. */
  readonly width: number;
  readonly theme: Theme;
}

export interface Chart {
  /** Short id: file names, the ids inside the SVG, the CLI's chart names. */
  readonly id: string;
  /** The data files the chart reads, for data hashes and incremental builds. */
  readonly tables: readonly Table<Columns>[];
  /** Every string the chart prints, per locale, checked before a build. */
  readonly strings: Translations<object>;
  /** Which rows, sources and conflicts the chart shows. */
  provenance(dataset: Dataset): Provenance;
  render(dataset: Dataset, options: ChartOptions): SVGSVGElement;
}
