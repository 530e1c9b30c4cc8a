// Every string a chart, a snippet or a notebook page prints, per locale,
// against the typographic rules of src/render/locale/typography.ts. Reads the
// committed output/ (the snapshot tests keep it equal to what the code makes).

import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { JSDOM } from "jsdom";
import { describe, expect, test } from "vitest";
import { PROJECT_ROOT } from "../src/cli/root.js";
import type { Locale } from "../src/render/locale/index.js";
import { typographyErrors } from "../src/render/locale/typography.js";

const output = join(PROJECT_ROOT, "output");
// One window parses every file: a JSDOM per file would cost seconds.
const parser = new new JSDOM("").window.DOMParser();
const files = readdirSync(output, { recursive: true, encoding: "utf8" }).sort();

/** Text a reader sees or hears: text nodes outside code, scripts and styles, and the alt, title and aria-label attributes. */
function printed(markup: string, type: "image/svg+xml" | "application/xhtml+xml"): string[] {
  const document = parser.parseFromString(markup, type);
  const strings: string[] = [];
  const walk = (node: Node) => {
    if (node.nodeType === 3) {
      const text = node.textContent ?? "";
      if (text.trim()) strings.push(text);
      return;
    }
    if (node.nodeType !== 1) return;
    const element = node as Element;
    if (["script", "style", "pre", "code"].includes(element.localName)) return;
    for (const name of ["alt", "title", "aria-label"]) {
      const value = element.getAttribute(name);
      if (value && !(element.localName === "g" && name === "aria-label")) strings.push(value);
    }
    for (const child of element.childNodes) walk(child);
  };
  walk(document.documentElement);
  return strings;
}

function localeOf(file: string): Locale {
  return /-en[-.]|\.en\./.test(file) ? "en" : "fr";
}

function errorsIn(file: string, strings: readonly string[], locale: Locale): string[] {
  return strings.flatMap((text) => typographyErrors(text, locale).map((e) => `${file}: ${e.message}: "${e.excerpt}"`));
}

describe("typography of every printed string", () => {
  test("every SVG (title, alt text, labels, notes, source line)", () => {
    const svgs = files.filter((file) => file.endsWith(".svg") && !file.endsWith("-changed.svg"));
    expect(svgs.length).toBeGreaterThan(0);
    const errors = svgs.flatMap((file) =>
      errorsIn(file, printed(readFileSync(join(output, file), "utf8"), "image/svg+xml"), localeOf(file)),
    );
    expect(errors).toEqual([]);
  });

  test("every embed snippet's alt text", () => {
    const snippets = files.filter((file) => /\/[a-z]+-(fr|en)\.html$/.test(file));
    expect(snippets.length).toBeGreaterThan(0);
    const errors = snippets.flatMap((file) => {
      const { document } = new JSDOM(readFileSync(join(output, file), "utf8")).window;
      const alts = [...document.querySelectorAll("img[alt]")].map((img) => img.getAttribute("alt") ?? "");
      return errorsIn(file, alts, localeOf(file));
    });
    expect(errors).toEqual([]);
  });

  test("every notebook page", () => {
    const errors = ["index.html", "index.en.html"].flatMap((file) => {
      const strings = printed(readFileSync(join(output, file), "utf8"), "application/xhtml+xml");
      const locale = localeOf(file);
      const names =
        locale === "fr" ? strings.filter((s) => /\b(SOHR|SDF)\b/.test(s)).map((s) => `${file}: in French, say OSDH and FDS: "${s}"`) : [];
      return [...errorsIn(file, strings, locale), ...names];
    });
    expect(errors).toEqual([]);
  });

  test("the manifest's titles, alt texts and source lines", () => {
    const manifest = JSON.parse(readFileSync(join(output, "manifest.json"), "utf8"));
    const errors = (manifest.charts as { variants: { locale: Locale; title: string; alt: string; sourceLine: string }[] }[]).flatMap(
      (chart) => chart.variants.flatMap((v) => errorsIn("manifest.json", [v.title, v.alt, v.sourceLine], v.locale)),
    );
    expect(errors).toEqual([]);
  });

  test("no line of an SVG is a lone unit", () => {
    const svgs = files.filter((file) => file.endsWith(".svg") && !file.endsWith("-changed.svg"));
    const lone = svgs.flatMap((file) =>
      printed(readFileSync(join(output, file), "utf8"), "image/svg+xml")
        .filter((text) => /^\s*(?:(?:in|en)\s)?(?:km²|m²|mi²)\s*$/.test(text))
        .map((text) => `${file}: "${text}"`),
    );
    expect(lone).toEqual([]);
  });
});

describe("typographyErrors()", () => {
  test("French wants no-break spaces; English wants none before a colon", () => {
    expect(typographyErrors("Trump : « vaincu »", "fr").length).toBe(3);
    expect(typographyErrors("Trump\u00a0: «\u202fvaincu\u202f»", "fr")).toEqual([]);
    expect(typographyErrors("73 440 km² et 22 %", "fr").map((e) => e.message).length).toBe(3);
    expect(typographyErrors("73\u202f440\u00a0km² et 22\u202f%", "fr")).toEqual([]);
    // A comma is the French decimal mark: coordinates are decimals, not thousands; English thousands still fail.
    expect(typographyErrors("≈ 34,536° N, 40,932° E et 12\u202f345,678\u00a0km²", "fr")).toEqual([]);
    expect(typographyErrors("73,440\u00a0km² ou 90 800\u00a0km²", "fr").length).toBe(2);
    expect(typographyErrors("light : SVG", "en").length).toBe(1);
    expect(typographyErrors("light: SVG, 10 September 2018, 2015-2019", "en").length).toBe(2);
    expect(typographyErrors("light: SVG, September 10, 2018, 2015–2019", "en")).toEqual([]);
    expect(typographyErrors("Dec 9 2017, Oct 10–13 2018", "en").length).toBe(2);
  });
});
