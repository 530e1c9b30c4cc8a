// The files `last-pocket new <id>` writes into charts/<id>/ (module, strings,
// table headers and rows, notebook text in Markdown): a small sourced
// chart from data the project already has (the IHS Markit series of
// data/territory.csv as a line), complete in both locales, so that it builds
// and passes the tests as soon as it is written. `__ID__` is the chart's id.

export const defaults = {
  /** The data files the new chart reads, as its line in charts/list.ts names them. */
  data: '["data/territory.csv", ...shared]',
};

const chart = `// Chart "__ID__", scaffolded by \`last-pocket new\`: the IHS Markit series of
// the territory the Islamic State held, as a line. Replace the data, the
// marks, the strings, the notebook text and the table: see the README's
// "Adding a chart".

import type { Dataset } from "../../data/load.js";
import type { TerritoryRow } from "../../data/schema.js";
import * as schema from "../../data/schema.js";
import { DataError } from "../../src/build/errors.js";
import { actorClass } from "../../src/render/actors.js";
import type { Chart, ChartOptions } from "../../src/render/chart.js";
import { figure, isNarrow, panelWidth } from "../../src/render/figure.js";
import { yAxisMargin } from "../../src/render/layout/axis.js";
import { getFormat } from "../../src/render/locale/index.js";
import { Plot } from "../../src/render/plot.js";
import { provenanceFooter, provenanceOf } from "../../src/render/provenance.js";
import { typeScale } from "../../src/render/typeScale.js";
__LOCAL_IMPORTS__

const defaults = {
  height: { narrow: 220, wide: 260 },
  series: "ihs",
  domain: [new Date(Date.UTC(2015, 0, 1)), new Date(Date.UTC(2017, 6, 1))] as [Date, Date],
};

/** The rows this chart draws: one series, in square kilometres, in date order. */
export function rows(dataset: Dataset): TerritoryRow[] {
  return dataset.territory.filter((row) => row.series === defaults.series && row.unit === "km2");
}

function render(dataset: Dataset, options: ChartOptions): SVGSVGElement {
  const { document, locale, width, theme } = options;
  const t = strings[locale];
  const format = getFormat(locale);
  const narrow = isNarrow(width);
  const points = rows(dataset).map((row) => ({ date: row.refers_to.date, km2: row.value }));
  const first = points[0];
  const last = points[points.length - 1];
  if (!first || !last) throw new DataError([{ file: schema.territory.file, expected: \`rows of the \${defaults.series} series in km2\` }]);
  const panel = Plot.plot({
    document,
    width: panelWidth(width),
    height: defaults.height[narrow ? "narrow" : "wide"],
    marginTop: 8,
    marginRight: 12,
    marginBottom: 24,
    // Tick labels measured in the widest font of the stack (DejaVu Sans needs 51 px for "100 000").
    marginLeft: yAxisMargin([format.number(100000)], narrow ? 44 : 50, typeScale(width).tick),
    x: { type: "utc", domain: defaults.domain, ticks: 3, tickFormat: format.year, label: null },
    y: { domain: [0, 100000], ticks: 5, tickFormat: (v: number) => format.number(v), label: null },
    marks: [
      Plot.gridY({ stroke: theme.grid, strokeOpacity: 1, ticks: 5 }),
      Plot.ruleY([0], { stroke: theme.rule }),
      // The IHS series is the area IS held: the package's IS colour (src/render/actors.ts), tagged for test/rules.
      Plot.line(points, { x: "date", y: "km2", stroke: theme.actors.is, strokeWidth: 2.5, className: actorClass("is") }),
      Plot.dot(points, { x: "date", y: "km2", fill: theme.actors.is, r: 3, className: actorClass("is") }),
    ],
  }) as SVGSVGElement;
  return figure({
    document,
    id: chart.id,
    width,
    theme,
    title: t.title,
    subtitle: t.subtitle,
    alt: t.alt({
      first: format.area(first.km2),
      firstMonth: format.month(first.date),
      last: format.area(last.km2),
      lastMonth: format.month(last.date),
    }),
    legend: [{ symbol: "line", color: theme.actors.is, label: t.series, actorClass: actorClass("is") }],
    panels: [panel],
    ...provenanceFooter(chart.provenance(dataset), locale),
  });
}

export const chart: Chart = {
  id: "__ID__",
  tables: [schema.territory, schema.events, schema.sources, schema.organisations, schema.conflicts],
  strings,
  notebook,
  table,
  provenance: (dataset) => provenanceOf(dataset, rows(dataset), [defaults.series]),
  render,
};
`;

