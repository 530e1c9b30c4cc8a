// build() over stub charts: manifest.json, the snippets and the notebook
// pages, for a build of every chart and a build of some.

import { readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { expect, test } from "vitest";
import { build, safeJson } from "../../src/build/build.js";
import { EMBED_MODES } from "../../src/publish/embed.js";
import { embedPath, pdfPath, pngPath, svgPath, variants } from "../../src/publish/variants.js";
import { LOCALES } from "../../src/render/locale/index.js";
import { sourceLine } from "../../src/render/provenance.js";
import { memoryEffects, tempProject } from "../helpers/effects.js";
import { byId, dataset, readOutput as file, sha256, stubCharts, stubHeight } from "../helpers/stubCharts.js";

test("build() writes a manifest entry per chart: data hash, sources, snippets, PDFs, and each variant's size, names, source line and files", async () => {
  const charts = stubCharts().slice(0, 2);
  const effects = memoryEffects();
  const result = await build({ charts, dataset, out: "out" }, effects);
  const manifest = JSON.parse(file(effects, "out/manifest.json").toString());
  expect(Object.keys(manifest), "keys of manifest.json without a base URL").toEqual(["charts"]);
  expect(
    manifest.charts.map((entry: { id: string }) => entry.id),
    "charts in manifest.json",
  ).toEqual(charts.map((chart) => chart.id));
  const described = (path: string, format: string, scale?: number) => ({
    path,
    format,
    ...(scale ? { scale } : {}),
    bytes: file(effects, `out/${path}`).length,
    sha256: result.hashes[path],
  });
  for (const [i, chart] of charts.entries()) {
    const entry = manifest.charts[i];
    const provenance = chart.provenance(dataset);
    const tables = chart.tables.map((table) => `${table.file} ${dataset.hashes[table.file]}\n`).join("");
    expect(entry.dataHash, `dataHash of ${chart.id}`).toBe(sha256(Buffer.from(tables)));
    expect(entry.sourceUrls, `sourceUrls of ${chart.id}`).toEqual(provenance.sources.map((source) => source.url));
    expect(entry.embeds, `embeds of ${chart.id}`).toEqual(
      LOCALES.flatMap((locale) => EMBED_MODES.map((mode) => ({ locale, mode, ...described(embedPath(chart, locale, mode), "html") }))),
    );
    expect(entry.prints, `prints of ${chart.id}`).toEqual(
      LOCALES.map((locale) => ({ locale, width: 720, theme: "light", ...described(pdfPath(chart, locale), "pdf") })),
    );
    expect(entry.variants, `variants of ${chart.id}`).toEqual(
      variants().map((variant) => ({
        ...variant,
        height: stubHeight(variant),
        title: `${chart.id} ${variant.locale} title`,
        alt: `${chart.id} ${variant.locale} ${variant.width} alt`,
        sourceLine: sourceLine(provenance, variant.locale),
        files: [
          described(svgPath(chart, variant), "svg"),
          described(pngPath(chart, variant, 1), "png", 1),
          described(pngPath(chart, variant, 2), "png", 2),
        ],
      })),
    );
  }
  expect(file(effects, "out/manifest.json").toString().endsWith("}\n"), "manifest.json ends with a line feed").toBe(true);
});

test("build() with a base URL writes it into manifest.json and gives every file there its absolute URL", async () => {
  const charts = stubCharts().slice(0, 1);
  const effects = memoryEffects();
  const baseUrl = "https://example.org/graphics/";
  const result = await build({ charts, dataset, out: "out", baseUrl }, effects);
  const manifest = JSON.parse(file(effects, "out/manifest.json").toString());
  expect(manifest.baseUrl, "baseUrl in manifest.json").toBe(baseUrl);
  const entry = manifest.charts[0];
  const urls = [...entry.embeds, ...entry.prints, ...entry.variants.flatMap((v: { files: unknown[] }) => v.files)];
  expect(urls.length, "files described in the manifest entry").toBe(6 + 2 + 8 * 3);
  for (const described of urls) expect(described.url, `url of ${described.path}`).toBe(`${baseUrl}${described.path}`);
  const snippet = file(effects, `out/${embedPath(charts[0], "fr")}`).toString();
  expect(snippet, "the French snippet names its SVG by absolute URL").toContain(`${baseUrl}${charts[0].id}/`);
  for (const page of ["out/index.html", "out/index.en.html"])
    expect(file(effects, page).toString(), `${page} says where the snippets' URLs point`).toMatch(
      new RegExp(`<p class="paths"[^>]*>[^<]*${baseUrl.replace(/[./]/g, "\\$&")}[^<]*</p>`),
    );
  expect(result.manifest).toBe(true);
});

test("build() escapes <, > and & in manifest.json, so a publisher can inline it in a page", async () => {
  const charts = stubCharts(" <b>&amp;</b>").slice(0, 1);
  const effects = memoryEffects();
  await build({ charts, dataset, out: "out" }, effects);
  const text = file(effects, "out/manifest.json").toString();
  expect(text, "manifest.json holds a raw <, > or &").not.toMatch(/[<>&]/);
  expect(JSON.parse(text).charts[0].variants[0].title, "the title read back from manifest.json").toBe(
    `${charts[0].id} <b>&amp;</b> fr title`,
  );
  expect(safeJson({ a: "<\u2028&\u2029>" }), "safeJson of line and paragraph separators").toBe(
    '{\n  "a": "\\u003c\\u2028\\u0026\\u2029\\u003e"\n}',
  );
});

test("build() of some charts keeps the other charts' manifest entries and snippets from disk, in the order of all charts", async () => {
  const all = stubCharts();
  const full = memoryEffects();
  await build({ charts: all, dataset, out: "out" }, full);
  // On disk: the previous build's files; the map's snippet edited, so the page must read it from disk.
  const files = new Map(full.files);
  const mapSnippet = `out/${embedPath(byId(all, "map"), "en", "dark")}`;
  files.set(mapSnippet, Buffer.from("MAP SNIPPET FROM DISK"));
  const effects = memoryEffects(files);
  const timeline = all.filter((chart) => chart.id === "timeline");
  const result = await build({ charts: timeline, all, dataset, out: "out" }, effects);
  expect(result.manifest, "manifest.json of a build of timeline").toBe(true);
  expect(
    effects.files.get("out/manifest.json")?.equals(full.files.get("out/manifest.json") as Buffer),
    "manifest.json after a build of timeline",
  ).toBe(true);
  expect(effects.files.get("out/index.en.html")?.toString(), "out/index.en.html shows the map's snippet on disk").toContain(
    "MAP SNIPPET FROM DISK",
  );
  expect(
    effects.files.get("out/index.html")?.equals(full.files.get("out/index.html") as Buffer),
    "out/index.html after a build of timeline",
  ).toBe(true);
  expect(result.written, "files written by a build of timeline").toEqual(["out/index.en.html"]);
  expect(
    Object.keys(result.hashes)
      .filter((path) => !path.startsWith("timeline/"))
      .sort(),
    "files other than timeline's produced",
  ).toEqual(["index.en.html", "index.html", "manifest.json"]);

  for (const [name, manifest] of [
    ["missing", undefined],
    ["not JSON", "{ not json"],
    ["without charts", "{}"],
    [
      "without the map",
      JSON.stringify({
        charts: JSON.parse(full.files.get("out/manifest.json")?.toString() ?? "").charts.filter(({ id }: { id: string }) => id !== "map"),
      }),
    ],
  ] as const) {
    const seeded = new Map(manifest === undefined ? [] : [["out/manifest.json", Buffer.from(manifest)]]);
    const partial = await build({ charts: timeline, all, dataset, out: "out" }, memoryEffects(seeded));
    expect(partial.manifest, `manifest.json of a build of timeline when the previous one is ${name}`).toBe(false);
    expect(
      Object.keys(partial.hashes).filter((path) => !path.startsWith("timeline/")),
      `files other than timeline's when the previous manifest is ${name}`,
    ).toEqual([]);
  }
});

test("build() shows a snippet missing from disk as an empty one on the page", async () => {
  const all = stubCharts();
  const full = memoryEffects();
  await build({ charts: all, dataset, out: "out" }, full);
  const timeline = all.filter((chart) => chart.id === "timeline");
  const mapSnippet = `out/${embedPath(byId(all, "map"), "fr", "light")}`;
  const page = async (snippet: Buffer | undefined) => {
    const files = new Map(full.files);
    if (snippet) files.set(mapSnippet, snippet);
    else files.delete(mapSnippet);
    const effects = memoryEffects(files);
    await build({ charts: timeline, all, dataset, out: "out" }, effects);
    return file(effects, "out/index.html").toString();
  };
  expect(await page(undefined), `out/index.html without ${mapSnippet}`).toBe(await page(Buffer.from("")));
});

test("build() prints the notebook prose of the project it is given", async () => {
  const project = tempProject();
  try {
    const prose = join(project.root, "charts", "timeline", "notebook.fr.md");
    writeFileSync(prose, `${readFileSync(prose, "utf8")}\nUne phrase ajoutée au projet copié.\n`);
    const effects = memoryEffects();
    await build({ charts: stubCharts().filter((chart) => chart.id === "timeline"), dataset, out: "out", root: project.root }, effects);
    expect(file(effects, "out/index.html").toString(), "out/index.html, from the copied project's prose").toContain(
      "Une phrase ajoutée au projet copié.",
    );
    expect(file(effects, "out/index.en.html").toString(), "out/index.en.html").not.toContain("Une phrase ajoutée");
  } finally {
    project.remove();
  }
});
