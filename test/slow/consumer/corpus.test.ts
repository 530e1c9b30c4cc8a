// Copied into a new project by pack.test.ts, beside charts.ts: the snapshot
// helper as another project uses it, from the installed package.
import { fileURLToPath } from "node:url";
import { expectSvgSnapshot } from "last-pocket/testing";
import { test } from "vitest";
import { corpus } from "./charts.js";

const changed = process.env.CORPUS_CHANGE === "1";

for (const chart of corpus) {
  test(chart.name, async () => {
    const element = chart.render(changed);
    const extension = element.localName === "svg" ? "svg" : "html";
    await expectSvgSnapshot(element, fileURLToPath(new URL(`./__snapshots__/${chart.name}.${extension}`, import.meta.url)));
  });
}
