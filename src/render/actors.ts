// One colour per actor, for every chart of the package: a reader who learns
// "red is IS" on one chart reads every other chart the same way (design review,
// package-level 1). Charts never pick an actor's hex themselves: they ask here,
// and tag the mark with `actorClass` so test/rules can check the meaning.
// Each theme re-tunes the hue for contrast only: every colour is text-safe
// (WCAG AA, 4.5:1) on its background and on the shaded spans (test/theme.test.ts).

export const ACTORS = ["is", "sdf", "civilians", "neutral"] as const;
/**
 * is: IS fighters, the IHS area, places IS held, its counter-attacks.
 * sdf: the SDF and the coalition: fighters, offensives, captures, towns taken.
 * civilians: the package's emphasis hue (the human toll is the story's weight).
 * neutral: statements, context, estimates on other definitions.
 */
export type Actor = (typeof ACTORS)[number];
export type ActorPalette = Readonly<Record<Actor, string>>;

export const actorPalettes = {
  light: { is: "#6b0f1a", sdf: "#1f5f99", civilians: "#a64d00", neutral: "#595959" },
  dark: { is: "#ff6b5e", sdf: "#7fb8ee", civilians: "#ffb300", neutral: "#b0b0b0" },
} as const satisfies Record<string, ActorPalette>;

const defaults = { classPrefix: "actor-" };

/** The class a mark carries to say which actor its colour stands for (read by test/rules/visualGrammar.ts). */
export function actorClass(actor: Actor): string {
  return `${defaults.classPrefix}${actor}`;
}

/** The actor a class list names, if any. */
export function actorOfClass(classList: string): Actor | null {
  for (const name of classList.split(/\s+/)) {
    const actor = name.startsWith(defaults.classPrefix) ? name.slice(defaults.classPrefix.length) : "";
    if ((ACTORS as readonly string[]).includes(actor)) return actor as Actor;
  }
  return null;
}
