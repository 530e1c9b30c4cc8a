// Where a running toll has no figure for weeks, a straight line between the
// two figures around the gap would say the toll rose steadily, which no
// source says: those stretches are drawn dashed, and the key says what a
// dash means. The figures themselves are never moved or added.

export const defaults = {
  /** Longer than this between two figures, and the line between them is dashed. */
  maxGapDays: 21,
};

const DAY_MS = 86_400_000;

/** A point of a run, with the run it belongs to (Plot's `z`). */
export type InRun<P> = P & { readonly run: number };

/**
 * Splits one series' points, in date order, into solid runs (each a stretch
 * with no gap longer than `maxGapDays`) and the two-point spans across each
 * longer gap.
 */
export function splitAtGaps<P extends { readonly date: Date }>(
  points: readonly P[],
  maxGapDays = defaults.maxGapDays,
): { solid: InRun<P>[]; gaps: InRun<P>[] } {
  const sorted = [...points].sort((a, b) => a.date.getTime() - b.date.getTime());
  const solid: InRun<P>[] = [];
  const gaps: InRun<P>[] = [];
  let run = 0;
  for (const [index, point] of sorted.entries()) {
    const previous = sorted[index - 1];
    if (previous && (point.date.getTime() - previous.date.getTime()) / DAY_MS > maxGapDays) {
      gaps.push({ ...previous, run: gaps.length / 2 }, { ...point, run: gaps.length / 2 });
      run++;
    }
    solid.push({ ...point, run });
  }
  return { solid, gaps };
}
