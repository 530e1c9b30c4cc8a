// The territory chart's data table on the notebook page: its column headers,
// in each locale (its text is notebook.<locale>.md).

import type { ChartNotebook } from "../../src/render/chart.js";
import type { Translations } from "../../src/render/locale/index.js";

export const notebook: Translations<ChartNotebook> = {
  fr: {
    columns: ["Date", "Superficie", "Estimateur", "Sources"],
  },
  en: {
    columns: ["Date", "Area", "Estimator", "Sources"],
  },
};
