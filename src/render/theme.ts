// Colour themes. Each chart is rendered once per theme with the colours baked
// into attributes, so the files look the same in <img>, inline, Inkscape and resvg.
// The actors' colours live in ./actors.ts; a theme holds them but never
// redefines them, so a hue means the same actor in every chart and both themes.

import { type ActorPalette, actorPalettes } from "./actors.js";

export const THEMES = ["light", "dark"] as const;
export type ThemeName = (typeof THEMES)[number];

export interface Theme {
  readonly name: ThemeName;
  readonly background: string;
  /** Titles, labels, values. */
  readonly text: string;
  /** Subtitles, axes, notes, source line. */
  readonly muted: string;
  readonly grid: string;
  readonly rule: string;
  /** One colour per actor (IS, SDF and coalition, civilians, neutral), from ./actors.ts. */
  readonly actors: ActorPalette;
  /** Shaded spans such as pauses: a grey, as the notes call them. */
  readonly span: string;
  /** The country a map is about, and its neighbours: the focus is the brighter one in both themes. */
  readonly land: { readonly focus: string; readonly other: string };
  /** Rivers: a line, lighter than any text colour, and no actor's hue. */
  readonly water: string;
}

export const themes: Record<ThemeName, Theme> = {
  light: {
    name: "light",
    background: "#ffffff",
    text: "#1a1a1a",
    muted: "#595959",
    grid: "#e3e3e3",
    rule: "#8c8c8c",
    actors: actorPalettes.light,
    span: "#efefef",
    land: { focus: "#f7f7f7", other: "#dcdcdc" },
    water: "#7fb2dc",
  },
  dark: {
    name: "dark",
    background: "#121212",
    text: "#f0f0f0",
    muted: "#b0b0b0",
    grid: "#333333",
    rule: "#7a7a7a",
    actors: actorPalettes.dark,
    span: "#2a2a2a",
    land: { focus: "#4a4a4a", other: "#262626" },
    water: "#3f78a8",
  },
};
