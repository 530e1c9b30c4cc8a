import { describe, expect, test } from "vitest";
import { ACTORS, actorPalettes } from "../src/render/actors.js";
import { THEMES, themes } from "../src/render/theme.js";
import { distanceSeen, tooClose } from "./rules/colourVision.js";
import { contrast } from "./rules/contrast.js";

for (const name of THEMES) {
  test(`every text colour of the ${name} theme meets WCAG AA (4.5:1) on its background`, () => {
    const theme = themes[name];
    for (const key of ["text", "muted"] as const) expect(contrast(theme[key], theme.background), key).toBeGreaterThanOrEqual(4.5);
    // Actor colours are text colours too: end labels, call-out figures, the timeline's highlighted heads.
    for (const actor of ACTORS) expect(contrast(theme.actors[actor], theme.background), actor).toBeGreaterThanOrEqual(4.5);
  });
  test(`text on the ${name} theme's shaded spans still meets WCAG AA, and an actor's mark 3:1`, () => {
    const theme = themes[name];
    for (const key of ["text", "muted"] as const) expect(contrast(theme[key], theme.span), key).toBeGreaterThanOrEqual(4.5);
    for (const actor of ACTORS) expect(contrast(theme.actors[actor], theme.span), actor).toBeGreaterThanOrEqual(3);
  });
  test(`the ${name} theme takes its actor colours from the one palette, one hue per actor`, () => {
    expect(themes[name].actors).toBe(actorPalettes[name]);
    expect(new Set(Object.values(themes[name].actors)).size).toBe(ACTORS.length);
  });
  test(`the ${name} map inset's focus country is the brighter shape`, () => {
    const { land } = themes[name];
    expect(contrast(land.focus, "#000000")).toBeGreaterThan(contrast(land.other, "#000000"));
  });
}

describe("the actor colours stay apart for readers with a colour-vision deficiency", () => {
  // ΔE 20 (CIELAB) after simulating each deficiency: two small dots still read as two actors.
  const MIN = 20;
  for (const name of THEMES) {
    test(`${name}: every two actors are at least ΔE ${MIN} apart, for trichromats and for protanopes, deuteranopes and tritanopes`, () => {
      expect(tooClose(actorPalettes[name], MIN)).toEqual([]);
    });
  }
  test("planted: the old light palette's IS red and civilian orange are caught, for a deuteranope above all", () => {
    const old = { is: "#b3261e", sdf: "#1f5f99", civilians: "#a64d00", neutral: "#595959" };
    const found = tooClose(old, MIN);
    expect(found.some((line) => line.startsWith("is/civilians") && line.endsWith("(deuteranopia)"))).toBe(true);
    expect(distanceSeen(old.is, old.civilians, "deuteranopia")).toBeLessThan(10);
  });
});
