// Every variant of every chart, compared byte for byte with the golden file
// publishers link to. On a mismatch a gitignored *-changed.svg is left beside
// the golden file for review. In CI (CI=true) vitest never writes snapshots.

import { existsSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { expect, test } from "vitest";
import { charts } from "../charts/index.js";
import { PROJECT_ROOT, readDataset } from "../data/read.js";
import { render } from "../src/render.js";
import { svgPath, variants } from "../src/variants.js";

const dataset = readDataset();

for (const chart of charts) {
  for (const variant of variants()) {
    const path = svgPath(chart, variant);
    test(`${chart.id} (${variant.locale}, ${variant.width} px, ${variant.theme}) matches output/${path}`, async () => {
      const svg = render(chart, dataset, variant);
      const golden = join(PROJECT_ROOT, "output", path);
      const changed = golden.replace(/\.svg$/, "-changed.svg");
      if (existsSync(golden) && readFileSync(golden, "utf8") !== svg) writeFileSync(changed, svg);
      else rmSync(changed, { force: true });
      await expect(svg).toMatchFileSnapshot(golden);
    });
  }
}
