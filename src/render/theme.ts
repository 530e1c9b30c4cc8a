// Colour themes. Each chart is rendered once per theme with the colours baked
// into attributes, so the files look the same in <img>, inline, Inkscape and resvg.

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
  /** The main series: the IHS line, the SDF toll… */
  readonly accent: string;
  /** Secondary series and estimates on other definitions. */
  readonly secondary: string;
  readonly tertiary: string;
  readonly quaternary: string;
  /** Shaded spans such as pauses. */
  readonly span: string;
}

export const themes: Record<ThemeName, Theme> = {
  light: {
    name: "light",
    background: "#ffffff",
    text: "#1a1a1a",
    muted: "#595959",
    grid: "#e3e3e3",
    rule: "#8c8c8c",
    accent: "#b3261e",
    secondary: "#1f5f99",
    tertiary: "#6b5a00",
    quaternary: "#7b3f98",
    span: "#f0ece4",
  },
  dark: {
    name: "dark",
    background: "#121212",
    text: "#f0f0f0",
    muted: "#b0b0b0",
    grid: "#333333",
    rule: "#7a7a7a",
    accent: "#ff8a80",
    secondary: "#7fb8ee",
    tertiary: "#e0c65c",
    quaternary: "#d3a6e6",
    span: "#2a2620",
  },
};
