import { expect, test } from "vitest";
import { getDocument, svgElement } from "../src/render/dom.js";
import { escapeAttribute, escapeText, prefixIds, roundNumbers, serialize } from "../src/render/serialize.js";

const document = getDocument();

test("roundNumbers() rounds coordinates to 2 decimals", () => {
  expect(roundNumbers("M331.4537444933921,12.005L-0.0001,3")).toBe("M331.45,12.01L0,3");
  expect(roundNumbers("translate(0.5,10)")).toBe("translate(0.5,10)");
});

test("serialize(svg) sets xmlns, rounds geometry and leaves text alone", () => {
  const svg = svgElement(document, "svg", { width: 100.123 });
  svg.append(svgElement(document, "text", { x: 1.23456 }, "3.14159 km²"));
  expect(serialize(svg, "c")).toBe('<svg xmlns="http://www.w3.org/2000/svg" width="100.12">\n<text x="1.23">3.14159 km²</text>\n</svg>\n');
});

test("serialize(svg) escapes hostile text and attributes", () => {
  const svg = svgElement(document, "svg", { "aria-label": 'a "quote" & <tag>' });
  svg.append(svgElement(document, "text", {}, "<script>alert(1)</script> ]]> & done"));
  const out = serialize(svg, "c");
  expect(out).toContain('aria-label="a &quot;quote&quot; &amp; &lt;tag&gt;"');
  expect(out).toContain("&lt;script&gt;alert(1)&lt;/script&gt; ]]&gt; &amp; done");
});

test("prefixIds() renames ids after the chart and rewrites every reference", () => {
  const svg = svgElement(document, "svg", { "aria-labelledby": "c-title plot-clip-7" });
  svg.append(
    svgElement(document, "title", { id: "c-title" }),
    svgElement(document, "clipPath", { id: "plot-clip-7" }),
    svgElement(document, "g", { "clip-path": "url(#plot-clip-7)" }),
    svgElement(document, "use", { href: "#plot-clip-7" }),
  );
  prefixIds(svg, "c");
  expect(svg.querySelector("clipPath")?.id).toBe("c-1");
  expect(svg.querySelector("g")?.getAttribute("clip-path")).toBe("url(#c-1)");
  expect(svg.querySelector("use")?.getAttribute("href")).toBe("#c-1");
  expect(svg.getAttribute("aria-labelledby")).toBe("c-title c-1");
});

test("roundNumbers() handles signs, exponents, integers and another precision", () => {
  expect(roundNumbers("M-12.3456,1.5E-3L10,20")).toBe("M-12.35,0L10,20");
  expect(roundNumbers("-0.004 7.996 .125")).toBe("0 8 0.13");
  expect(roundNumbers("1.23456", 3)).toBe("1.235");
  // Exponents round like any other number (issue 13: 1.5e-7 became 0 while 1e-7 was kept).
  expect(roundNumbers("2e-7 1.5e-7 1e3")).toBe("0 0 1000");
});

test("escapeText() and escapeAttribute() escape markup, quotes and the whitespace an attribute would lose", () => {
  expect(escapeText('a & <b> "c"')).toBe('a &amp; &lt;b&gt; "c"');
  expect(escapeAttribute('a & <b> "c"\n\r\t')).toBe("a &amp; &lt;b&gt; &quot;c&quot;&#10;&#13;&#9;");
});

test("serialize(svg) drops comments and child xmlns, keeps text runs inline and closes empty elements", () => {
  const svg = svgElement(document, "svg", { "data-ratio": "0.123456", x: "0.123456" });
  const text = svgElement(document, "text", {}, "a ");
  text.append(svgElement(document, "tspan", {}, "b"), document.createComment("note"), " c");
  const group = svgElement(document, "g", {});
  group.setAttribute("xmlns", "http://www.w3.org/2000/svg");
  svg.append(text, group, document.createComment("dropped"));
  expect(serialize(svg, "c")).toBe(
    '<svg xmlns="http://www.w3.org/2000/svg" data-ratio="0.123456" x="0.12">\n<text>a <tspan>b</tspan> c</text>\n<g/>\n</svg>\n',
  );
});

test("prefixIds() keeps ids that carry the prefix, skips their numbers, and leaves unknown references alone", () => {
  const svg = svgElement(document, "svg", { "aria-describedby": "c-desc  other", "aria-labelledby": "x" });
  svg.append(
    svgElement(document, "desc", { id: "c-desc" }),
    svgElement(document, "g", { id: "c-1" }),
    svgElement(document, "g", { id: "x" }),
    svgElement(document, "g", { id: "y" }),
    svgElement(document, "use", { "xlink:href": "#y", fill: "url(#nowhere)" }),
    svgElement(document, "use", { href: "#nowhere" }),
  );
  prefixIds(svg, "c");
  expect([...svg.querySelectorAll("[id]")].map((element) => element.id)).toEqual(["c-desc", "c-1", "c-2", "c-3"]);
  const uses = svg.querySelectorAll("use");
  expect(uses[0].getAttribute("xlink:href")).toBe("#c-3");
  expect(uses[0].getAttribute("fill")).toBe("url(#nowhere)");
  expect(uses[1].getAttribute("href")).toBe("#nowhere");
  expect(svg.getAttribute("aria-labelledby")).toBe("c-2");
  expect(svg.getAttribute("aria-describedby")).toBe("c-desc other");
});

test("prefixIds() with no id to rename changes nothing", () => {
  const svg = svgElement(document, "svg", { "aria-labelledby": "a  b" });
  svg.append(svgElement(document, "g", { id: "c-1", "clip-path": "url(#c-1)" }));
  prefixIds(svg, "c");
  expect(svg.getAttribute("aria-labelledby")).toBe("a  b");
  expect(svg.querySelector("g")?.id).toBe("c-1");
});