const strings = `// Every string the chart "__ID__" prints, in each locale. French strings carry
// their no-break spaces: U+202F before ; ! ? and inside « », U+00A0 before :.

import type { Translations } from "../../src/render/locale/index.js";

export interface Strings {
  title: string;
  subtitle: string;
  series: string;
  alt(f: { first: string; firstMonth: string; last: string; lastMonth: string }): string;
}

export const strings: Translations<Strings> = {
  fr: {
    title: "Le territoire de l'État islamique selon IHS Markit",
    subtitle: "Superficie contrôlée entre la Syrie et l'Irak, en kilomètres carrés",
    series: "estimation d'IHS Markit",
    alt: (f) =>
      \`Courbe de la superficie contrôlée par l'État islamique selon IHS Markit\\u00a0: environ \${f.first} en \${f.firstMonth}, \${f.last} en \${f.lastMonth}.\`,
  },
  en: {
    title: "The Islamic State's territory according to IHS Markit",
    subtitle: "Area held across Syria and Iraq, in square kilometres",
    series: "IHS Markit estimate",
    alt: (f) =>
      \`Line of the area the Islamic State held according to IHS Markit: about \${f.first} in \${f.firstMonth}, \${f.last} in \${f.lastMonth}.\`,
  },
};
`;

const notebook = `// The chart "__ID__"'s data table on the notebook page: its column headers,
// in each locale (its text is notebook.<locale>.md).

import type { ChartNotebook } from "../../src/render/chart.js";
import type { Translations } from "../../src/render/locale/index.js";

export const notebook: Translations<ChartNotebook> = {
  fr: {
    columns: ["Date", "Superficie", "Sources"],
  },
  en: {
    columns: ["Date", "Area", "Sources"],
  },
};
`;

const table = `// The chart "__ID__"'s data on the notebook page: every figure it draws, with its sources.

import type { Dataset } from "../../data/load.js";
import { tableContext } from "../../src/notebook/tables.js";
import type { Cell } from "../../src/render/chart.js";
import type { Locale } from "../../src/render/locale/index.js";
import { rows } from "./__ID__.js";

export function table(dataset: Dataset, locale: Locale): Cell[][] {
  const { format, links, inferred } = tableContext(dataset, locale);
  return rows(dataset).map((row) => [
    { text: format.date(row.refers_to.date, row.refers_to.precision) + inferred(row.date_status) },
    { text: format.area(row.value) },
    { text: "", links: links(row.sources) },
  ]);
}
`;

/** The new chart's files, by path relative to the project root. */
export function chartFiles(id: string): Record<string, string> {
  // The chart's own imports in the order biome's organizeImports keeps them, which depends on the id.
  const imports = [
    `import { notebook } from "./${id}.notebook.js";`,
    `import { strings } from "./${id}.strings.js";`,
    'import { table } from "./table.js";',
  ]
    .sort((a, b) => (a.split('"')[1] < b.split('"')[1] ? -1 : 1))
    .join("\n");
  const fill = (text: string) => text.replaceAll("__LOCAL_IMPORTS__", imports).replaceAll("__ID__", id);
  return {
    [`charts/${id}/${id}.ts`]: fill(chart),
    [`charts/${id}/${id}.strings.ts`]: fill(strings),
    [`charts/${id}/${id}.notebook.ts`]: fill(notebook),
    [`charts/${id}/table.ts`]: fill(table),
    [`charts/${id}/notebook.fr.md`]: "La série d'IHS Markit seule, de janvier 2015 à juin 2017 : remplacez ce texte.\n",
    [`charts/${id}/notebook.en.md`]: "The IHS Markit series alone, from January 2015 to June 2017: replace this text.\n",
  };
}
