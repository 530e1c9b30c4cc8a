import { readFileSync } from "node:fs";
import { join } from "node:path";
import { geoDistance } from "d3";
import { JSDOM } from "jsdom";
import { describe, expect, test } from "vitest";
import { chart as mapChart } from "../charts/map/map.js";
import { generateGeometry } from "../data/generate-geometry.js";
import { readDataset } from "../data/read.js";
import { PROJECT_ROOT } from "../src/cli/root.js";
import { variants } from "../src/publish/variants.js";
import { render } from "../src/render/render.js";
import { measureText } from "../src/render/text/measure.js";
import { themes } from "../src/render/theme.js";

const dataset = readDataset();

interface Box {
  text: string;
  left: number;
  right: number;
  top: number;
  bottom: number;
}

function textBoxes(texts: Element[]): Box[] {
  return texts.map((text) => {
    const size = Number(text.getAttribute("font-size"));
    const weight =
      text.getAttribute("font-weight") === "700" ? "bold" : text.getAttribute("font-weight") === "600" ? "semibold" : "regular";
    const width = measureText(text.textContent ?? "", size, weight);
    const x = Number(text.getAttribute("x"));
    const anchor = text.getAttribute("text-anchor");
    const left = anchor === "end" ? x - width : anchor === "middle" ? x - width / 2 : x;
    const y = Number(text.getAttribute("y"));
    return { text: text.textContent ?? "", left, right: left + width, top: y - size * 0.72, bottom: y + size * 0.24 };
  });
}

/** Every point of an SVG path made of M and L commands (as d3-geo writes lines), at most 1 px apart. */
function pathPoints(d: string): [number, number][] {
  const points: [number, number][] = [];
  for (const [, command, x, y] of d.matchAll(/([ML])(-?[\d.]+),(-?[\d.]+)/g)) {
    const next: [number, number] = [Number(x), Number(y)];
    const last = points.at(-1);
    if (command === "L" && last) {
      const n = Math.ceil(Math.hypot(next[0] - last[0], next[1] - last[1]));
      for (let k = 1; k < n; k++) points.push([last[0] + ((next[0] - last[0]) * k) / n, last[1] + ((next[1] - last[1]) * k) / n]);
    }
    points.push(next);
  }
  return points;
}

const apart = (a: Box, b: Box) => a.right <= b.left || b.right <= a.left || a.bottom <= b.top || b.bottom <= a.top;

for (const variant of variants()) {
  describe(`map (${variant.locale}, ${variant.width} px, ${variant.theme})`, () => {
    const svg = render(mapChart, dataset, variant);
    const document = new JSDOM(svg, { contentType: "image/svg+xml" }).window.document;
    const [map, key] = [...document.querySelectorAll("svg > svg")];
    const width = Number(map.getAttribute("width"));
    const height = Number(map.getAttribute("height"));

    test("no label overlaps another, the river or the edges of the map", () => {
      const labels = textBoxes([...map.children].filter((e) => e.localName === "text"));
      expect(labels.map((l) => l.text)).toEqual(expect.arrayContaining(["Deir ez-Zor", "Baghouz", "1", "4"]));
      const river = map.querySelector(`path[stroke="${themes[variant.theme].water}"]`)?.getAttribute("d") ?? "";
      const points = pathPoints(river);
      expect(points.length).toBeGreaterThan(100);
      for (const [i, a] of labels.entries()) {
        expect(a.left >= 0 && a.right <= width && a.top >= 0 && a.bottom <= height, `${a.text} inside the map`).toBe(true);
        const touching = points.filter(([x, y]) => x >= a.left && x <= a.right && y >= a.top && y <= a.bottom);
        expect(touching, `${a.text} clear of the river`).toEqual([]);
        for (const b of labels.slice(i + 1)) expect(apart(a, b), `${a.text} / ${b.text}`).toBe(true);
      }
    });

    test("the key's lines fit its width and never overlap", () => {
      const lines = textBoxes([...key.querySelectorAll("text")].filter((t) => t.getAttribute("font-size") !== "10"));
      for (const [i, a] of lines.entries()) {
        expect(a.right, a.text).toBeLessThanOrEqual(Number(key.getAttribute("width")));
        for (const b of lines.slice(i + 1)) expect(apart(a, b), `${a.text} / ${b.text}`).toBe(true);
      }
    });

    test("Sousa is drawn as an approximate position, and the chart says so", () => {
      expect(map.querySelectorAll('circle[stroke-dasharray="2 2"]')).toHaveLength(1);
      const texts = [...document.querySelectorAll("text")].map((t) => t.textContent).join("\n");
      expect(texts).toMatch(
        variant.locale === "fr" ? /Soussa\u00a0: position estimée à 3\u00a0km près/ : /Sousa: position estimated within 3\u00a0km/,
      );
      // The places left off the map are named in the notebook beside its data table (issue 24: notes short), not drawn.
      expect([...map.querySelectorAll("text")].map((t) => t.textContent).join(" ")).not.toMatch(/Safafin/);
    });
  });
}

