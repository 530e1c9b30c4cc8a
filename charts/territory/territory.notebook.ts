// The territory chart's section of the notebook page: its text and its data
// table's column headers, in each locale.

import type { ChartNotebook } from "../../src/chart.js";
import type { Translations } from "../../src/locale/index.js";

export const notebook: Translations<ChartNotebook> = {
  fr: {
    text: "La courbe d'IHS Markit suit le recul du territoire jusqu'en juin 2017\u202f; d'autres estimations, qui ne mesurent pas la même chose, prennent le relais jusqu'à la chute de Baghouz.",
    columns: ["Date", "Superficie", "Estimateur", "Sources"],
  },
  en: {
    text: "The IHS Markit line follows the loss of territory to June 2017; other estimates, which do not measure the same thing, take over until the fall of Baghouz.",
    columns: ["Date", "Area", "Estimator", "Sources"],
  },
};
