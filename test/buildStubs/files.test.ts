// build() over stub charts (test/helpers/stubCharts.ts): the files a build
// writes, what it records of them, and a second build over its own output.

import { expect, test } from "vitest";
import { build, pdfSource, pngSource } from "../../src/build/build.js";
import { pdfPath, pngPath, svgPath, variants } from "../../src/publish/variants.js";
import { LOCALES } from "../../src/render/locale/index.js";
import { memoryEffects } from "../helpers/effects.js";
import { dataset, expectedFiles, readOutput as file, openPorts, recordingEffects, sha256, stubCharts } from "../helpers/stubCharts.js";

test("build() writes each variant's SVG, PNG and PNG 2x, a PDF and three snippets per locale, manifest.json and a page per locale, in one write", async () => {
  const charts = stubCharts().slice(0, 2);
  const effects = recordingEffects();

  const portsBefore = openPorts();
  const start = performance.now();
  const result = await build({ charts, dataset, out: "out" }, effects);
  const elapsed = performance.now() - start;
  // The PNG workers are stopped: a worker left running would keep the CLI's process alive.
  expect(openPorts(), "message ports of PNG workers still open after the build").toBe(portsBefore);
  const expected = expectedFiles(charts);
  expect([...result.written].sort(), "files written by a first build").toEqual(expected.map((path) => `out/${path}`));
  expect(Object.keys(result.hashes).sort(), "files in the build's hashes").toEqual(expected);
  expect(result.unchanged, "files found unchanged by a first build").toEqual([]);
  expect(result.manifest, "manifest.json was not produced").toBe(true);
  expect(effects.folders, "writeAll calls (all files at once, staged in the output folder)").toEqual(["out"]);
  for (const path of expected) expect(result.hashes[path], `hash of out/${path}`).toBe(sha256(file(effects, `out/${path}`)));
  for (const path of expected.filter((p) => p.endsWith(".pdf")))
    expect(file(effects, `out/${path}`).subarray(0, 5).toString(), path).toBe("%PDF-");
  for (const chart of charts)
    for (const variant of variants())
      for (const scale of [1, 2] as const) {
        const png = file(effects, `out/${pngPath(chart, variant, scale)}`);
        expect(png.subarray(1, 4).toString(), `${pngPath(chart, variant, scale)} is not a PNG`).toBe("PNG");
        expect(png.readUInt32BE(16), `pixel width of ${pngPath(chart, variant, scale)}`).toBe(variant.width * scale);
      }
  // One progress line per file written: its path, its size and the time it took.
  expect(effects.lines.length, "progress lines").toBe(expected.length);
  for (const [i, line] of effects.lines.entries()) {
    const [path, size] = line.split("  ");
    expect(line, "progress line").toMatch(/^out\/\S+ {2}\d{1,3}(,\d{3})* B {2}\d+ ms$/);
    expect(size, `size in the progress line of ${path}`).toBe(`${file(effects, path).length.toLocaleString("en-US")} B`);
    expect(path, "progress lines follow the files written").toBe(result.written[i]);
    expect(Number(line.split("  ")[2].slice(0, -3)), `time in the progress line of ${path}`).toBeLessThanOrEqual(Math.ceil(elapsed));
  }
  expect(
    effects.lines.some((line) => / \d{1,3},\d{3} B /.test(line)),
    "a size of more than 999 bytes is grouped",
  ).toBe(true);
});

test("build() records what each PNG and PDF was made from: its SVG's bytes and scale, or its title and language", async () => {
  const charts = stubCharts().slice(0, 1);
  const effects = memoryEffects();
  const result = await build({ charts, dataset, out: "out" }, effects);
  const derived = expectedFiles(charts).filter((path) => /\.(png|pdf)$/.test(path));
  expect(Object.keys(result.derived).sort(), "files with a recorded source").toEqual(derived);
  for (const chart of charts) {
    for (const variant of variants()) {
      const svg = file(effects, `out/${svgPath(chart, variant)}`);
      for (const scale of [1, 2] as const)
        expect(result.derived[pngPath(chart, variant, scale)], `source of ${pngPath(chart, variant, scale)}`).toBe(pngSource(svg, scale));
    }
    for (const locale of LOCALES) {
      const svg = file(effects, `out/${svgPath(chart, { locale, width: 720, theme: "light" })}`);
      expect(result.derived[pdfPath(chart, locale)], `source of ${pdfPath(chart, locale)}`).toBe(
        pdfSource(svg, `${chart.id} ${locale} title`, locale),
      );
    }
  }
  expect(pngSource(Buffer.from("a"), 1), "a PNG's source depends on its scale").not.toBe(pngSource(Buffer.from("a"), 2));
  expect(pngSource(Buffer.from("a"), 1), "a PNG's source depends on its SVG").not.toBe(pngSource(Buffer.from("b"), 1));
  expect(pdfSource(Buffer.from("a"), "t", "fr"), "a PDF's source depends on its language").not.toBe(pdfSource(Buffer.from("a"), "t", "en"));
  expect(pdfSource(Buffer.from("a"), "t", "fr"), "a PDF's source depends on its title").not.toBe(pdfSource(Buffer.from("a"), "u", "fr"));
  expect(pdfSource(Buffer.from("a"), "t", "fr"), "a PDF's source depends on its SVG").not.toBe(pdfSource(Buffer.from("b"), "t", "fr"));
});

test("build() a second time over its own files writes nothing and logs nothing", async () => {
  const charts = stubCharts().slice(0, 1);
  const effects = recordingEffects();
  const first = await build({ charts, dataset, out: "out" }, effects);
  const lines = effects.lines.length;
  const second = await build({ charts, dataset, out: "out", previous: { files: first.hashes, derived: first.derived } }, effects);
  expect(second.written, "files written by a second, identical build").toEqual([]);
  expect([...second.unchanged].sort(), "files found unchanged").toEqual([...first.written].sort());
  expect(effects.lines.length, "progress lines of the second build").toBe(lines);
  expect(second.hashes, "hashes of the second build").toEqual(first.hashes);
  expect(effects.folders, "writeAll calls, the second with nothing to write").toEqual(["out", "out"]);
  expect(effects.writes.length, "files passed to writeAll over both builds").toBe(first.written.length);
});
