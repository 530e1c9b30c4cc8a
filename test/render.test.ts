import { createHash } from "node:crypto";
import { expect, test } from "vitest";
import { charts } from "../charts/index.js";
import { readDataset } from "../data/read.js";
import { variants } from "../src/publish/variants.js";
import { render } from "../src/render/render.js";

const dataset = readDataset();

function renderAllHash(): string {
  const hash = createHash("sha256");
  for (const chart of charts) for (const variant of variants()) hash.update(render(chart, dataset, variant));
  return hash.digest("hex");
}

for (const chart of charts) {
  const svg = render(chart, dataset, { locale: "fr", width: 720, theme: "light" });

  test(`render(${chart.id}) is an accessible image: role, named by its title, described by its desc, in French`, () => {
    const id = `${chart.id}-fr-720-light`;
    expect(svg).toMatch(new RegExp(`^<svg xmlns="http://www.w3.org/2000/svg" role="img" aria-labelledby="${id}-title"`));
    expect(svg).toMatch(new RegExp(`^<svg [^>]* aria-describedby="${id}-desc" lang="fr" xml:lang="fr"`));
    const title = (chart.strings.fr as { title: string }).title;
    expect(svg).toContain(`<title id="${id}-title">${title}</title>`);
    expect(svg).toMatch(new RegExp(`<desc id="${id}-desc">[^<]{80,}</desc>`));
  });

  test(`render(${chart.id}) sets viewBox, width and height`, () => {
    expect(svg).toMatch(/^<svg [^>]*width="720" height="(\d+)" viewBox="0 0 720 \1"/);
  });

  test(`render(${chart.id}) rounds every number in geometry to 2 decimals`, () => {
    expect(svg).not.toMatch(/\d\.\d{3,}/);
  });

  test(`render(${chart.id}) prefixes every id with the variant's id`, () => {
    const ids = [...svg.matchAll(/ id="([^"]+)"/g)].map((match) => match[1]);
    expect(ids.length).toBeGreaterThanOrEqual(2);
    for (const id of ids) expect(id.startsWith(`${chart.id}-fr-720-light-`), id).toBe(true);
    expect(new Set(ids).size).toBe(ids.length);
  });

  test(`render(${chart.id}) pins Plot's pixel offset to 0`, () => {
    // With an offset of 0.5, Plot shifts every rule and axis by a half pixel.
    expect(svg).not.toMatch(/translate\((0,0\.5|0\.5,0|0\.5,0\.5)\)/);
  });

  test(`render(${chart.id}) prints a source line`, () => {
    expect(svg).toMatch(/>Sources\u00a0: [^<]+</);
  });
}

// Within one process only: it catches randomness, and state carried from one render
// to the next (counters, caches). Other processes are compared in the next tests.
test("render() gives identical bytes when run twice in the same process", () => {
  expect(renderAllHash(), "hash of every variant of every chart, rendered a second time").toBe(renderAllHash());
}, 30_000);
