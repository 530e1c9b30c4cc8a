// Every string the casualties chart prints, in each locale.

import type { Group, Qualifier } from "../../data/schema.js";
import type { Translations } from "../../src/render/locale/index.js";
import { QUALIFIER_WORDS } from "../../src/render/locale/qualifiers.js";

export interface CasualtiesStrings {
  title: string;
  subtitle: string;
  /** Series names at the end of each line; the short ones at phone width. */
  group: Record<Group, string>;
  groupShort: Record<Group, string>;
  /** A figure's qualifier in words, for the alt text: "environ 526", "plus de 630". */
  qualifier: Record<Qualifier, string>;
  exact: string;
  inferred: string;
  approximate: string;
  /** Why rounded figures and minimums stand apart from the lines. */
  /** The key's words for a dashed stretch of a line. */
  gap: string;
  /** Heading of the 12 December call-out. */
  highlight(day: string): string;
  alt(f: { sdf: string; is: string; civilians: string; december: string }): string;
}

export const strings: Translations<CasualtiesStrings> = {
  fr: {
    title: "Plus de 630 civils tués dans la bataille du dernier réduit, selon l'OSDH",
    subtitle:
      "Cumul des morts recensés par l'Observatoire syrien des droits de l'homme (OSDH) depuis le début de l'offensive des FDS, le 10\u00a0septembre\u00a02018. Ces bilans ne sont pas vérifiables",
    group: { is: "combattants de l'EI", sdf: "combattants des FDS", civilians: "civils" },
    groupShort: { is: "EI", sdf: "FDS", civilians: "civils" },
    qualifier: QUALIFIER_WORDS.fr,
    exact: "chiffre précis, date connue",
    gap: "plus de trois semaines sans chiffre",
    inferred: "chiffre précis, date déduite",
    approximate: "chiffre arrondi ou minimum, hors courbe",
    highlight: (day) => `Vers le ${day}, deux jours avant la chute de Hajine\u00a0:`,
    alt: (f) =>
      `Courbes cumulées des morts recensés par l'Observatoire syrien des droits de l'homme depuis le 10\u00a0septembre 2018. Vers le 12\u00a0décembre 2018, deux jours avant la chute de Hajine, l'OSDH compte ${f.december}. Au 23 mars 2019, chute de Baghouz\u00a0: ${f.is} combattants de l'EI, ${f.sdf} combattants des FDS et ${f.civilians} civils. Les courbes sont en tirets là où l'OSDH ne donne aucun chiffre pendant plus de trois semaines, de la mi-décembre au début de janvier et de fin janvier au 23 mars.`,
  },
  en: {
    title: "More than 630 civilians killed in the battle for the last pocket, monitor says",
    subtitle:
      "Running total of deaths counted by the Syrian Observatory for Human Rights (SOHR) since the SDF offensive began on Sep\u00a010,\u00a02018. The tolls cannot be verified",
    group: { is: "IS fighters", sdf: "SDF fighters", civilians: "civilians" },
    groupShort: { is: "IS", sdf: "SDF", civilians: "civilians" },
    qualifier: QUALIFIER_WORDS.en,
    exact: "precise figure, known date",
    gap: "more than three weeks without a figure",
    inferred: "precise figure, inferred date",
    approximate: "rounded or minimum figure, off the line",
    highlight: (day) => `Around ${day}, two days before Hajin fell:`,
    alt: (f) =>
      `Running totals of deaths counted by the Syrian Observatory for Human Rights since Sep 10, 2018. Around Dec 12, 2018, two days before Hajin fell, SOHR counts ${f.december}. By Mar 23, 2019, the fall of Baghouz: ${f.is} IS fighters, ${f.sdf} SDF fighters and ${f.civilians} civilians. The lines are dashed where SOHR gives no figure for more than three weeks, from mid-December to early January and from late January to Mar 23.`,
  },
};

/** "≈ 526", "> 630", "901": the qualifier stays with the figure. */
export { QUALIFIER_SYMBOL } from "../../src/render/locale/qualifiers.js";
