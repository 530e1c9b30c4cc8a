// A chart folder checked before a build: its module exports the chart, and
// the chart has every string, notebook text and table the build will print.
// Each failure is one line naming the chart's file and the key.

import { CliError } from "../build/errors.js";
import type { Chart } from "./chart.js";
import { checkTranslations } from "./locale/check.js";
import { LOCALES } from "./locale/index.js";

const isObject = (value: unknown): value is Record<string, unknown> => typeof value === "object" && value !== null;

/** The chart exported by the module of charts/<id>/<id>.ts, checked. */
export function chartOf(id: string, module: unknown): Chart {
  const file = `charts/${id}/${id}.ts`;
  const chart = isObject(module) ? module.chart : undefined;
  if (!isObject(chart) || typeof chart.render !== "function")
    throw new CliError(`${file}: exports no "chart" (expected the chart "${id}")`);
  if (chart.id !== id) throw new CliError(`${file}: chart.id is ${JSON.stringify(chart.id)}, expected "${id}" (its folder's name)`);
  checkChart(chart as unknown as Chart);
  return chart as unknown as Chart;
}

/** Fails on a chart that lacks a string, a notebook text or its table. */
export function checkChart(chart: Chart): void {
  const base = `charts/${chart.id}/${chart.id}`;
  for (const [key, value] of [
    ["strings", chart.strings],
    ["notebook", chart.notebook],
  ] as const)
    if (!isObject(value)) throw new CliError(`${base}.ts: chart.${key} is missing (expected the ${key} of ${base}.${key}.ts)`);
  checkTranslations(`${base}.strings.ts`, chart.strings);
  checkTranslations(`${base}.notebook.ts`, chart.notebook);
  for (const locale of LOCALES)
    if (!Array.isArray(chart.notebook[locale].columns) || chart.notebook[locale].columns.length === 0)
      throw new CliError(`${base}.notebook.ts: locale "${locale}" has no "columns" (the headers of the data table)`);
  if (typeof chart.table !== "function")
    throw new CliError(`charts/${chart.id}/table.ts: chart.table is missing (expected the rows of its data table)`);
}
