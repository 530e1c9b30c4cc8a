import { expect, test } from "vitest";
import { getDocument, svgElement } from "../src/dom.js";
import { prefixIds, roundNumbers, serialize } from "../src/serialize.js";

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
