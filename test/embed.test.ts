import { expect, test } from "vitest";
import { coerceBaseUrl } from "../src/publish/baseUrl.js";
import { embedSnippet, isEmbedMode } from "../src/publish/embed.js";
import { chartSnippets, fileUrl, withUrl } from "../src/publish/snippets.js";
import type { Chart } from "../src/render/chart.js";

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
    '<source type="image/svg+xml" media="(prefers-color-scheme: dark) and (min-width: 600px)" srcset="c-720-dark.svg" width="720" height="500" />',
    '<source type="image/svg+xml" media="(min-width: 600px)" srcset="c-720-light.svg" width="720" height="500" />',
    '<source type="image/svg+xml" media="(prefers-color-scheme: dark)" srcset="c-360-dark.svg" width="360" height="500" />',
    '<source type="image/svg+xml" srcset="c-360-light.svg" width="360" height="500" />',
  ]);
});

test("embedSnippet() falls back to a PNG carrying the escaped alt text", () => {
  expect(embedSnippet(files, 'A "quoted" <b>alt</b> & more')).toContain(
    '<img src="c-720-light.png" srcset="c-360-light.png 360w, c-360-light@2x.png 1080w, c-720-light.png 1440w, c-720-light@2x.png 2880w" sizes="(min-width: 600px) 1440px, 240px" width="720" height="500" alt="A &quot;quoted&quot; &lt;b&gt;alt&lt;/b&gt; &amp; more"',
  );
});

test("embedSnippet() is one <picture> ending in a newline, with a responsive PNG", () => {
  const snippet = embedSnippet(files, "alt");
  expect(snippet.startsWith("<picture>\n")).toBe(true);
  expect(snippet.endsWith("\n</picture>\n")).toBe(true);
  // The width is in the style too, for a sanitiser that drops the attributes and keeps the style.
  expect(snippet).toContain('style="width: 720px; max-width: 100%; height: auto" />');
});

test("embedSnippet() with one width and light files only offers no dark source, and escapes the paths", () => {
  const light = [{ width: 360, theme: "light" as const, height: 300, svg: 'a"&.svg', png: "a&.png", png2x: "a&@2x.png" }];
  expect(embedSnippet(light, "alt")).toBe(
    [
      "<picture>",
      '  <source type="image/svg+xml" media="(min-width: 600px)" srcset="a&quot;&amp;.svg" width="360" height="300" />',
      '  <source type="image/svg+xml" srcset="a&quot;&amp;.svg" width="360" height="300" />',
      '  <img src="a&amp;.png" srcset="a&amp;.png 720w, a&amp;@2x.png 1440w" sizes="(min-width: 600px) 1440px, 240px" width="360" height="300" alt="alt" style="width: 360px; max-width: 100%; height: auto" />',
      "</picture>",
      "",
    ].join("\n"),
  );
});

test("embedSnippet() with dark files only falls back to the first one's PNG", () => {
  const dark = files.filter((file) => file.theme === "dark");
  expect(embedSnippet(dark, "alt")).toContain('<img src="c-360-dark.png" srcset="c-360-dark.png ');
});

test("embedSnippet() in the light and dark modes picks only the width, and falls back to a PNG of that theme", () => {
  for (const mode of ["light", "dark"] as const) {
    const snippet = embedSnippet(files, "alt", { mode });
    const sources = [...snippet.matchAll(/<source [^>]*\/>/g)].map((m) => m[0]);
    expect(sources).toEqual([
      `<source type="image/svg+xml" media="(min-width: 600px)" srcset="c-720-${mode}.svg" width="720" height="500" />`,
      `<source type="image/svg+xml" srcset="c-360-${mode}.svg" width="360" height="500" />`,
    ]);
    expect(snippet).not.toContain("prefers-color-scheme");
    expect(snippet).toContain(`<img src="c-720-${mode}.png" srcset="c-360-${mode}.png 360w,`);
    expect(snippet).not.toContain(mode === "light" ? "dark" : "light");
  }
});

test("coerceBaseUrl() takes http and https URLs, adds the final slash, and refuses the rest with one line", () => {
  expect(coerceBaseUrl(undefined)).toBeUndefined();
  expect(coerceBaseUrl("https://example.org/charts")).toBe("https://example.org/charts/");
  expect(coerceBaseUrl("http://example.org/")).toBe("http://example.org/");
  for (const bad of ["charts/", "javascript:alert(1)", "ftp://example.org/", "https://example.org/?a=1", "file:///tmp/"])
    expect(() => coerceBaseUrl(bad), bad).toThrow(/^--base-url must /);
});

