import { expect, test } from "vitest";
import { embedSnippet } from "../src/embed.js";

const files = [360, 720].flatMap((width) =>
  (["light", "dark"] as const).map((theme) => ({
    width,
    theme,
    height: 500,
    svg: `c-${width}-${theme}.svg`,
    png: `c-${width}-${theme}.png`,
    png2x: `c-${width}-${theme}@2x.png`,
  })),
);

test("embedSnippet() picks width and theme with media queries, most specific first", () => {
  const sources = [...embedSnippet(files, "alt").matchAll(/<source [^>]*\/>/g)].map((m) => m[0]);
  expect(sources).toEqual([
    '<source type="image/svg+xml" media="(prefers-color-scheme: dark) and (min-width: 600px)" srcset="c-720-dark.svg" />',
    '<source type="image/svg+xml" media="(min-width: 600px)" srcset="c-720-light.svg" />',
    '<source type="image/svg+xml" media="(prefers-color-scheme: dark)" srcset="c-360-dark.svg" />',
    '<source type="image/svg+xml" srcset="c-360-light.svg" />',
  ]);
});

test("embedSnippet() falls back to a PNG carrying the escaped alt text", () => {
  expect(embedSnippet(files, 'A "quoted" <b>alt</b> & more')).toContain(
    '<img src="c-720-light.png" srcset="c-720-light.png 1x, c-720-light@2x.png 2x" width="720" height="500" alt="A &quot;quoted&quot; &lt;b&gt;alt&lt;/b&gt; &amp; more"',
  );
});

test("embedSnippet() is one <picture> ending in a newline, with a responsive PNG", () => {
  const snippet = embedSnippet(files, "alt");
  expect(snippet.startsWith("<picture>\n")).toBe(true);
  expect(snippet.endsWith("\n</picture>\n")).toBe(true);
  expect(snippet).toContain('style="max-width: 100%; height: auto" />');
});

test("embedSnippet() with one width and light files only offers no dark source, and escapes the paths", () => {
  const light = [{ width: 360, theme: "light" as const, height: 300, svg: 'a"&.svg', png: "a&.png", png2x: "a&@2x.png" }];
  expect(embedSnippet(light, "alt")).toBe(
    [
      "<picture>",
      '  <source type="image/svg+xml" media="(min-width: 600px)" srcset="a&quot;&amp;.svg" />',
      '  <source type="image/svg+xml" srcset="a&quot;&amp;.svg" />',
      '  <img src="a&amp;.png" srcset="a&amp;.png 1x, a&amp;@2x.png 2x" width="360" height="300" alt="alt" style="max-width: 100%; height: auto" />',
      "</picture>",
      "",
    ].join("\n"),
  );
});

test("embedSnippet() with dark files only falls back to the first one's PNG", () => {
  const dark = files.filter((file) => file.theme === "dark");
  expect(embedSnippet(dark, "alt")).toContain('<img src="c-360-dark.png" srcset="c-360-dark.png 1x, c-360-dark@2x.png 2x" width="360"');
});
