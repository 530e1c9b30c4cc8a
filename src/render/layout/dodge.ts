// Spreads positions along one axis so that consecutive items are at least
// `gap` apart, moving each as little as possible from where it wants to be.

/** Returns the new positions, in the order given. */
export function dodge(wanted: readonly number[], gap: number, min = -Infinity, max = Infinity): number[] {
  const order = wanted.map((value, index) => ({ value, index })).sort((a, b) => a.value - b.value || a.index - b.index);
  const placed = order.map(({ value }) => Math.max(value, min));
  for (let i = 1; i < placed.length; i++) placed[i] = Math.max(placed[i], placed[i - 1] + gap);
  // Pushed past the end: slide the tail back up, keeping the gaps.
  for (let i = placed.length - 1; i >= 0 && placed[i] > max - (placed.length - 1 - i) * gap; i--) {
    placed[i] = Math.max(min, max - (placed.length - 1 - i) * gap);
  }
  const result = new Array<number>(wanted.length);
  order.forEach(({ index }, i) => {
    result[index] = placed[i];
  });
  return result;
}
