import { expect, test } from "vitest";
import { THEMES, themes } from "../src/render/theme.js";

/** WCAG 2 relative luminance and contrast ratio. */
function luminance(hex: string): number {
  const [r, g, b] = [1, 3, 5].map((i) => Number.parseInt(hex.slice(i, i + 2), 16) / 255);
  const linear = (c: number) => (c <= 0.03928 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4);
  return 0.2126 * linear(r) + 0.7152 * linear(g) + 0.0722 * linear(b);
}
function contrast(a: string, b: string): number {
  const [light, dark] = [luminance(a), luminance(b)].sort((x, y) => y - x);
  return (light + 0.05) / (dark + 0.05);
}

for (const name of THEMES) {
  test(`every text colour of the ${name} theme meets WCAG AA (4.5:1) on its background`, () => {
    const theme = themes[name];
    for (const key of ["text", "muted", "accent", "secondary", "tertiary", "quaternary"] as const) {
      expect(contrast(theme[key], theme.background), key).toBeGreaterThanOrEqual(4.5);
    }
  });
  test(`text on the ${name} theme's shaded spans still meets WCAG AA`, () => {
    const theme = themes[name];
    for (const key of ["text", "muted"] as const) expect(contrast(theme[key], theme.span), key).toBeGreaterThanOrEqual(4.5);
  });
}
