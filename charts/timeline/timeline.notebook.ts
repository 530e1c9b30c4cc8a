// The timeline chart's section of the notebook page: its text and its data
// table's column headers, in each locale.

import type { ChartNotebook } from "../../src/chart.js";
import type { Translations } from "../../src/locale/index.js";

export const notebook: Translations<ChartNotebook> = {
  fr: {
    text: "De Hajine à Baghouz, six mois d'offensive, de contre-attaques et de pauses. Quand les sources donnent deux dates, les deux figurent.",
    columns: ["Date", "Lieu", "Événement", "Sources"],
  },
  en: {
    text: "From Hajin to Baghouz: six months of offensive, counter-attacks and pauses. Where sources give two dates, both are shown.",
    columns: ["Date", "Place", "Event", "Sources"],
  },
};
