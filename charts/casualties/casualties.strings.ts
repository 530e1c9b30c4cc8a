// Every string the casualties chart prints, in each locale.

import type { Group } from "../../data/schema.js";
import type { Translations } from "../../src/render/locale/index.js";

export interface CasualtiesStrings {
  title: string;
  subtitle: string;
  /** Series names at the end of each line; the short ones at phone width. */
  group: Record<Group, string>;
  groupShort: Record<Group, string>;
  exact: string;
  inferred: string;
  approximate: string;
  /** Why rounded figures and minimums stand apart from the lines. */
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
    inferred: "chiffre précis, date déduite",
    approximate: "chiffre arrondi ou minimum, hors courbe",
    dipsNote:
      "Les courbes ne relient que les chiffres précis. Les bilans arrondis (\u00ab\u202fprès de 500\u202f\u00bb) et les minimums (\u00ab\u202fplus de 1\u202f000\u202f\u00bb) sont placés à part\u00a0: ils peuvent être inférieurs à un bilan précédent sans qu'il y ait moins de morts.",
    highlight: (day) => `Vers le ${day}, deux jours avant la chute de Hajine\u00a0:`,
    alt: (f) =>
      `Courbes cumulées des morts recensés par l'Observatoire syrien des droits de l'homme depuis le 10 septembre 2018. Vers le 12 décembre 2018, deux jours avant la chute de Hajine, l'OSDH compte ${f.december}. Au 23 mars 2019, chute de Baghouz\u00a0: ${f.is} combattants de l'EI, ${f.sdf} combattants des FDS et ${f.civilians} civils.`,
  },
  en: {
    title: "Six months of fighting for the last pocket",
    subtitle: "Deaths counted by SOHR since the SDF offensive began on September 10, 2018 (running total)",
    group: { is: "IS fighters", sdf: "SDF fighters", civilians: "civilians" },
    groupShort: { is: "IS", sdf: "SDF", civilians: "civilians" },
    exact: "precise figure, known date",
    inferred: "precise figure, inferred date",
    approximate: "rounded or minimum figure, off the line",
    dipsNote:
      "The lines join precise figures only. Rounded tolls (“close to 500”) and minimums (“more than 1,000”) stand apart: they can be lower than an earlier toll without there being fewer deaths.",
    highlight: (day) => `Around ${day}, two days before Hajin fell:`,
    alt: (f) =>
      `Running totals of deaths counted by the Syrian Observatory for Human Rights since September 10, 2018. Around December 12, 2018, two days before Hajin fell, SOHR counts ${f.december}. By March 23, 2019, the fall of Baghouz: ${f.is} IS fighters, ${f.sdf} SDF fighters and ${f.civilians} civilians.`,
  },
};

/** "≈ 526", "> 630", "901": the qualifier stays with the figure. */
export { QUALIFIER_SYMBOL } from "../../src/render/locale/qualifiers.js";
