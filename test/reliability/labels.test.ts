// Defect 7 (placement cost): the banded search places labels exactly as the
// plain search over every placed box does.

import fc from "fast-check";
import { expect, test } from "vitest";
import { type LabelRequest, type PlacedLabel, placeLabels } from "../../src/render/layout/labels.js";

/** The straightforward placement, comparing each candidate with every box placed before. */
function reference(requests: readonly LabelRequest[], extent: number, offset = 4, gap = 4, lineHeight = 14): PlacedLabel[] {
  const placed: PlacedLabel[] = [];
  for (const { x, y, width } of requests) {
    const sides: Array<["start" | "end", number, number]> = [];
    if (x + offset + width <= extent) sides.push(["start", x + offset, x + offset + width]);
    if (x - offset - width >= 0) sides.push(["end", x - offset - width, x - offset]);
    if (sides.length === 0) sides.push(["start", 0, width]);
    for (let row = 0; ; row++) {
      const bottom = y - offset - row * lineHeight;
      const fit = sides
        .map(([anchor, left, right]) => ({ anchor, left, right, top: bottom - lineHeight, bottom, row }))
        .find((box) =>
          placed.every((o) => box.right + gap <= o.left || box.left >= o.right + gap || box.bottom <= o.top || box.top >= o.bottom),
        );
      if (fit) {
        placed.push(fit);
        break;
      }
    }
  }
  return placed;
}

test("placeLabels() places every label where the exhaustive search does", () => {
  const request = fc.record({
    x: fc.double({ min: 0, max: 400, noNaN: true }),
    y: fc.double({ min: -50, max: 300, noNaN: true }),
    width: fc.double({ min: 1, max: 250, noNaN: true }),
  });
  fc.assert(
    fc.property(fc.array(request, { maxLength: 40 }), (requests) => {
      expect(placeLabels(requests, 400)).toEqual(reference(requests, 400));
    }),
    { seed: 12, numRuns: 300 },
  );
});
