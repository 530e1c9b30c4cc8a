// The typographic rules every printed string follows, per locale. A check,
// not a fixer: text is written right at its source (strings files, CSV), and
// the test over every output names what is wrong where.
//
// French: U+202F (narrow no-break space) before ; ! ? and the closing », after
// the opening «, as the thousands separator and before %; U+00A0 before a
// colon and between a number and its unit. English: no space before : ; ! ?,
// a comma for thousands, "Sep 10, 2018" dates (month first). Both: an en dash
// in a span of years (2015–2019).

import type { Locale } from "./index.js";

const NNBSP = "\u202f";
const NBSP = "\u00a0";
const UNIT = "(?:km²|m²|mi²)";
const MONTH_EN =
  "(?:Jan(?:uary)?|Feb(?:ruary)?|Mar(?:ch)?|Apr(?:il)?|May|June?|July?|Aug(?:ust)?|Sep(?:t|tember)?|Oct(?:ober)?|Nov(?:ember)?|Dec(?:ember)?)\\b";

interface Rule {
  readonly pattern: RegExp;
  readonly message: string;
}

const both: Rule[] = [
  { pattern: /\b(?:19|20)\d\d-(?:19|20)\d\d\b/g, message: "a span of years takes an en dash (–), not a hyphen" },
  { pattern: new RegExp(`\\d ${UNIT}`, "g"), message: "a number and its unit are joined by a no-break space (U+00A0)" },
];

const rules: Record<Locale, Rule[]> = {
  fr: [
    ...both,
    { pattern: new RegExp(`[^${NNBSP}][;!?»]`, "g"), message: "; ! ? and » take a narrow no-break space (U+202F) before them" },
    { pattern: new RegExp(`«[^${NNBSP}]`, "g"), message: "« takes a narrow no-break space (U+202F) after it" },
    { pattern: new RegExp(`(?<!\\d)[^${NBSP}]:(?!//)(?!\\d)`, "g"), message: "a colon takes a no-break space (U+00A0) before it" },
    {
      // A comma is the French decimal mark: "34,536° N" is a decimal (an angle never needs a thousands
      // group), so a comma counts as an English thousands separator only when no degree sign follows,
      // and digits after a correct narrow no-break space are not a new number.
      pattern: new RegExp(`(?<![\\d,.${NNBSP}])\\d{1,3}(?:[ ${NBSP}]\\d{3}|,\\d{3}(?![\\d°]))+(?![\\d°])`, "g"),
      message: "thousands are separated by a narrow no-break space (U+202F), as the formatter writes them",
    },
    { pattern: new RegExp(`\\d(?:[ ${NBSP}]?)%`, "g"), message: "% takes a narrow no-break space (U+202F) before it" },
  ],
  en: [
    ...both,
    { pattern: /\s[:;!?]/g, message: "no space before : ; ! ? in English" },
    {
      pattern: new RegExp(`(?<![\\d,.])\\d{1,3}(?:[ ${NBSP}${NNBSP}]\\d{3})+(?!\\d)`, "g"),
      message: "thousands take a comma in English",
    },
    { pattern: new RegExp(`\\b\\d{1,2}(?:–\\d{1,2})? ${MONTH_EN}`, "g"), message: 'English dates put the month first ("Sep 10, 2018")' },
    {
      pattern: new RegExp(`\\b${MONTH_EN} \\d{1,2}(?:–\\d{1,2})? (?:19|20)\\d\\d`, "g"),
      message: 'a comma comes between the day and the year ("Sep 10, 2018")',
    },
  ],
};

export interface TypographyError {
  readonly message: string;
  /** The offending characters with a little context, spaces made visible. */
  readonly excerpt: string;
}

const visible = (text: string) => text.replaceAll(" ", "␣").replaceAll(NBSP, "⍽").replaceAll(NNBSP, "·");

/** Every place `text` breaks a typographic rule of `locale`. */
export function typographyErrors(text: string, locale: Locale): TypographyError[] {
  const errors: TypographyError[] = [];
  for (const rule of rules[locale]) {
    for (const match of text.matchAll(rule.pattern)) {
      const at = match.index ?? 0;
      errors.push({ message: rule.message, excerpt: visible(text.slice(Math.max(0, at - 12), at + match[0].length + 12)) });
    }
  }
  return errors;
}
