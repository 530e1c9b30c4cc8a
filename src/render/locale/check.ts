// A chart's strings are typed per locale, so a missing one is a type error;
// this check makes it a build error too, for strings that arrive untyped
// (a JavaScript chart, or a translation left empty).

import { CliError } from "../../build/errors.js";
import { LOCALES, type Translations } from "./index.js";

export function checkTranslations(file: string, strings: Translations<object>): void {
  const [reference, ...others] = LOCALES;
  const keys = (value: object) => Object.keys(value).sort();
  for (const locale of LOCALES) {
    const entries = strings[locale];
    if (!entries) throw new CliError(`${file}: no strings for locale "${locale}"`);
    for (const key of keys(strings[reference])) {
      const value = (entries as Record<string, unknown>)[key];
      if (value === undefined || value === "") throw new CliError(`${file}: locale "${locale}" has no translation for "${key}"`);
    }
  }
  for (const locale of others) {
    const extra = keys(strings[locale]).filter((key) => !(key in strings[reference]));
    if (extra.length > 0) throw new CliError(`${file}: locale "${locale}" has "${extra[0]}", which "${reference}" lacks`);
  }
}
