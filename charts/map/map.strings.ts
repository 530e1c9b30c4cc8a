// Every string the locator map prints, in each locale. French strings carry
// their no-break spaces: U+202F before ; ! ? and inside « », U+00A0 before :.

import type { Translations } from "../../src/render/locale/index.js";

export interface Town {
  readonly name: string;
  readonly date: string;
  readonly estimated: boolean;
}

export interface MapStrings {
  title: string;
  subtitle: string;
  /** Under the first town: when the offensive began. */
  start(date: string): string;
  /** The line after it: the launch was announced the next day (facts.md C8), as the timeline says. */
  announced: string;
  taken(date: string): string;
  /** Under the last town: the end of the offensive. */
  end(date: string): string;
  /** Two dates sources disagree on: "7 ou 13 janv. 2019". */
  either: string;
  legendTaken: string;
  legendEstimated(km: string): string;
  legendOther: string;
  estimated(names: string, km: string): string;
  omitted(names: string): string;
  alt(f: { towns: readonly Town[]; start: string; end: string; from: string; to: string }): string;
}

const list = (items: readonly string[], and: string) =>
  items.length < 2 ? items.join("") : `${items.slice(0, -1).join(", ")} ${and} ${items[items.length - 1]}`;

/** "al-Chaafa" in mid-sentence; "Al-Chaafa" only starts a sentence or a label (F22). */
const midSentence = (name: string) => name.replace(/^Al-/, "al-");

export const strings: Translations<MapStrings> = {
  fr: {
    title: "De Hajine à Baghouz, la poche de l'EI reprise en six mois",
    subtitle:
      "Localités prises par les FDS lors de leur offensive contre l'État islamique, numérotées dans l'ordre de leur prise définitive, d'après l'OSDH, les FDS et la presse",
    start: (date) => `offensive lancée le ${date}`,
    announced: "annoncée le lendemain",
    taken: (date) => `prise le ${date}`,
    end: (date) => `chute du dernier réduit le ${date}`,
    either: " ou ",
    legendTaken: "localité prise par les FDS",
    legendEstimated: (km) => `position estimée (à ${km}\u00a0km près)`,
    legendOther: "autre localité",
    estimated: (names, km) =>
      `${names}\u00a0: position estimée à ${km}\u00a0km près (entre les villages voisins), aucune source consultée ne donnant ses coordonnées.`,
    omitted: (names) => `Lieu non représenté, faute de position vérifiée\u00a0: ${names}.`,
    alt: (f) =>
      `Carte de la vallée de l'Euphrate, de ${f.from}, en Syrie, à ${f.to}, en Irak, de part et d'autre de la frontière syro-irakienne, avec un encart situant la zone. Du nord au sud, le long du fleuve, les localités prises par les FDS\u00a0: ${list(
        f.towns.map((town) => `${midSentence(town.name)}${town.estimated ? " (position estimée)" : ""} le ${town.date}`),
        "et",
      )}. L'offensive a commencé le ${f.start}\u202f; le dernier réduit de l'État islamique, à Baghouz, est tombé le ${f.end}.`,
  },
  en: {
    title: "Hajin to Baghouz: the IS pocket retaken in six months",
    subtitle:
      "Places taken by the SDF in their offensive against the Islamic State, numbered in the order they were finally taken, according to SOHR, the SDF and the press",
    start: (date) => `offensive begins ${date}`,
    announced: "announced the next day",
    taken: (date) => `taken ${date}`,
    end: (date) => `last pocket falls ${date}`,
    either: " or ",
    legendTaken: "place taken by the SDF",
    legendEstimated: (km) => `estimated position (within ${km}\u00a0km)`,
    legendOther: "other place",
    estimated: (names, km) =>
      `${names}: position estimated within ${km}\u00a0km (between the neighboring villages); no source we read gives its coordinates.`,
    omitted: (names) => `Not shown, for want of a verified position: ${names}.`,
    alt: (f) =>
      `Map of the Euphrates valley from ${f.from}, Syria, to ${f.to}, Iraq, on both sides of the Syria–Iraq border, with an inset locating the area. From north to south along the river, the places the SDF took: ${list(
        f.towns.map((town) => `${midSentence(town.name)}${town.estimated ? " (estimated position)" : ""} on ${town.date}`),
        "and",
      )}. The offensive began on ${f.start}; the last Islamic State pocket, at Baghouz, fell on ${f.end}.`,
  },
};