test("prefixIds() rewrites # only in href and xlink:href: colours and external links named like an id stay as they are", () => {
  const svg = svgElement(document, "svg");
  svg.append(
    svgElement(document, "g", { id: "fff" }),
    svgElement(document, "rect", { fill: "#fff", stroke: "fff" }),
    svgElement(document, "a", { href: "https://example.org/#fff" }),
    svgElement(document, "use", { "xlink:href": "other.svg#fff" }),
  );
  prefixIds(svg, "c");
  expect(svg.querySelector("g")?.id).toBe("c-1");
  expect(svg.querySelector("rect")?.getAttribute("fill"), "a colour was taken for a reference").toBe("#fff");
  expect(svg.querySelector("rect")?.getAttribute("stroke")).toBe("fff");
  expect(svg.querySelector("a")?.getAttribute("href"), "an external link was rewritten").toBe("https://example.org/#fff");
  expect(svg.querySelector("use")?.getAttribute("xlink:href"), "a link to another file was rewritten").toBe("other.svg#fff");
});

const XLINK = "http://www.w3.org/1999/xlink";
const XML = "http://www.w3.org/XML/1998/namespace";

test("serialize(svg) names namespaced attributes with their prefix, and declares xlink only when it is used", () => {
  const svg = svgElement(document, "svg");
  const text = svgElement(document, "text", {}, "a  b");
  text.setAttributeNS(XML, "space", "preserve");
  const use = svgElement(document, "use");
  use.setAttributeNS(XLINK, "href", "#t");
  use.setAttributeNS("http://www.w3.org/2000/xmlns/", "xmlns:xlink", XLINK);
  use.setAttributeNS("http://example.org/ns", "data", "kept");
  svg.append(text, use);
  expect(serialize(svg, "c")).toBe(
    [
      `<svg xmlns="http://www.w3.org/2000/svg" xmlns:xlink="${XLINK}">`,
      '<text xml:space="preserve">a  b</text>',
      '<use xlink:href="#t" data="kept"/>',
      "</svg>",
      "",
    ].join("\n"),
  );
  expect(serialize(svgElement(document, "svg"), "c"), "an SVG without xlink attributes declares xlink").toBe(
    '<svg xmlns="http://www.w3.org/2000/svg"/>\n',
  );
});

test("serialize(svg) declares xlink for an attribute spelt xlink:href without its namespace", () => {
  const svg = svgElement(document, "svg");
  const use = svgElement(document, "use");
  use.setAttribute("xlink:href", "#a");
  svg.append(use);
  expect(serialize(svg, "c")).toBe(`<svg xmlns="http://www.w3.org/2000/svg" xmlns:xlink="${XLINK}">\n<use xlink:href="#a"/>\n</svg>\n`);
});

test("serialize(figure) writes HTML: void and empty elements, raw <style> text, and each <svg> declaring its namespace", () => {
  const figure = document.createElement("figure");
  const style = document.createElement("style");
  style.textContent = "a > b { fill: red }";
  const svg = svgElement(document, "svg", { width: 10 });
  const svgStyle = svgElement(document, "style", {}, "a > b");
  const inner = svgElement(document, "svg", { x: 1 });
  svg.append(svgStyle, inner);
  figure.append(style, document.createElement("br"), document.createElement("div"), svg);
  expect(serialize(figure, "c")).toBe(
    [
      "<figure>",
      "<style>a > b { fill: red }</style>",
      "<br>",
      "<div></div>",
      '<svg xmlns="http://www.w3.org/2000/svg" width="10">',
      "<style>a &gt; b</style>",
      '<svg x="1"/>',
      "</svg>",
      "</figure>",
      "",
    ].join("\n"),
  );
});

test("serialize(svg) keeps CDATA as CDATA, split where its text holds ]]>", () => {
  const xml = document.implementation.createDocument("http://www.w3.org/2000/svg", "svg", null);
  const svg = xml.documentElement;
  const style = xml.createElementNS("http://www.w3.org/2000/svg", "style");
  const cdata = xml.createCDATASection("a > b ]");
  cdata.data += "]> c"; // the DOM refuses "]]>" only when the section is created
  style.append(cdata);
  svg.append(style, xml.createProcessingInstruction("x", "dropped"));
  expect(serialize(svg, "c")).toBe(
    '<svg xmlns="http://www.w3.org/2000/svg">\n<style><![CDATA[a > b ]]]]><![CDATA[> c]]></style>\n</svg>\n',
  );
});

test("serialize() keeps an attribute's own prefix, drops namespace declarations however they were set, and declares the namespace on <svg> only", () => {
  const svg = svgElement(document, "svg");
  const use = svgElement(document, "use");
  use.setAttributeNS(XLINK, "x:href", "#t");
  use.setAttributeNS("http://www.w3.org/2000/xmlns/", "xmlns", "http://www.w3.org/2000/svg");
  svg.append(use);
  expect(serialize(svg, "c")).toBe(`<svg xmlns="http://www.w3.org/2000/svg" xmlns:xlink="${XLINK}">\n<use x:href="#t"/>\n</svg>\n`);
  expect(serialize(svgElement(document, "g", { x: 1 }), "c"), "a <g> serialised alone").toBe('<g x="1"/>\n');
  const figure = document.createElement("figure");
  figure.append(svgElement(document, "g"));
  expect(serialize(figure, "c"), "a <g> straight inside a <figure>").toBe("<figure>\n<g/>\n</figure>\n");
});
