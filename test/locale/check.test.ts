import { expect, test } from "vitest";
import { charts } from "../../charts/index.js";
import { CliError } from "../../src/build/errors.js";
import { checkTranslations } from "../../src/render/locale/check.js";

test("checkTranslations() accepts every chart's strings", () => {
  for (const chart of charts) expect(() => checkTranslations(chart.id, chart.strings)).not.toThrow();
});

test("checkTranslations() fails on a missing or empty translation, naming the file and key", () => {
  const missing = { fr: { title: "Titre", subtitle: "Sous-titre" }, en: { title: "Title" } };
  expect(() => checkTranslations("charts/x.strings.ts", missing)).toThrow(
    new CliError('charts/x.strings.ts: locale "en" has no translation for "subtitle"'),
  );
  expect(() => checkTranslations("x", { fr: { title: "Titre" }, en: { title: "" } })).toThrow(/no translation for "title"/);
  expect(() => checkTranslations("x", { fr: { title: "Titre" }, en: { title: "T", extra: "E" } })).toThrow(/"extra", which "fr" lacks/);
});
