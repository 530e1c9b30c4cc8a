// The symbol before a figure that its source qualified: "≈ 90 800", "≥ 1 600", "< 100".

export const QUALIFIER_SYMBOL: Record<string, string> = {
  exact: "",
  about: "≈\u00a0",
  "close-to": "≈\u00a0",
  "at-least": "≥\u00a0",
  "more-than": ">\u00a0",
  "fewer-than": "<\u00a0",
};

/** The same qualifiers in words, for prose and alt text (a screen reader reads "≈" and ">" as symbols). Counts: "fewer than". */
export const QUALIFIER_WORDS = {
  fr: {
    exact: "",
    about: "environ ",
    "close-to": "près de ",
    "at-least": "au moins ",
    "more-than": "plus de ",
    "fewer-than": "moins de ",
  },
  en: {
    exact: "",
    about: "about ",
    "close-to": "close to ",
    "at-least": "at least ",
    "more-than": "more than ",
    "fewer-than": "fewer than ",
  },
} as const;