test("coerceBaseUrl() refuses a URL with a user name or password, in one line that does not print the password", () => {
  for (const bad of [
    "https://user:secret@example.org/",
    "https://user@example.org/charts/",
    "http://:secret@example.org/",
    "https://u:secret@example.org/?a=1",
  ]) {
    expect(() => coerceBaseUrl(bad), bad).toThrow(/^--base-url must not carry a user name or password \(got "[^"]*"\)$/);
    expect(() => coerceBaseUrl(bad), bad).not.toThrow(/secret/);
  }
});

test("fileUrl() is relative to the chart's folder without a base URL, absolute with one", () => {
  expect(fileUrl({ id: "c" }, "c/c-fr-720-light.svg")).toBe("c-fr-720-light.svg");
  expect(fileUrl({ id: "c" }, "c/c-fr-720-light.svg", "https://example.org/x/")).toBe("https://example.org/x/c/c-fr-720-light.svg");
});

const chart = { id: "c" } as Chart;
const rendered = (["fr", "en"] as const).flatMap((locale) =>
  [360, 720].flatMap((width) =>
    (["light", "dark"] as const).map((theme) => ({ variant: { locale, width, theme }, height: width / 2, alt: `alt ${locale}` })),
  ),
);

test("chartSnippets() gives one snippet per mode, at the mode's path, from the files of its locale only", () => {
  const snippets = chartSnippets(chart, "en", rendered);
  expect(snippets.map(({ mode, path }) => [mode, path])).toEqual([
    ["auto", "c/c-en.html"],
    ["light", "c/c-en-light.html"],
    ["dark", "c/c-en-dark.html"],
  ]);
  for (const { path, html } of snippets) {
    expect(html, `${path} names a French file`).not.toContain("-fr-");
    expect(html, `${path} lost the English alt text`).toContain('alt="alt en"');
    expect(html, `${path} has the wrong desktop height`).toContain('width="720" height="360"');
  }
  expect(snippets[1].html, "c/c-en-light.html follows the reader's theme").not.toContain("dark");
  expect(snippets[2].html, "c/c-en-dark.html follows the reader's theme").not.toContain("light");
  expect(snippets[0].html, "c/c-en.html").toBe(
    embedSnippet(
      rendered
        .filter(({ variant }) => variant.locale === "en")
        .map(({ variant: { width, theme }, height }) => ({
          width,
          theme,
          height,
          svg: `c-en-${width}-${theme}.svg`,
          png: `c-en-${width}-${theme}.png`,
          png2x: `c-en-${width}-${theme}@2x.png`,
        })),
      "alt en",
      { lang: "en" },
    ),
  );
});

test("embedSnippet() says the chart's language on the <picture> and on the <img>, which survives a stripped <picture>", () => {
  const snippet = embedSnippet(files, "alt", { lang: "fr" });
  expect(snippet.startsWith('<picture lang="fr">\n')).toBe(true);
  expect(snippet).toMatch(/<img [^>]* alt="alt" lang="fr" style=/);
  expect(embedSnippet(files, "alt")).not.toContain("lang=");
  for (const { html } of chartSnippets(chart, "en", rendered)) expect(html.match(/lang="en"/g)).toHaveLength(2);
});

test("embedSnippet() gives each source its own layout's size, so a phone reserves the phone box", () => {
  const sized = files.map((file) => ({ ...file, height: file.width === 360 ? 956 : 820 }));
  const sources = [...embedSnippet(sized, "alt").matchAll(/<source [^>]*srcset="([^"]+)" width="(\d+)" height="(\d+)"/g)].map((m) =>
    m.slice(1),
  );
  expect(sources).toEqual([
    ["c-720-dark.svg", "720", "820"],
    ["c-720-light.svg", "720", "820"],
    ["c-360-dark.svg", "360", "956"],
    ["c-360-light.svg", "360", "956"],
  ]);
});

test("chartSnippets() with a base URL points every file at an absolute address", () => {
  const [auto] = chartSnippets(chart, "fr", rendered, "https://example.org/x/");
  const addresses = [...auto.html.matchAll(/(?:src|srcset)="([^"]+)"/g)].flatMap((m) => m[1].split(", ").map((s) => s.split(" ")[0]));
  expect(addresses.length, "c/c-fr.html lists no file").toBeGreaterThan(0);
  for (const address of addresses) expect(address, `c/c-fr.html: ${address}`).toMatch(/^https:\/\/example\.org\/x\/c\/c-fr-/);
  expect(auto.html, "c/c-fr.html").toContain(
    '<img src="https://example.org/x/c/c-fr-720-light.png" srcset="https://example.org/x/c/c-fr-360-light.png 360w,',
  );
});

test("withUrl() adds the absolute url of a manifest entry with a base URL, and leaves it alone without one", () => {
  const entry = { path: "c/c-fr-720-light.svg", bytes: 3 };
  expect(withUrl(entry)).toBe(entry);
  expect(withUrl(entry, "https://example.org/x/")).toEqual({ ...entry, url: "https://example.org/x/c/c-fr-720-light.svg" });
});

test("isEmbedMode() takes auto, light and dark only", () => {
  for (const mode of ["auto", "light", "dark"]) expect(isEmbedMode(mode), mode).toBe(true);
  for (const value of ["Auto", "", "print", undefined, 1]) expect(isEmbedMode(value), String(value)).toBe(false);
});
