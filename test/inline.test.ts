// Publishers inline several of our SVGs on one page: every id must be unique
// across all of them, and each chart must still be named by its own title.

import { JSDOM } from "jsdom";
import { expect, test } from "vitest";
import { charts } from "../charts/index.js";
import { readDataset } from "../data/read.js";
import { variantId, variants } from "../src/publish/variants.js";
import { render } from "../src/render/render.js";

const dataset = readDataset();
const rendered = charts.flatMap((chart) => variants().map((variant) => ({ chart, variant, svg: render(chart, dataset, variant) })));
const { document } = new JSDOM(`<!DOCTYPE html><body>${rendered.map((r) => r.svg).join("\n")}</body>`).window;

test("every SVG inlined into one page: no id repeats", () => {
  const ids = [...document.querySelectorAll("[id]")].map((element) => element.id);
  expect(ids.length).toBeGreaterThanOrEqual(rendered.length * 3);
  const repeated = ids.filter((id, i) => ids.indexOf(id) !== i);
  expect(repeated).toEqual([]);
});

test("every SVG inlined into one page: named by its own title, described by its own alt text, once each, in its own language, with nothing inside exposed", () => {
  const roots = [...document.body.children];
  expect(roots).toHaveLength(rendered.length);
  roots.forEach((root, i) => {
    const { chart, variant } = rendered[i];
    expect(root.id).toBe(`${variantId(chart, variant)}-figure`);
    expect(root.getAttribute("role")).toBe("img");
    const title = document.getElementById(root.getAttribute("aria-labelledby") ?? "");
    const desc = document.getElementById(root.getAttribute("aria-describedby") ?? "");
    expect([root.getAttribute("lang"), root.getAttributeNS("http://www.w3.org/XML/1998/namespace", "lang")]).toEqual([
      variant.locale,
      variant.locale,
    ]);
    // Everything drawn is hidden from assistive technology; no element inside carries an ARIA name.
    for (const child of root.children)
      if (!["title", "desc", "style"].includes(child.localName)) expect(child.getAttribute("aria-hidden"), child.localName).toBe("true");
    expect(root.querySelectorAll("[aria-label]")).toHaveLength(0);
    expect(title?.localName).toBe("title");
    expect(title?.parentElement).toBe(root);
    expect(title?.textContent).toBe((chart.strings[variant.locale] as { title: string }).title);
    expect(desc?.localName).toBe("desc");
    expect(desc?.parentElement).toBe(root);
  });
});

test("every reference inside an SVG points into that same SVG", () => {
  for (const root of document.body.children) {
    for (const element of root.querySelectorAll("*")) {
      for (const { value } of element.attributes) {
        for (const [, id] of value.matchAll(/url\(#([^)]+)\)/g)) expect(root.querySelector(`[id="${id}"]`)).not.toBeNull();
      }
    }
  }
});
