// Where phone layouts start: below this width a figure uses its compact
// layout and the phone type floor. One module so the figure, the type scale
// and the rule tests agree on what "narrow" means.

const defaults = { narrowWidth: 480 };

export function isNarrowWidth(width: number): boolean {
  return width < defaults.narrowWidth;
}
