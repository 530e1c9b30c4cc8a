// One PNG from one SVG, as the PNG workers (and the benchmark's floor) draw it.
// Plain JavaScript: the workers load it without a TypeScript loader.
import { Resvg } from "@resvg/resvg-js";

/**
 * The chart's panels are nested <svg> elements, which clip to their box.
 * resvg draws a clipped element into a layer the size of the image, masks
 * it and composites it back: a third of the rasterising time, and 20 MB
 * more per worker for a tall 2x image. Nothing in a chart is drawn outside
 * its panel (test/pngRender.test.ts checks every committed chart), so the
 * clip changes nothing but the rounding of antialiased edges (at most 2 of
 * 255 on nearly every differing pixel), and the PNG is drawn without it.
 * The SVG files keep their clip.
 */
export function withoutPanelClips(svg) {
  return svg.replace(/(?<!^)<svg /g, '<svg overflow="visible" ');
}

/** The PNG of `svg` at `scale` times its size, drawn with the given resvg font options. */
export function renderPng(svg, scale, font) {
  return new Resvg(withoutPanelClips(svg), { fitTo: { mode: "zoom", value: scale }, font }).render().asPng();
}
