// build() over stub charts: builds limited by format, locale or width, and
// the reuse of PNGs and PDFs already on disk.

import { expect, test } from "vitest";
import { build, pngSource } from "../../src/build/build.js";
import { embedPath, pdfPath, pngPath, svgPath, variants } from "../../src/publish/variants.js";
import { memoryEffects } from "../helpers/effects.js";
import { dataset, expectedFiles, sha256, stubCharts } from "../helpers/stubCharts.js";

test("build() limited by format, locale or width renders only those files and leaves snippets, manifest and pages alone", async () => {
  const charts = stubCharts().slice(0, 1);
  const [chart] = charts;
  // Over the files of a full build of other bytes: the manifest, snippets and pages on disk stay as they are.
  const full = memoryEffects();
  await build({ charts: stubCharts(" v1").slice(0, 1), dataset, out: "out" }, full);
  const paths = async (options: Partial<Parameters<typeof build>[0]>) => {
    const effects = memoryEffects(new Map(full.files));
    const result = await build({ charts, dataset, out: "out", ...options }, effects);
    const limited = `a build limited to ${JSON.stringify(options)}`;
    expect(result.manifest, `manifest.json of ${limited}`).toBe(false);
    for (const path of ["out/manifest.json", "out/index.html", `out/${embedPath(chart, "fr")}`])
      expect(effects.files.get(path)?.equals(full.files.get(path) as Buffer), `${path} after ${limited}`).toBe(true);
    return Object.keys(result.hashes).sort();
  };
  const svgs = variants().map((v) => svgPath(chart, v));
  expect(await paths({ formats: ["svg"] }), "files of an SVG build").toEqual([...svgs].sort());
  const pngs = variants().flatMap((v) => [pngPath(chart, v, 1), pngPath(chart, v, 2)]);
  expect(await paths({ formats: ["svg", "png"] }), "files of an SVG and PNG build").toEqual([...svgs, ...pngs].sort());
  expect(await paths({ formats: ["svg", "pdf"] }), "files of an SVG and PDF build").toEqual(
    [...svgs, pdfPath(chart, "fr"), pdfPath(chart, "en")].sort(),
  );
  const english = variants().filter((v) => v.locale === "en");
  expect(await paths({ locales: ["en"] }), "files of an English build").toEqual(
    [...english.flatMap((v) => [svgPath(chart, v), pngPath(chart, v, 1), pngPath(chart, v, 2)]), pdfPath(chart, "en")].sort(),
  );
  expect(await paths({ formats: ["png", "pdf", "pdf"] }), "files of a PNG and PDF build (SVGs are always made)").toEqual(
    [...svgs, ...pngs, pdfPath(chart, "fr"), pdfPath(chart, "en")].sort(),
  );
  const phone = variants().filter((v) => v.width === 360);
  expect(await paths({ widths: [360], formats: ["svg", "png", "pdf"] }), "files of a 360 px build (no print variant, no PDF)").toEqual(
    phone.flatMap((v) => [svgPath(chart, v), pngPath(chart, v, 1), pngPath(chart, v, 2)]).sort(),
  );
});

test("build() reuses a PNG or PDF on disk only when the last build made it from the same source and it still has the recorded bytes", async () => {
  const charts = stubCharts().slice(0, 1);
  const [chart] = charts;
  const first = memoryEffects();
  const state = await build({ charts, dataset, out: "out" }, first);
  const variant = { locale: "fr", width: 720, theme: "light" } as const;
  const png = `out/${pngPath(chart, variant, 2)}`;
  const pdf = `out/${pdfPath(chart, "fr")}`;
  const sentinel = Buffer.from("kept from disk");
  /** A build over the first one's files, the PNG and PDF replaced by a sentinel, with the state edited by `edit`. */
  const rebuild = async (edit: (files: Record<string, string>, derived: Record<string, string>) => void) => {
    const files = new Map(first.files);
    files.set(png, sentinel);
    files.set(pdf, sentinel);
    const recorded = { ...state.hashes, [png.slice(4)]: sha256(sentinel), [pdf.slice(4)]: sha256(sentinel) };
    const derived = { ...state.derived };
    edit(recorded, derived);
    const effects = memoryEffects(files);
    const result = await build({ charts, dataset, out: "out", previous: { files: recorded, derived } }, effects);
    return { result, png: effects.files.get(png), pdf: effects.files.get(pdf) };
  };
  const reused = await rebuild(() => {});
  expect(reused.png, `${png}, recorded as made from its SVG`).toEqual(sentinel);
  expect(reused.pdf, `${pdf}, recorded as made from its SVG`).toEqual(sentinel);
  // Only the manifest changes: it describes the files as they are on disk.
  expect(reused.result.written, "files written when everything is reused").toEqual(["out/manifest.json"]);
  expect(reused.result.hashes[png.slice(4)], `hash of ${png} in the build's hashes`).toBe(sha256(sentinel));
  expect(reused.result.derived, "sources recorded when everything is reused").toEqual(state.derived);

  const otherSource = await rebuild((_, derived) => {
    derived[png.slice(4)] = pngSource(Buffer.from("another SVG"), 2);
    derived[pdf.slice(4)] = "another source";
  });
  expect(otherSource.png?.equals(first.files.get(png) as Buffer), `${png}, recorded as made from another SVG, drawn again`).toBe(true);
  expect(otherSource.pdf?.equals(first.files.get(pdf) as Buffer), `${pdf}, recorded as made from another SVG, drawn again`).toBe(true);
  expect([...otherSource.result.written].sort(), "files written after their sources changed").toEqual([pdf, png].sort());
  expect(otherSource.result.derived, "sources recorded after a redraw").toEqual(state.derived);

  const editedOnDisk = await rebuild((files) => {
    files[png.slice(4)] = sha256(Buffer.from("other bytes"));
    files[pdf.slice(4)] = sha256(Buffer.from("other bytes"));
  });
  expect(editedOnDisk.png?.equals(first.files.get(png) as Buffer), `${png}, changed on disk since it was recorded, drawn again`).toBe(true);
  expect(editedOnDisk.pdf?.equals(first.files.get(pdf) as Buffer), `${pdf}, changed on disk since it was recorded, drawn again`).toBe(true);

  const missing = memoryEffects(new Map([...first.files].filter(([path]) => path !== png && path !== pdf)));
  const redrawn = await build({ charts, dataset, out: "out", previous: { files: state.hashes, derived: state.derived } }, missing);
  expect([...redrawn.written].sort(), "files written when a PNG and a PDF are missing").toEqual([pdf, png].sort());
  expect(missing.files.get(png)?.equals(first.files.get(png) as Buffer), `${png}, missing, drawn again`).toBe(true);
});

test("build() given every format, locale and width by name is a whole build: snippets, manifest.json and pages too", async () => {
  const charts = stubCharts().slice(0, 1);
  const effects = memoryEffects();
  const result = await build(
    { charts, dataset, out: "out", formats: ["pdf", "png", "svg"], locales: ["en", "fr"], widths: [720, 360] },
    effects,
  );
  expect(result.manifest, "manifest.json of a build given every format, locale and width").toBe(true);
  expect(Object.keys(result.hashes).sort(), "files of a build given every format, locale and width").toEqual(expectedFiles(charts));
});
