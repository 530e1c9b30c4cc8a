import { JSDOM } from "jsdom";
import { expect, test } from "vitest";
import { chart as timelineChart } from "../charts/timeline/timeline.js";
import { readDataset } from "../data/read.js";
import { variants } from "../src/publish/variants.js";
import { render } from "../src/render/render.js";
import { measureText } from "../src/render/text/measure.js";

const dataset = readDataset();

for (const variant of variants().filter((v) => v.theme === "light")) {
  test(`timeline (${variant.locale}, ${variant.width} px) has no overlapping or clipped labels`, () => {
    const svg = render(timelineChart, dataset, variant);
    const document = new JSDOM(svg, { contentType: "image/svg+xml" }).window.document;
    const panel = document.querySelector("svg > svg") as Element;
    const panelWidth = Number(panel.getAttribute("width"));
    const boxes = [...panel.querySelectorAll("text")].map((text) => {
      const size = Number(text.getAttribute("font-size") ?? text.parentElement?.getAttribute("font-size"));
      const weight =
        text.getAttribute("font-weight") === "700" ? "bold" : text.getAttribute("font-weight") === "600" ? "semibold" : "regular";
      const width = measureText(text.textContent ?? "", size, weight);
      const x = Number(text.getAttribute("x"));
      const left = text.parentElement?.getAttribute("text-anchor") === "end" ? x - width : x;
      const y = Number(text.getAttribute("y"));
      return { text: text.textContent, left, right: left + width, top: y - size * 0.75, bottom: y + size * 0.25 };
    });
    expect(boxes.length).toBeGreaterThan(10);
    for (const [i, a] of boxes.entries()) {
      expect(a.left, a.text ?? "").toBeGreaterThanOrEqual(0);
      expect(a.right, a.text ?? "").toBeLessThanOrEqual(panelWidth);
      for (const b of boxes.slice(i + 1)) {
        const apart = a.right <= b.left || b.right <= a.left || a.bottom <= b.top || b.bottom <= a.top;
        expect(apart, `${a.text} / ${b.text}`).toBe(true);
      }
    }
  });
}

test("timelineEvents() shows both dates where sources disagree (C6)", () => {
  const svg = render(timelineChart, dataset, { locale: "fr", width: 360, theme: "light" });
  expect(svg).toContain("7 ou 13 janv. · Al-Chaafa");
});

test("the launch is dated the 10th, not an uncertain date; the 11th announcement (C8) is in its description", () => {
  const svg = render(timelineChart, dataset, { locale: "fr", width: 360, theme: "light" });
  expect(svg).toContain("10 sept. · Hajine");
  // The label may wrap (the metrics include DejaVu Sans since issue 14): its lines are read joined.
  const lines = [...new JSDOM(svg, { contentType: "image/svg+xml" }).window.document.querySelectorAll("text")].map((t) => t.textContent);
  expect(lines.join(" ")).toContain("Début de l'offensive");
  expect(lines).not.toContain("11");
  expect(svg).not.toContain("10 ou 11 sept.");
  const wide = render(timelineChart, dataset, { locale: "fr", width: 720, theme: "light" });
  const wideLines = [...new JSDOM(wide, { contentType: "image/svg+xml" }).window.document.querySelectorAll("text")].map(
    (t) => t.textContent,
  );
  expect(wideLines.join(" ")).toContain("lendemain");
});

test("an inferred date is marked: ≈ before it and a hollow dot, with a legend key", () => {
  const svg = render(timelineChart, dataset, { locale: "fr", width: 360, theme: "light" });
  expect(svg).toContain("≈\u00a01er–9 févr. · Baghouz");
  expect(svg).toContain("date déduite (≈)");
});

test("the timeline says its vertical spacing is not to scale", () => {
  expect(render(timelineChart, dataset, { locale: "en", width: 720, theme: "light" })).toContain("Spacing is not to scale in time");
});
