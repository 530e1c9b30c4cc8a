// Every module imports Observable Plot from here.
//
// Plot fixes its half-pixel offset once, when it is first imported: 0.5 when a
// global `window` has a devicePixelRatio of 1 or when a test framework's global
// `it` exists, 0 otherwise. We pin it to 0 by refusing to load Plot in either
// situation, so the same bytes come out of the build, the tests and the preview.

if ("window" in globalThis || "it" in globalThis) {
  throw new Error("Load Plot without a global window or it (vitest globals must stay off): its pixel offset would change");
}

export * as Plot from "@observablehq/plot";
