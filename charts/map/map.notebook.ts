// The map's section of the notebook page: its text and its data table's
// column headers, in each locale.

import type { ChartNotebook } from "../../src/chart.js";
import type { Translations } from "../../src/locale/index.js";

export const notebook: Translations<ChartNotebook> = {
  fr: {
    text: "De Hajine à Baghouz, l'offensive a descendu l'Euphrate vers la frontière irakienne. Les positions viennent des articles de Wikipédia de chaque lieu\u202f; celle de Soussa n'est qu'estimée.",
    columns: ["Lieu", "Position", "Prise", "Sources"],
  },
  en: {
    text: "From Hajin to Baghouz, the offensive moved down the Euphrates towards the Iraqi border. Positions come from each place's Wikipedia article; Sousa's is only an estimate.",
    columns: ["Place", "Position", "Taken", "Sources"],
  },
};
