// Every string the casualties chart prints, in each locale.

import type { Group } from "../data/schema.js";
import type { Translations } from "../src/locale/index.js";

export interface CasualtiesStrings {
  title: string;
  subtitle: string;
  /** Series names at the end of each line; the short ones at phone width. */
  group: Record<Group, string>;
  groupShort: Record<Group, string>;
  exact: string;
  approximate: string;
  /** Shown when a toll dips because a source rounded or gave a lower bound. */
  dipsNote: string;
  /** Heading of the 12 December call-out. */
  highlight(day: string): string;
  alt(f: { sdf: string; is: string; civilians: string; december: string }): string;
}

export const strings: Translations<CasualtiesStrings> = {
  fr: {
    title: "Six mois de combats pour le dernier réduit",
    subtitle: "Morts recensés par l'OSDH depuis le début de l'offensive des FDS, le 10 septembre 2018 (cumul)",
    group: { is: "combattants de l'EI", sdf: "combattants des FDS", civilians: "civils" },
    groupShort: { is: "EI", sdf: "FDS", civilians: "civils" },
    exact: "chiffre précis, date connue",
    approximate: "chiffre arrondi ou minimum, ou date déduite",
    dipsNote:
      "Les légers reculs de certaines courbes viennent de bilans arrondis (« près de 500 ») ou donnés comme minimums (« plus de 600 »), non de morts en moins.",
    highlight: (day) => `Vers le ${day}, veille de la prise de Hajine :`,
    alt: (f) =>
      `Courbes cumulées des morts recensés par l'Observatoire syrien des droits de l'homme depuis le 10 septembre 2018. Vers le 12 décembre 2018, à la veille de la prise de Hajine, l'OSDH compte ${f.december}. Au 23 mars 2019, chute de Baghouz : ${f.is} combattants de l'EI, ${f.sdf} combattants des FDS et ${f.civilians} civils.`,
  },
  en: {
    title: "Six months of fighting for the last pocket",
    subtitle: "Deaths counted by SOHR since the SDF offensive began on 10 September 2018 (running total)",
    group: { is: "IS fighters", sdf: "SDF fighters", civilians: "civilians" },
    groupShort: { is: "IS", sdf: "SDF", civilians: "civilians" },
    exact: "precise figure, known date",
    approximate: "rounded or minimum figure, or inferred date",
    dipsNote: "Small dips in some lines come from rounded tolls (“close to 500”) or minimums (“more than 600”), not from fewer deaths.",
    highlight: (day) => `Around ${day}, eve of Hajin's capture:`,
    alt: (f) =>
      `Running totals of deaths counted by the Syrian Observatory for Human Rights since 10 September 2018. Around 12 December 2018, on the eve of the capture of Hajin, SOHR counts ${f.december}. By 23 March 2019, the fall of Baghouz: ${f.is} IS fighters, ${f.sdf} SDF fighters and ${f.civilians} civilians.`,
  },
};

/** "≈ 526", "> 630", "901": the qualifier stays with the figure. */
export const QUALIFIER_SYMBOL: Record<string, string> = {
  exact: "",
  about: "≈\u00a0",
  "close-to": "≈\u00a0",
  "at-least": "≥\u00a0",
  "more-than": ">\u00a0",
  "fewer-than": "<\u00a0",
};
