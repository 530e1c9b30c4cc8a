// What a build covers. A build of every format, locale and width is whole: it
// writes the snippets, manifest.json and the notebook pages, and an
// incremental build records its charts as done. A build that leaves any of
// them out is partial. Light on purpose: incrementalBuild.ts decides this
// before it imports the renderer.

import { WIDTHS } from "../publish/variants.js";
import { LOCALES, type Locale } from "../render/locale/index.js";

export type Format = "svg" | "png" | "pdf";

export const FORMATS: readonly Format[] = ["svg", "png", "pdf"];

export interface Scope {
  readonly formats?: readonly Format[];
  readonly locales?: readonly Locale[];
  readonly widths?: readonly number[];
}

const covers = <T>(given: readonly T[] | undefined, all: readonly T[]) =>
  given === undefined || all.every((value) => given.includes(value));

/** True when the build leaves out a format, a locale or a width (`--format png` or `--locale fr`, not all three formats listed). */
export function isPartial({ formats, locales, widths }: Scope): boolean {
  return !(covers(formats, FORMATS) && covers(locales, LOCALES) && covers(widths, WIDTHS));
}
