// "Did you mean" suggestions for mistyped commands, options and chart names.

const defaults = {
  /** The most edits a suggestion may be away from what was typed (and at most a third of its length). */
  maxDistance: 3,
};

/** Levenshtein distance, with a swap of two neighbours counting as one edit (froce → force). */
export function editDistance(a: string, b: string): number {
  const rows = Array.from({ length: a.length + 1 }, (_, i) => [i, ...Array<number>(b.length).fill(0)]);
  for (let j = 1; j <= b.length; j++) rows[0][j] = j;
  for (let i = 1; i <= a.length; i++)
    for (let j = 1; j <= b.length; j++) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      rows[i][j] = Math.min(rows[i - 1][j] + 1, rows[i][j - 1] + 1, rows[i - 1][j - 1] + cost);
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1]) rows[i][j] = Math.min(rows[i][j], rows[i - 2][j - 2] + 1);
    }
  return rows[a.length][b.length];
}

/** The closest of `candidates` to `typed`, if one is close enough to be what was meant. */
export function closest(typed: string, candidates: readonly string[]): string | undefined {
  const limit = Math.min(defaults.maxDistance, Math.max(1, Math.floor(typed.length / 3)));
  let best: string | undefined;
  let bestDistance = Number.POSITIVE_INFINITY;
  for (const candidate of candidates) {
    const distance = editDistance(typed.toLowerCase(), candidate.toLowerCase());
    if (distance < bestDistance) [best, bestDistance] = [candidate, distance];
  }
  return bestDistance <= limit ? best : undefined;
}

/** ` (did you mean "x"?)`, or the list of choices when nothing is close. */
export function didYouMean(typed: string, candidates: readonly string[], quote = (s: string) => `"${s}"`): string {
  const match = closest(typed, candidates);
  return match ? `; did you mean ${quote(match)}?` : `; expected one of ${candidates.map(quote).join(", ")}`;
}
