// Every variant of every chart, compared byte for byte with the golden file
// publishers link to (src/testing/snapshot.ts). In CI (CI=true) vitest never
// writes snapshots; a mismatch leaves -changed.svg and review PNGs.

import { join } from "node:path";
import { test } from "vitest";
import { charts } from "../charts/index.js";
import { readDataset } from "../data/read.js";
import { PROJECT_ROOT } from "../src/cli/root.js";
import { svgPath, variants } from "../src/publish/variants.js";
import { render } from "../src/render/render.js";
import { expectSvgSnapshot } from "../src/testing/snapshot.js";

const dataset = readDataset();

for (const chart of charts) {
  for (const variant of variants()) {
    const path = svgPath(chart, variant);
    const label = `${chart.id} (${variant.locale}, ${variant.width} px, ${variant.theme})`;
    test(`${label} matches output/${path}`, async () => {
      await expectSvgSnapshot(render(chart, dataset, variant), join(PROJECT_ROOT, "output", path), { label });
    });
  }
}
