// Every string the timeline prints, in each locale.

import type { Translations } from "../../src/render/locale/index.js";

type Category = "offensive" | "counter-attack" | "pause" | "capture" | "political" | "civilians";

export interface TimelineStrings {
  title: string;
  subtitle: string;
  category: Record<Category, string>;
  /** Joins two dates sources disagree on: "7 ou 13 janv.". */
  either: string;
  /** Joins the ends of a span: "31 oct. – 11 nov.". */
  span: string;
  /** Marks a date worked out from relative wording: "≈ 1er févr.". */
  inferred: string;
  inferredKey: string;
  /** The vertical axis is stretched where events crowd: the chart says so. */
  scaleNote: string;
  alt(f: { start: string; end: string; hajin: string }): string;
}

export const strings: Translations<TimelineStrings> = {
  fr: {
    title: "Trois mois pour Hajine, trois de plus pour Baghouz",
    subtitle:
      "Les étapes de l'offensive des FDS contre l'État islamique dans la vallée de l'Euphrate, de septembre\u00a02018 à mars\u00a02019, d'après l'OSDH, les FDS et les agences de presse",
    category: {
      offensive: "offensive",
      "counter-attack": "contre-attaque",
      pause: "pause",
      capture: "prise",
      political: "déclaration",
      civilians: "civils",
    },
    either: " ou ",
    span: "–",
    inferred: "≈\u00a0",
    inferredKey: "date déduite (≈)",
    scaleNote: "Espacement non proportionnel au temps. Bandes ombrées\u00a0: pauses de l'offensive.",
    alt: (f) =>
      `Chronologie de l'offensive des FDS contre l'État islamique, du ${f.start} au ${f.end}\u00a0: début de l'offensive sur Hajine, contre-attaques de l'EI, pauses de l'offensive, prise de Hajine le ${f.hajin}, puis d'al-Chaafa et de Soussa, assaut final sur Baghouz et chute de Baghouz.`,
  },
  en: {
    title: "Three months for Hajin, three more for Baghouz",
    subtitle:
      "The stages of the SDF offensive against the Islamic State in the Euphrates valley, September\u00a02018 to March\u00a02019, according to SOHR, the SDF and news agencies",
    category: {
      offensive: "offensive",
      "counter-attack": "counter-attack",
      pause: "pause",
      capture: "capture",
      political: "statement",
      civilians: "civilians",
    },
    either: " or ",
    span: "–",
    inferred: "≈\u00a0",
    inferredKey: "inferred date (≈)",
    scaleNote: "Spacing is not to scale in time. Shaded bands: pauses in the offensive.",
    alt: (f) =>
      `Timeline of the SDF offensive against the Islamic State from ${f.start} to ${f.end}: the offensive on Hajin begins, IS counter-attacks, pauses in the offensive, Hajin taken on ${f.hajin}, then al-Shaafa and Sousa, the final assault on Baghouz and its fall.`,
  },
};
