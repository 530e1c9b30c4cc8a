// The casualties chart's section of the notebook page: its text and its data
// table's column headers, in each locale.

import type { ChartNotebook } from "../../src/chart.js";
import type { Translations } from "../../src/locale/index.js";

export const notebook: Translations<ChartNotebook> = {
  fr: {
    text: "L'Observatoire syrien des droits de l'homme a tenu le compte des morts de l'offensive lancée le 10 septembre 2018. Ses bilans ne sont pas vérifiables de façon indépendante.",
    columns: ["Date", "Groupe", "Morts depuis le 10 sept. 2018", "Sources"],
  },
  en: {
    text: "The Syrian Observatory for Human Rights kept count of the dead of the offensive launched on September 10, 2018. Its tolls cannot be checked independently.",
    columns: ["Date", "Group", "Deaths since Sep 10, 2018", "Sources"],
  },
};
