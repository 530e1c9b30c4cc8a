// Text measurement and line wrapping from font advance widths. Kerning is
// ignored, so widths run a little wide: safe for avoiding overlaps.

import type { FontWeight } from "./font.js";
import { MEASURED_CHARACTERS } from "./font.js";
import { ADVANCE_WIDTHS, FALLBACK_WIDTHS } from "./metrics.generated.js";

const indexOf = new Map([...MEASURED_CHARACTERS].map((char, index) => [char, index]));
/** Width used for a character the table does not hold: as wide as "M", so never too narrow. */
const UNKNOWN_WIDTH = 727;

const FALLBACKS = Object.values(FALLBACK_WIDTHS);

/**
 * Width in pixels of `text` set at `size` pixels in the given weight: the widest
 * of Source Sans 3 and each font of the stack's fallbacks, so the text fits in any.
 */
export function measureText(text: string, size: number, weight: FontWeight = "regular"): number {
  const primary = ADVANCE_WIDTHS[weight];
  let units = 0;
  const fallbackUnits = FALLBACKS.map(() => 0);
  for (const char of text) {
    const index = indexOf.get(char);
    const width = index === undefined || primary[index] < 0 ? UNKNOWN_WIDTH : primary[index];
    units += width;
    FALLBACKS.forEach((fallback, i) => {
      const own = index === undefined ? -1 : fallback[weight][index];
      // A character the fallback lacks comes from yet another font: count it a tenth wider.
      fallbackUnits[i] += own < 0 ? width * 1.1 : own;
    });
  }
  return (Math.max(units, ...fallbackUnits) * size) / 1000;
}

/** French punctuation that must stay on the line of the word before it, and « with the word after. */
const CLINGS_TO_PREVIOUS = /^[»:;!?%]/;

/** Splits at spaces where a line may break: never at no-break spaces, nor inside « … » or before : ; ! ? */
function breakableWords(text: string): string[] {
  const words: string[] = [];
  for (const word of text.split(" ")) {
    const previous = words.at(-1);
    if (previous !== undefined && (CLINGS_TO_PREVIOUS.test(word) || previous.endsWith("«")))
      words[words.length - 1] = `${previous} ${word}`;
    else words.push(word);
  }
  return words;
}

/** Breaks `text` into lines no wider than `width`, at the spaces where French and English typography allow it. */
export function wrapText(text: string, width: number, size: number, weight: FontWeight = "regular"): string[] {
  const lines: string[] = [];
  let line = "";
  for (const word of breakableWords(text)) {
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
