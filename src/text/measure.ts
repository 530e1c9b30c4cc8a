// Text measurement and line wrapping from the shipped font's advance widths.
// Kerning is ignored, so widths run a little wide: safe for avoiding overlaps.

import type { FontWeight } from "./font.js";
import { MEASURED_CHARACTERS } from "./font.js";
import { ADVANCE_WIDTHS } from "./metrics.generated.js";

const indexOf = new Map([...MEASURED_CHARACTERS].map((char, index) => [char, index]));
/** Width used for a character the table does not hold: as wide as "M", so never too narrow. */
const UNKNOWN_WIDTH = 727;

/** Width in pixels of `text` set at `size` pixels in the given weight. */
export function measureText(text: string, size: number, weight: FontWeight = "regular"): number {
  const widths = ADVANCE_WIDTHS[weight];
  let units = 0;
  for (const char of text) {
    const index = indexOf.get(char);
    units += index === undefined ? UNKNOWN_WIDTH : widths[index];
  }
  return (units * size) / 1000;
}

/** Breaks `text` into lines no wider than `width`, at spaces (never at no-break spaces). */
export function wrapText(text: string, width: number, size: number, weight: FontWeight = "regular"): string[] {
  const lines: string[] = [];
  let line = "";
  for (const word of text.split(" ")) {
    const candidate = line === "" ? word : `${line} ${word}`;
    if (line !== "" && measureText(candidate, size, weight) > width) {
      lines.push(line);
      line = word;
    } else {
      line = candidate;
    }
  }
  if (line !== "") lines.push(line);
  return lines;
}
