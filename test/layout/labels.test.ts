import { expect, test } from "vitest";
import { placeLabels } from "../../src/render/layout/labels.js";

test("placeLabels() never overlaps two labels and keeps them inside the extent", () => {
  const placed = placeLabels(
    [0, 10, 20, 200, 290].map((x) => ({ x, y: 50, width: 80 })),
    300,
  );
  for (const [i, a] of placed.entries()) {
    expect(a.left).toBeGreaterThanOrEqual(0);
    expect(a.right).toBeLessThanOrEqual(300);
    for (const b of placed.slice(i + 1)) {
      const apart = a.right <= b.left || b.right <= a.left || a.bottom <= b.top || b.bottom <= a.top;
      expect(apart).toBe(true);
    }
  }
  expect(placed[4].anchor).toBe("end");
});
