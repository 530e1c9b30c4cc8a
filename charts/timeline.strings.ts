// Every string the timeline prints, in each locale.

import type { Translations } from "../src/locale/index.js";

type Category = "offensive" | "counter-attack" | "pause" | "capture" | "political" | "civilians";

export interface TimelineStrings {
  title: string;
  subtitle: string;
  category: Record<Category, string>;
  /** Joins two dates sources disagree on: "7 ou 13 janv.". */
  either: string;
  /** Joins the ends of a span: "31 oct. – 11 nov.". */
  span: string;
  alt(f: { count: number; start: string; end: string; hajin: string }): string;
}

export const strings: Translations<TimelineStrings> = {
  fr: {
    title: "Six mois pour reprendre le dernier réduit",
    subtitle: "Les étapes de l'offensive des FDS contre l'État islamique dans la vallée de l'Euphrate",
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
    alt: (f) =>
      `Chronologie de ${f.count} événements, du ${f.start} au ${f.end} : début de l'offensive des FDS sur Hajine, contre-attaques de l'EI, deux pauses, prise de Hajine le ${f.hajin}, puis d'al-Chaafa et de Soussa, assaut final sur Baghouz et chute du dernier réduit.`,
  },
  en: {
    title: "Six months to retake the last pocket",
    subtitle: "The stages of the SDF offensive against the Islamic State in the Euphrates valley",
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
    alt: (f) =>
      `Timeline of ${f.count} events from ${f.start} to ${f.end}: the SDF offensive on Hajin begins, IS counter-attacks, two pauses, Hajin taken on ${f.hajin}, then al-Shaafa and Sousa, the final assault on Baghouz and the fall of the last pocket.`,
  },
};
