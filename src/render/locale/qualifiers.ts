// The symbol before a figure that its source qualified: "≈ 90 800", "≥ 1 600", "< 100".

export const QUALIFIER_SYMBOL: Record<string, string> = {
  exact: "",
  about: "≈\u00a0",
  "close-to": "≈\u00a0",
  "at-least": "≥\u00a0",
  "more-than": ">\u00a0",
  "fewer-than": "<\u00a0",
};
