// A time axis in pixels, computed the way Plot's linear utc scale maps it, so
// layout code can measure labels against the positions Plot will draw.

export function pixels([start, end]: readonly [Date, Date], left: number, right: number): (date: Date) => number {
  return (date) => left + ((+date - +start) / (+end - +start)) * (right - left);
}
