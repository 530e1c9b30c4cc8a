// The package's type scale, with a floor a phone reader can read: the 360 files
// are shown at about 358 CSS px, so their sizes are what the reader gets
// (design review, package-level 4; Reuters and Datawrapper mobile defaults).
// Every chart takes its sizes from here; test/rules/visualGrammar.ts checks
// each rendered text against the floor of its width.

import { isNarrowWidth } from "./widths.js";

export interface TypeScale {
  readonly title: number;
  readonly subtitle: number;
  /** Labels that name a series or a place where it is drawn: end labels, town names, event heads. */
  readonly directLabel: number;
  /** Annotations, call-outs, key-moment labels, dates. */
  readonly annotation: number;
  /** Axis tick labels. */
  readonly tick: number;
  /** Notes, the source line and the legend. */
  readonly note: number;
  /** Small marks' text such as a number on a badge. */
  readonly badge: number;
}

export const typeFloor = {
  /** No text under this at phone width, and no direct label under `narrowDirectLabel`. */
  narrow: 12,
  narrowDirectLabel: 13,
  /** No text under this at desktop width. */
  wide: 11,
} as const;

const scales = {
  narrow: { title: 20, subtitle: 14, directLabel: 13, annotation: 12, tick: 12, note: 12, badge: 12 },
  wide: { title: 24, subtitle: 15, directLabel: 13, annotation: 12, tick: 11, note: 12, badge: 11 },
} as const satisfies Record<string, TypeScale>;

export function typeScale(width: number): TypeScale {
  return scales[isNarrowWidth(width) ? "narrow" : "wide"];
}

/** The smallest size a text may have at this width, and for a direct label. */
export function floorFor(width: number, directLabel: boolean): number {
  if (!isNarrowWidth(width)) return typeFloor.wide;
  return directLabel ? typeFloor.narrowDirectLabel : typeFloor.narrow;
}

/** The class a direct label carries, so the checker holds it to the direct-label floor. */
export const DIRECT_LABEL_CLASS = "direct-label";
/** The class on each line of a figure's notes, so the note budget can be counted. */
export const NOTE_CLASS = "note";
