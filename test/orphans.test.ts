// Vitest cannot see a golden file that no test reads any more: this test
// lists output/ and fails on any file no chart, variant or page produces.

import { readdirSync } from "node:fs";
import { join, relative } from "node:path";
import { expect, test } from "vitest";
import { charts } from "../charts/index.js";
import { PROJECT_ROOT } from "../src/cli/root.js";
import { EMBED_MODES } from "../src/publish/embed.js";
import { embedPath, pdfPath, pngPath, svgPath, variants } from "../src/publish/variants.js";
import { LOCALES } from "../src/render/locale/index.js";

const OUTPUT = join(PROJECT_ROOT, "output");

function listFiles(folder: string): string[] {
  return readdirSync(folder, { withFileTypes: true }).flatMap((entry) =>
    entry.isDirectory() ? listFiles(join(folder, entry.name)) : [relative(OUTPUT, join(folder, entry.name))],
  );
}

function expectedOutputs(): Set<string> {
  const files = ["manifest.json", "index.html", "index.en.html"];
  for (const chart of charts) {
    for (const variant of variants()) files.push(svgPath(chart, variant), pngPath(chart, variant, 1), pngPath(chart, variant, 2));
    for (const locale of LOCALES) {
      for (const mode of EMBED_MODES) files.push(embedPath(chart, locale, mode));
      files.push(pdfPath(chart, locale));
    }
  }
  return new Set(files);
}

test("output/ holds exactly the files the charts, variants and pages produce", () => {
  // -changed.svg files are review leftovers, gitignored; everything else must be produced.
  const present = listFiles(OUTPUT).filter((path) => !path.endsWith("-changed.svg"));
  const expected = expectedOutputs();
  expect(present.filter((path) => !expected.has(path)).sort(), "orphans").toEqual([]);
  expect([...expected].filter((path) => !present.includes(path)).sort(), "missing").toEqual([]);
});
