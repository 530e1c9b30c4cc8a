import { JSDOM } from "jsdom";
import { expect, test } from "vitest";
import { exposeAsImage, MARK_ATTRIBUTE } from "../src/render/accessible.js";

const SVG = "http://www.w3.org/2000/svg";

test("exposeAsImage() names the root by its title and describes it by its desc, in the given language, and hides what is drawn", () => {
  const { document } = new JSDOM("").window;
  const root = document.createElementNS(SVG, "svg") as unknown as SVGSVGElement;
  root.innerHTML = `<title id="c-title">T</title><desc id="c-desc">D</desc><style>x</style><rect/><g aria-label="line"><path aria-label="inner"/></g><text>Note</text>`;
  root.setAttribute("aria-labelledby", "c-title c-desc");
  exposeAsImage(root, "c", "en");
  expect(root.getAttribute("role")).toBe("img");
  expect(root.getAttribute("aria-labelledby")).toBe("c-title");
  expect(root.getAttribute("aria-describedby")).toBe("c-desc");
  expect(root.getAttribute("lang")).toBe("en");
  expect(root.getAttributeNS("http://www.w3.org/XML/1998/namespace", "lang")).toBe("en");
  const hidden = [...root.children].map((child) => [child.localName, child.getAttribute("aria-hidden")]);
  expect(hidden).toEqual([
    ["title", null],
    ["desc", null],
    ["style", null],
    ["rect", "true"],
    ["g", "true"],
    ["text", "true"],
  ]);
  // Plot's mark names leave aria-label, prohibited on a <g> with no role, for data-mark.
  expect(root.querySelectorAll("[aria-label]")).toHaveLength(0);
  expect([...root.querySelectorAll(`[${MARK_ATTRIBUTE}]`)].map((e) => e.getAttribute(MARK_ATTRIBUTE))).toEqual(["line", "inner"]);
});
