// Issue 24, part 2: the package's headlines state four different findings, so
// no two repeat a phrase ("dernier réduit" / "last pocket" at most once). The
// checker is shown to fail on the titles the package had before.

import { expect, test } from "vitest";
import { charts } from "../../charts/index.js";

/** Pairs of neighbouring words of four letters or more (apostrophes kept, case and punctuation dropped). */
function phrases(title: string): string[] {
  const words = title
    .toLowerCase()
    .split(/[^\p{L}\p{N}'’]+/u)
    .filter(Boolean);
  return words.slice(1).flatMap((word, i) => (word.length >= 4 && words[i].length >= 4 ? [`${words[i]} ${word}`] : []));
}

/** Each phrase that stands in more than one of the titles, with the titles it stands in. */
function repeatedPhrases(titles: readonly string[]): string[] {
  const seen = new Map<string, Set<number>>();
  for (const [index, title] of titles.entries())
    for (const phrase of phrases(title)) seen.set(phrase, (seen.get(phrase) ?? new Set()).add(index));
  return [...seen]
    .filter(([, where]) => where.size > 1)
    .map(([phrase, where]) => `"${phrase}" in ${[...where].map((i) => JSON.stringify(titles[i])).join(" and ")}`);
}

const titles = (locale: "fr" | "en") => charts.map((chart) => (chart.strings[locale] as { title: string }).title);

test("the charts' titles are all different and repeat no phrase, in French and in English", () => {
  for (const locale of ["fr", "en"] as const) {
    expect(new Set(titles(locale)).size, `distinct ${locale} titles`).toBe(charts.length);
    expect(repeatedPhrases(titles(locale)), `phrases repeated across the ${locale} titles`).toEqual([]);
  }
});

test("repeatedPhrases() catches the titles the package had before", () => {
  const before = [
    "Du « califat » au dernier réduit",
    "Six mois de combats pour le dernier réduit",
    "Six mois pour reprendre le dernier réduit",
    "Le long de l'Euphrate, jusqu'au dernier réduit",
  ];
  expect(repeatedPhrases(before)).toEqual([`"dernier réduit" in ${before.map((t) => JSON.stringify(t)).join(" and ")}`]);
  expect(repeatedPhrases(["From “caliphate” to last pocket", "Six months of fighting for the last pocket"])).toHaveLength(1);
});
