// Hostile text in the data (markup, quotes, ampersands, CDATA ends, bidi
// overrides) must come out as text in every output: each SVG and the notebook
// pages parse with a strict XML parser, the manifest with JSON.parse, and no
// script appears that we did not write.

import { readFileSync } from "node:fs";
import { join } from "node:path";
import { JSDOM } from "jsdom";
import { expect, test } from "vitest";
import { charts } from "../charts/index.js";
import { loadDataset } from "../data/load.js";
import { build } from "../src/build/build.js";
import type { Effects } from "../src/build/effects.js";
import { DataError } from "../src/build/errors.js";
import { PROJECT_ROOT } from "../src/cli/root.js";

const HOSTILE = [
  '<script>alert("x")</script>',
  'say "hello" & <b>bye</b>',
  "]]> <![CDATA[ x ]]>",
  "مرحبا \u202eevil\u202c RTL",
  "</text><text>&amp; 'apos'",
];

/** The real data with labels, descriptions, conflict notes and outlets replaced by hostile strings. */
function hostileRead(file: string): string {
  const text = readFileSync(join(PROJECT_ROOT, file), "utf8");
  const quote = (value: string) => `"${value.replace(/"/g, '""')}"`;
  const replaceColumns = (columns: string[]) => {
    const [header, ...rows] = text.trimEnd().split("\n");
    const names = header.split(",");
    const indexes = columns.map((c) => names.indexOf(c));
    // Rows are split naively, so only rows without quoted cells are rewritten.
    const next = rows.map((row, i) => {
      if (row.includes('"')) return row;
      const cells = row.split(",");
      for (const index of indexes) cells[index] = quote(HOSTILE[(i + index) % HOSTILE.length]);
      return cells.join(",");
    });
    return `${[header, ...next].join("\n")}\n`;
  };
  if (file === "data/sources.csv") return replaceColumns(["outlet"]);
  if (file === "data/organisations.csv") return replaceColumns(["name_fr", "name_en"]);
  return text;
}

test("hostile text is escaped in every SVG, notebook page and the manifest", async () => {
  const written = new Map<string, Buffer>();
  const effects: Effects = {
    read: () => undefined,
    writeAll: (files) => {
      for (const [path, data] of files) written.set(path, data);
    },
    log: () => {},
  };
  await build({ charts, dataset: loadDataset(hostileRead), out: "out" }, effects);
  const text = (path: string) => written.get(path)?.toString() ?? "";
  let checked = 0;
  for (const [path, data] of written) {
    if (path.endsWith(".svg") || path.endsWith(".html")) {
      const type = path.endsWith(".svg") ? "image/svg+xml" : "application/xhtml+xml";
      const document = new JSDOM(data.toString(), { contentType: type }).window.document;
      expect(document.querySelector("parsererror"), path).toBeNull();
      expect(document.querySelectorAll("script").length, path).toBe(path.endsWith("index.html") || path.endsWith("index.en.html") ? 1 : 0);
      checked++;
    }
  }
  // Every SVG, three snippets per chart and locale, and the two notebook pages.
  expect(checked).toBe(charts.length * 8 + charts.length * 2 * 3 + 2);
  // Escaped as \u003c, \u003e and \u0026, so the manifest stays inert even inlined in a <script>.
  expect(text("out/manifest.json"), "out/manifest.json holds a raw <, > or &").not.toMatch(/[<>&]/);
  const manifest = JSON.parse(text("out/manifest.json"));
  const everything = [...written]
    .filter(([path]) => !path.endsWith(".png") && !path.endsWith(".pdf"))
    .map(([, d]) => d.toString())
    .join("\n");
  // Each hostile organisation name reaches the source lines, as text.
  for (const hostile of HOSTILE.slice(0, 3)) {
    expect(JSON.stringify(manifest)).toContain(JSON.stringify(hostile).slice(1, -1));
    expect(everything).not.toContain(hostile);
  }
}, 240_000); // a full build: SVG, PNG and PDF

test("a javascript: source URL is refused with the file, line and field", () => {
  const read = (file: string) => {
    const text = readFileSync(join(PROJECT_ROOT, file), "utf8");
    return file === "data/sources.csv" ? text.replace("http://www.bbc.com/news/world-middle-east-36762874", "javascript:alert(1)") : text;
  };
  expect(() => loadDataset(read)).toThrow(DataError);
  expect(() => loadDataset(read)).toThrow(
    /data\/sources.csv, line 2, field "url": expected an absolute http:\/\/ or https:\/\/ URL, got "javascript:alert\(1\)"/,
  );
});
