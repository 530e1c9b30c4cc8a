// The package's visual grammar, read out of a rendered figure: every colour is
// the theme's or an actor's, an actor's colour appears only on marks tagged with
// that actor, no text is under the type floor of its width, and the notes fit
// their budget. The real charts and the planted violations in
// grammar.test.ts go through these same functions.

import { ACTORS, type Actor, actorOfClass } from "../../src/render/actors.js";
import type { Theme } from "../../src/render/theme.js";
import { DIRECT_LABEL_CLASS, floorFor, NOTE_CLASS } from "../../src/render/typeScale.js";
import { isNarrowWidth } from "../../src/render/widths.js";

const defaults = {
  /** Attributes that paint. */
  paints: ["fill", "stroke"],
  /** Paints that are no colour of their own. */
  unpainted: new Set(["none", "currentcolor", "transparent", "inherit"]),
  /** Lines of notes a phone reader is asked to read under a chart. */
  noteBudget: 3,
};

/** Every element under `root`, root included (a plain walk: jsdom's selector engine is slow to warm up). */
function* walk(root: Element): Generator<Element> {
  yield root;
  for (let child = root.firstElementChild; child !== null; child = child.nextElementSibling) yield* walk(child);
}

const describe = (element: Element) => {
  const text = element.localName === "text" ? ` "${element.textContent}"` : "";
  return `<${element.localName}>${text}`;
};

/** The actor an element's nearest tagged ancestor (or itself) names. */
function taggedActor(element: Element): Actor | null {
  for (let node: Element | null = element; node; node = node.parentElement) {
    const actor = actorOfClass(node.getAttribute("class") ?? "");
    if (actor) return actor;
  }
  return null;
}

function hasClass(element: Element, name: string): boolean {
  for (let node: Element | null = element; node; node = node.parentElement) {
    if ((node.getAttribute("class") ?? "").split(/\s+/).includes(name)) return true;
  }
  return false;
}

/** The colours a theme allows that stand for no actor. */
function themeNeutrals(theme: Theme): Set<string> {
  return new Set(
    [theme.background, theme.text, theme.muted, theme.grid, theme.rule, theme.span, theme.land.focus, theme.land.other, theme.water].map(
      (c) => c.toLowerCase(),
    ),
  );
}

/**
 * What breaks the one-colour-per-actor rule in `figure`, drawn in `theme`: a
 * colour neither the theme's nor an actor's, or an actor's colour on a mark not
 * tagged with that actor (red on an SDF mark, or on an untagged one). The
 * neutral actor's grey is also the theme's muted: it needs no tag.
 */
export function actorColourViolations(figure: Element, theme: Theme): string[] {
  const neutrals = themeNeutrals(theme);
  const actorOfColour = new Map(ACTORS.filter((a) => a !== "neutral").map((a) => [theme.actors[a].toLowerCase(), a] as const));
  const found: string[] = [];
  for (const element of walk(figure)) {
    for (const paint of defaults.paints) {
      const value = element.getAttribute(paint)?.trim().toLowerCase();
      if (!value || defaults.unpainted.has(value) || value.startsWith("url(")) continue;
      const actor = actorOfColour.get(value);
      const tag = taggedActor(element);
      if (actor) {
        if (tag !== actor)
          found.push(`${describe(element)} ${paint} ${value} is ${actor}'s colour, on a mark tagged ${tag ?? "with no actor"}`);
      } else if (!neutrals.has(value) && value !== theme.actors.neutral.toLowerCase()) {
        found.push(`${describe(element)} ${paint} ${value} is no colour of the ${theme.name} theme or its actors`);
      }
    }
  }
  return found;
}

/** Which colour each actor is drawn in, in `figure`: the colours of its tagged marks. */
export function actorColoursUsed(figure: Element, theme: Theme): Map<Actor, Set<string>> {
  const neutrals = themeNeutrals(theme);
  const used = new Map<Actor, Set<string>>();
  for (const element of walk(figure)) {
    const tag = taggedActor(element);
    if (!tag) continue;
    for (const paint of defaults.paints) {
      const value = element.getAttribute(paint)?.trim().toLowerCase();
      if (!value || defaults.unpainted.has(value) || value.startsWith("url(") || neutrals.has(value)) continue;
      used.set(tag, (used.get(tag) ?? new Set()).add(value));
    }
  }
  return used;
}

/** The font size a text is drawn at: its own or its nearest ancestor's attribute or inline style. */
function fontSize(element: Element): number | null {
  for (let node: Element | null = element; node; node = node.parentElement) {
    const attribute = node.getAttribute("font-size");
    if (attribute !== null) return Number.parseFloat(attribute);
    const style = /font-size:\s*([\d.]+)px/.exec(node.getAttribute("style") ?? "");
    if (style) return Number(style[1]);
  }
  return null;
}

/** Every text in `figure` under the floor for a figure `width` px wide (13 px for a direct label at phone width). */
export function typeFloorViolations(figure: Element, width: number): string[] {
  const found: string[] = [];
  for (const element of walk(figure)) {
    if (element.localName !== "text" || !element.textContent?.trim()) continue;
    const direct = hasClass(element, DIRECT_LABEL_CLASS);
    const floor = floorFor(width, direct);
    const size = fontSize(element);
    if (size === null) found.push(`${describe(element)} has no font size (a renderer would pick its own)`);
    else if (size < floor)
      found.push(`${describe(element)} is ${size} px, under the ${floor} px floor${direct ? " for a direct label" : ""} at ${width} px`);
  }
  return found;
}

/** The lines of notes a figure prints (the figure tags each with the note class). */
export function noteLines(figure: Element): number {
  let lines = 0;
  for (const element of walk(figure)) if (element.localName === "text" && hasClass(element, NOTE_CLASS)) lines++;
  return lines;
}

/** At phone width, notes over the budget; nothing at desktop width. */
export function noteBudgetViolations(figure: Element, width: number): string[] {
  const lines = noteLines(figure);
  return isNarrowWidth(width) && lines > defaults.noteBudget
    ? [`${lines} lines of notes at ${width} px, over the budget of ${defaults.noteBudget}`]
    : [];
}
