// French spacing applied to text that was not typed with its no-break spaces
// (data notes, the notebook's Markdown): the other rules are checked, not applied.

/** French spacing for text typed with plain spaces: no-break spaces before : ; ! ? and inside « ». */
export function frenchSpacing(text: string): string {
  return text
    .replace(/ ([;!?])/g, "\u202f$1")
    .replace(/ :/g, "\u00a0:")
    .replace(/« /g, "«\u202f")
    .replace(/ »/g, "\u202f»");
}