test("the notebook's map text names the places the map leaves out", () => {
  expect(readFileSync(join(PROJECT_ROOT, "charts", "map", "notebook.fr.md"), "utf8")).toMatch(
    /al-Safafina, faute de position vérifiée, n'est pas représentée/,
  );
  expect(readFileSync(join(PROJECT_ROOT, "charts", "map", "notebook.en.md"), "utf8")).toMatch(
    /al-Safafinah, for want of a verified position, is not/,
  );
});

test("the alt text lists the towns in order, with the dates the SDF took them", () => {
  const alt = (locale: "fr" | "en") => {
    const svg = render(mapChart, dataset, { locale, width: 360, theme: "light" });
    return new JSDOM(svg, { contentType: "image/svg+xml" }).window.document.querySelector("desc")?.textContent ?? "";
  };
  expect(alt("fr")).toContain(
    "Hajine le 14 déc. 2018, al-Chaafa le 7 ou 13 janv. 2019, Soussa (position estimée) le 15 janv. 2019 et Baghouz le 23 mars 2019",
  );
  // The launch is the 10th, announced the 11th (facts.md C8; issue 11): the alt text, the key and the timeline say so alike.
  expect(alt("fr")).toContain("L'offensive a commencé le 10 sept. 2018\u202f;");
  expect(alt("fr")).not.toContain("10 ou 11");
  expect(alt("en")).toContain(
    "Hajin on Dec 14, 2018, al-Shaafa on Jan 7 or 13, 2019, Sousa (estimated position) on Jan 15, 2019 and Baghouz on Mar 23, 2019",
  );
});

test("French text carries its no-break spaces, English none before a colon", () => {
  for (const width of [360, 720]) {
    const fr = render(mapChart, dataset, { locale: "fr", width, theme: "light" });
    const texts = [...fr.matchAll(/>([^<]+)</g)].map((m) => m[1]).join("\n");
    expect(texts).not.toMatch(/ [:;!?»]|« /);
    expect(texts).toMatch(/\u00a0:/);
    const en = render(mapChart, dataset, { locale: "en", width, theme: "light" });
    expect(en).not.toMatch(/[ \u00a0\u202f]:/);
  }
});

describe("places", () => {
  test("every article cited is the canonical en.wikipedia.org page, and every estimate says how it was made", () => {
    for (const place of dataset.places) {
      if (place.article) expect(place.article, place.id).toMatch(/^https:\/\/en\.wikipedia\.org\/wiki\/[^/]+$/);
      if (place.position === "read") expect(place.article, place.id).toBeDefined();
      else expect(place.method && place.uncertainty_km, place.id).toBeTruthy();
    }
  });
  test("the towns read on Wikipedia lie within 1.5 km of the river, as places.md's sanity check found", () => {
    const river = dataset.geometry.filter((v) => v.feature === "euphrates").map((v) => [v.lon, v.lat] as [number, number]);
    for (const id of ["hajin", "al-shaafah", "al-marashidah", "baghouz", "abu-kamal", "deir-ez-zor", "mayadin"]) {
      const place = dataset.places.find((p) => p.id === id);
      if (!place) throw new Error(id);
      const km = Math.min(...river.map((v) => geoDistance(v, [place.lon, place.lat]) * 6371));
      expect(km, id).toBeLessThan(1.5);
    }
  });
  test("data/geometry.csv is what `npm run geometry` writes from its sources", () => {
    expect(readFileSync(join(PROJECT_ROOT, "data/geometry.csv"), "utf8")).toBe(generateGeometry());
  });
});

test("the key dates the launch as the timeline does: the 10th, announced the next day (C8)", () => {
  for (const locale of ["fr", "en"] as const) {
    const svg = render(mapChart, dataset, { locale, width: 360, theme: "light" });
    const texts = [...new JSDOM(svg, { contentType: "image/svg+xml" }).window.document.querySelectorAll("text")]
      .map((t) => t.textContent)
      .join(" ");
    expect(texts).toContain(
      locale === "fr" ? "offensive lancée le 10 sept. 2018 annoncée le lendemain" : "offensive begins Sep 10, 2018 announced the next day",
    );
    expect(texts).not.toMatch(/10 ou 11|10 or 11/);
  }
});
