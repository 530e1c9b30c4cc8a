// Every string the territory chart prints, in each locale.

import type { Qualifier, TerritoryRow } from "../../data/schema.js";
import type { Format, Translations } from "../../src/render/locale/index.js";
import { QUALIFIER_WORDS } from "../../src/render/locale/qualifiers.js";

export interface TerritoryStrings {
  title: string;
  subtitle: string;
  zoomTitle: string;
  ihs: string;
  others: string;
  /** Words that keep a figure's qualifier in prose: "environ 90 800 km²". */
  qualifier: Record<Qualifier, string>;
  /** Legend key of the figures in m², and their labels: what each one measures. */
  squareMetresKey: string;
  squareMetres(area: string, scope: TerritoryRow["scope"]): string;
  zero(day: string): string;
  /** Peak annotation, second line: a comparison the figures support (facts.md §1c). */
  peakComparison: string;
  peak(area: string, month: string): string;
  lost(area: string, month: string, share: string, peakMonth: string): string;
  end(day: string): string;
  alt(f: { peak: string; peakMonth: string; lastIhs: string; lastIhsMonth: string; share: string; end: string }): string;
}

export const strings: Translations<TerritoryStrings> = {
  fr: {
    title: "En quatre ans, l'EI a perdu un territoire presque grand comme la Hongrie",
    subtitle:
      "Superficie tenue par l'État islamique en Syrie et en Irak, en\u00a0km²\u00a0: selon IHS Markit jusqu'en juin\u00a02017, puis selon l'armée américaine, l'OSDH, les FDS et la presse",
    zoomTitle: "Zoom sur les derniers mois, de déc.\u00a02018 à\u00a0mars\u00a02019",
    ihs: "IHS Markit",
    others: "autres estimations (autres définitions)",
    qualifier: QUALIFIER_WORDS.fr,
    squareMetresKey: "chiffres en m² (trop petits pour l'échelle)",
    squareMetres: (area, scope) =>
      scope === "camp" ? `${area}\u00a0: un terrain\ncouvert de tentes` : `${area}\u00a0: où l'EI serait acculé,\nselon un chef des FDS`,
    zero: (day) => `${day}\u00a0: 0\u00a0km²`,
    peakComparison: "presque la superficie de la Hongrie",
    peak: (area, month) => `${area} en ${month}`,
    lost: (area, month, share, peakMonth) => `${month}\u00a0: ${area},\n${share} de moins qu'en\u00a0${peakMonth}`,
    end: (day) => `${day}\u00a0:\nplus aucun territoire`,
    alt: (f) =>
      `Courbe de la superficie tenue par l'État islamique. Selon IHS Markit, le groupe contrôlait ${f.peak} en ${f.peakMonth}, presque la superficie de la Hongrie, et ${f.lastIhs} en ${f.lastIhsMonth}, soit ${f.share} de moins. D'autres estimations, sur d'autres définitions, montrent la poche réduite à quelques km² début 2019, puis à rien le ${f.end}.`,
  },
  en: {
    title: "In four years, IS lost a territory almost the size of Hungary",
    subtitle:
      "Area held by the Islamic State in Syria and Iraq, in\u00a0km²: according to IHS Markit until June\u00a02017, then the US military, SOHR, the SDF and the press",
    zoomTitle: "Zoom on the last months, Dec\u00a02018 to\u00a0Mar\u00a02019",
    ihs: "IHS Markit",
    others: "other estimates (other definitions)",
    // An area is "less than", a count "fewer than".
    qualifier: { ...QUALIFIER_WORDS.en, "fewer-than": "less than " },
    squareMetresKey: "figures in m² (too small to show at this scale)",
    squareMetres: (area, scope) =>
      scope === "camp" ? `${area}: a patch of land\ncovered in tents` : `${area}: where an SDF commander\nsaid IS was cornered`,
    zero: (day) => `${day}: 0\u00a0km²`,
    peakComparison: "almost the size of Hungary",
    peak: (area, month) => `${area} in ${month}`,
    lost: (area, month, share, peakMonth) => `${month}: ${area},\n${share} less than in\u00a0${peakMonth}`,
    end: (day) => `${day}:\nno territory left`,
    alt: (f) =>
      `Line chart of the area held by the Islamic State. According to IHS Markit the group held ${f.peak} in ${f.peakMonth}, almost the size of Hungary, and ${f.lastIhs} in ${f.lastIhsMonth}, ${f.share} less. Other estimates, on other definitions, show the pocket down to a few km² in early 2019, then to nothing on ${f.end}.`,
  },
};

/** "≈ 15 km²", "< 5 km²", "≈ 600 m²": the qualifier stays with the figure. */
export function qualifiedArea(format: Format, km2: number, unit: string, qualifier: string): string {
  const symbol =
    { exact: "", about: "≈\u00a0", "fewer-than": "<\u00a0", "more-than": ">\u00a0", "at-least": "≥\u00a0", "close-to": "≈\u00a0" }[
      qualifier
    ] ?? "";
  const value = unit === "m2" ? `${format.number(km2 * 1e6)}\u00a0m²` : format.area(km2);
  return `${symbol}${value}`;
}
