// Rules a fact-checker would check on every chart, as geometry and text the
// reader gets: labels never hide another datum's mark, a running total never
// goes down, an alt text holds for every image it may be attached to, and
// every mark's source is one click away on the notebook page.

import { readFileSync } from "node:fs";
import { join } from "node:path";
import { JSDOM } from "jsdom";
import { describe, expect, test } from "vitest";
import { charts } from "../../charts/index.js";
import { readDataset } from "../../data/read.js";
import { PROJECT_ROOT } from "../../src/cli/root.js";
import { embedPath, variants } from "../../src/publish/variants.js";
import { getDocument } from "../../src/render/dom.js";
import { LOCALES } from "../../src/render/locale/index.js";
import { renderVariant } from "../../src/render/render.js";
import { themes } from "../../src/render/theme.js";
import { clippedText, hiddenMarks, lineSeries, overlappingText, panels } from "./geometry.js";

const dataset = readDataset();
const output = join(PROJECT_ROOT, "output");
const chartById = (id: string) => {
  const chart = charts.find((c) => c.id === id);
  if (!chart) throw new Error(`no chart ${id}`);
  return chart;
};
const element = (id: string, variant: typeof variants extends () => (infer V)[] ? V : never) =>
  chartById(id).render(dataset, { ...variant, document: getDocument(), theme: themes[variant.theme] });

describe("a label box never covers a mark of another datum", () => {
  for (const chart of charts) {
    for (const variant of variants().filter((v) => v.theme === "light")) {
      test(`${chart.id} (${variant.locale}, ${variant.width} px)`, () => {
        expect(hiddenMarks(element(chart.id, variant))).toEqual([]);
      });
    }
  }
  test("the rule sees a number on its own badge as one mark, and a label on another datum's dot as hiding it", () => {
    const { document } = new JSDOM("").window;
    const figure = (svg: string) => {
      const holder = document.createElement("div");
      holder.innerHTML = `<svg xmlns="http://www.w3.org/2000/svg"><svg>${svg}</svg></svg>`;
      return holder.firstElementChild as SVGSVGElement;
    };
    const badge = '<circle cx="20" cy="20" r="7.5" data-datum="badge-1"/>';
    expect(hiddenMarks(figure(`${badge}<text x="20" y="23.5" font-size="10" text-anchor="middle" data-datum="badge-1">1</text>`))).toEqual(
      [],
    );
    expect(hiddenMarks(figure(`${badge}<text x="20" y="23.5" font-size="10" text-anchor="middle" data-datum="badge-2">2</text>`))).toEqual([
      'panel 0: "2" covers the dot at 20,20',
    ]);
    expect(hiddenMarks(figure(`${badge}<text x="20" y="23.5" font-size="10" text-anchor="middle">1</text>`))).toEqual([
      'panel 0: "1" covers the dot at 20,20',
    ]);
  });
});

// In the widest font of the stack (Source Sans 3, Arimo for Arial, DejaVu Sans): what a renderer without the embedded font draws.
describe("no text is clipped by its panel, and no two lines of text overlap", () => {
  for (const chart of charts) {
    for (const variant of variants().filter((v) => v.theme === "light")) {
      test(`${chart.id} (${variant.locale}, ${variant.width} px)`, () => {
        const figure = element(chart.id, variant);
        expect(clippedText(figure), "text outside its panel").toEqual([]);
        expect(overlappingText(figure), "overlapping text").toEqual([]);
      });
    }
  }
});

describe("a cumulative line never goes down", () => {
  for (const variant of variants().filter((v) => v.theme === "light")) {
    test(`casualties (${variant.locale}, ${variant.width} px)`, () => {
      const [panel] = panels(element("casualties", variant));
      // Each group is one colour, drawn as solid runs and dashed gaps: read as one series.
      const series = [...lineSeries(panel).entries()];
      expect(series.length, "series drawn as lines").toBe(3);
      const falls = series.flatMap(([stroke, points]) =>
        points.slice(1).flatMap(([x, y], j) => (y > points[j][1] + 0.01 ? [`${stroke}: down at x=${x} (${points[j][1]} → ${y})`] : [])),
      );
      expect(falls).toEqual([]);
    });
  }
});

describe("every alt text describes the image it is attached to", () => {
  for (const chart of charts) {
    for (const locale of LOCALES) {
      test(`${chart.id} (${locale}): the snippet's <picture> may show any variant, so one alt holds for all of them`, () => {
        const alts = new Set(
          variants()
            .filter((v) => v.locale === locale)
            .map((v) => renderVariant(chart, dataset, v).alt),
        );
        expect([...alts].length, [...alts].join("\n---\n")).toBe(1);
        const snippet = readFileSync(join(output, embedPath(chart, locale)), "utf8");
        const alt = / alt="([^"]*)"/.exec(snippet)?.[1] ?? "";
        expect(new JSDOM(`<p title="${alt}"></p>`).window.document.querySelector("p")?.title).toBe([...alts][0]);
      });
    }
  }
});

describe("every mark's source is linked on the notebook page", () => {
  for (const [locale, file] of [
    ["fr", "index.html"],
    ["en", "index.en.html"],
  ] as const) {
    test(`${file}`, () => {
      const { document } = new JSDOM(readFileSync(join(output, file), "utf8"), { contentType: "application/xhtml+xml" }).window;
      const hrefs = new Set([...document.querySelectorAll("a[href]")].map((a) => a.getAttribute("href")));
      const missing = charts.flatMap((chart) =>
        chart
          .provenance(dataset)
          .sources.filter((source) => !hrefs.has(source.url))
          .map((source) => `${chart.id}: ${source.id} (${locale})`),
      );
      expect(missing).toEqual([]);
    });
  }
});
