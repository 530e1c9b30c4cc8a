// A chart given as a function is drawn here, so that a failure jsdom causes
// is told as such: jsdom has no canvas, and Plot's canvas-drawn marks and
// legends throw inside Plot with a bare TypeError.

import { createRequire } from "node:module";

export type Chart = Element | string;
/** A chart, or a function that draws it. */
export type ChartSource = Chart | (() => Chart);

const defaults = {
  /** What Plot and d3 touch on the 2D context jsdom does not give (`getContext("2d")` is null). */
  canvasError: /\b(getContext|createImageData|putImageData|getImageData|fillStyle|fillRect|drawImage|toDataURL)\b/,
};

/** True when the `canvas` package, which jsdom draws canvases with, can be loaded from here. */
function hasCanvasPackage(): boolean {
  try {
    createRequire(import.meta.url).resolve("canvas");
    return true;
  } catch {
    return false;
  }
}

/** True for the error a canvas-drawn mark throws under jsdom without the `canvas` package. */
export function isMissingCanvas(error: unknown, canvasInstalled = hasCanvasPackage()): boolean {
  return !canvasInstalled && error instanceof TypeError && defaults.canvasError.test(error.message);
}

/** The chart, drawn if it is a function; a canvas failure becomes one line saying what is missing. */
export function drawChart(chart: ChartSource, label: string): Chart {
  if (typeof chart !== "function") return chart;
  try {
    return chart();
  } catch (error) {
    if (isMissingCanvas(error))
      throw new Error(
        `${label}: the chart draws on a <canvas>, which jsdom does not have (${(error as Error).message}): install the canvas package, or use a scale that needs no canvas (threshold, quantize, ordinal)`,
        { cause: error },
      );
    throw error;
  }
}
