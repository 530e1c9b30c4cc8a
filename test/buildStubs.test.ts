// build() with stub charts (test/helpers/stubCharts.ts): the real ids, strings,
// tables and provenance, drawn as small SVGs. Each test runs its own build in
// about a second, so every promise of build.ts is checked on every run of
// `npm test`, and Stryker can measure build.ts mutant by mutant.

import { createHash } from "node:crypto";
import { readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { expect, test } from "vitest";
import { readDataset } from "../data/read.js";
import { build, pdfSource, pngSource, safeJson } from "../src/build/build.js";
import { EMBED_MODES } from "../src/publish/embed.js";
import { embedPath, pdfPath, pngPath, svgPath, variants } from "../src/publish/variants.js";
import { LOCALES } from "../src/render/locale/index.js";
import { sourceLine } from "../src/render/provenance.js";
import { memoryEffects, tempProject } from "./helpers/effects.js";
import { SVG_NS, stubCharts } from "./helpers/stubCharts.js";

const dataset = readDataset();
const sha256 = (data: Buffer) => createHash("sha256").update(data).digest("hex");

/** Every file a full build of `charts` produces, by path inside the output folder. */
function expectedFiles(charts: ReturnType<typeof stubCharts>): string[] {
  return [
    ...charts.flatMap((chart) => [
      ...variants().flatMap((v) => [svgPath(chart, v), pngPath(chart, v, 1), pngPath(chart, v, 2)]),
      ...LOCALES.flatMap((locale) => [pdfPath(chart, locale), ...EMBED_MODES.map((mode) => embedPath(chart, locale, mode))]),
    ]),
    "manifest.json",
    "index.html",
    "index.en.html",
  ].sort();
}

/** Memory effects that also record the folder of each writeAll call. */
function recordingEffects(files?: Map<string, Buffer>) {
  const effects = memoryEffects(files);
  const folders: Array<string | undefined> = [];
  return {
    ...effects,
    folders,
    writeAll: (changed: ReadonlyArray<readonly [string, Buffer]>, folder?: string) => {
      folders.push(folder);
      effects.writeAll(changed, folder);
    },
  };
}

const file = (effects: { files: Map<string, Buffer> }, path: string) => {
  const data = effects.files.get(path);
  if (!data) throw new Error(`${path} was not written`);
  return data;
};

test("build() writes each variant's SVG, PNG and PNG 2x, a PDF and three snippets per locale, manifest.json and a page per locale, in one write", async () => {
  const charts = stubCharts().slice(0, 2);
  const effects = recordingEffects();
  const ports = () => process.getActiveResourcesInfo().filter((resource) => resource === "MessagePort").length;
  const portsBefore = ports();
  const start = performance.now();
  const result = await build({ charts, dataset, out: "out" }, effects);
  const elapsed = performance.now() - start;
  // The PNG workers are stopped: a worker left running would keep the CLI's process alive.
  expect(ports(), "message ports of PNG workers still open after the build").toBe(portsBefore);
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
        height: variant.width / 40 + (variant.theme === "dark" ? 1 : 0),
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
  await build({ charts, dataset, out: "out", locales: undefined }, effects);
  const text = file(effects, "out/manifest.json").toString();
  expect(text, "manifest.json holds a raw <, > or &").not.toMatch(/[<>&]/);
  expect(JSON.parse(text).charts[0].variants[0].title, "the title read back from manifest.json").toBe(
    `${charts[0].id} <b>&amp;</b> fr title`,
  );
  expect(safeJson({ a: "<\u2028&\u2029>" }), "safeJson of line and paragraph separators").toBe(
    '{\n  "a": "\\u003c\\u2028\\u0026\\u2029\\u003e"\n}',
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

test("build() of some charts keeps the other charts' manifest entries and snippets from disk, in the order of all charts", async () => {
  const all = stubCharts();
  const full = memoryEffects();
  await build({ charts: all, dataset, out: "out" }, full);
  // On disk: the previous build's files; the map's snippet edited, so the page must read it from disk.
  const files = new Map(full.files);
  const mapSnippet = `out/${embedPath(all[3], "en", "dark")}`;
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
    ["without the map", JSON.stringify({ charts: JSON.parse(full.files.get("out/manifest.json")?.toString() ?? "").charts.slice(0, 3) })],
  ] as const) {
    const seeded = new Map(manifest === undefined ? [] : [["out/manifest.json", Buffer.from(manifest)]]);
    const partial = await build({ charts: timeline, all, dataset, out: "out", formats: ["svg", "png", "pdf"] }, memoryEffects(seeded));
    expect(partial.manifest, `manifest.json of a build of timeline when the previous one is ${name}`).toBe(false);
    expect(
      Object.keys(partial.hashes).filter((path) => !path.startsWith("timeline/")),
      `files other than timeline's when the previous manifest is ${name}`,
    ).toEqual([]);
  }
});

test("build() checks every chart of the package before rendering, the ones it does not render too", async () => {
  const [first, second] = stubCharts();
  const broken = { ...second, strings: undefined as never };
  const effects = memoryEffects();
  await expect(build({ charts: [first], all: [first, broken], dataset, out: "out" }, effects)).rejects.toThrow(
    `charts/${second.id}/${second.id}.ts: chart.strings is missing`,
  );
  expect(effects.writes, "files written by a build with a broken chart").toEqual([]);
});

test("build() writes nothing when the last variant of the last chart fails", async () => {
  const charts = stubCharts();
  const last = charts[charts.length - 1];
  let count = 0;
  const failing = {
    ...last,
    render: (...args: Parameters<typeof last.render>) => {
      if (++count === variants().length) throw new Error("the last variant failed");
      return last.render(...args);
    },
  };
  const effects = memoryEffects();
  await expect(build({ charts: [...charts.slice(0, -1), failing], dataset, out: "out" }, effects)).rejects.toThrow(
    "the last variant failed",
  );
  expect(effects.writes, "files written by a build that failed").toEqual([]);
  expect(effects.lines, "progress lines of a build that failed").toEqual([]);
});

test("build() yields to the event loop between two variants, so a Ctrl-C is handled while it renders", async () => {
  const [chart] = stubCharts();
  let rendered = 0;
  const counting = {
    ...chart,
    render: (...args: Parameters<typeof chart.render>) => {
      rendered++;
      return chart.render(...args);
    },
  };
  const seen: number[] = [];
  const probe = () => {
    seen.push(rendered);
    if (rendered < variants().length) setImmediate(probe);
  };
  setImmediate(probe);
  await build({ charts: [counting], dataset, out: "out", formats: ["svg"] }, memoryEffects());
  expect(seen.slice(0, 3), "variants rendered at each turn of the event loop").toEqual([0, 1, 2]);
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

test("build() shows a snippet missing from disk as an empty one on the page", async () => {
  const all = stubCharts();
  const full = memoryEffects();
  await build({ charts: all, dataset, out: "out" }, full);
  const timeline = all.filter((chart) => chart.id === "timeline");
  const mapSnippet = `out/${embedPath(all[3], "fr", "light")}`;
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

test("build() fails, naming the chart and variant, on an SVG without a height, and writes nothing", async () => {
  const [chart] = stubCharts();
  const effects = memoryEffects();
  for (const nested of [false, true]) {
    const heightless = {
      ...chart,
      render: (...args: Parameters<typeof chart.render>) => {
        const svg = chart.render(...args);
        svg.removeAttribute("height");
        // An inner <svg> with a height is not the chart's.
        if (nested) {
          const inner = args[1].document.createElementNS(SVG_NS, "svg");
          inner.setAttribute("width", "5");
          inner.setAttribute("height", "5");
          svg.append(inner);
        }
        return svg;
      },
    };
    await expect(
      build({ charts: [heightless], dataset, out: "out" }, effects),
      `a root without a height (inner svg: ${nested})`,
    ).rejects.toThrow(`charts/${chart.id}/${chart.id}.ts: the SVG of ${chart.id}-fr-360-light has no height`);
  }
  expect(effects.writes, "files written by a build whose SVG has no height").toEqual([]);
});
