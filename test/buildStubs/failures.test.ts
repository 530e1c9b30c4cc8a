// build() over stub charts: what stops a build, and that a stopped build
// writes nothing and leaves no worker behind.

import { expect, test } from "vitest";
import { build } from "../../src/build/build.js";
import { variants } from "../../src/publish/variants.js";
import { memoryEffects } from "../helpers/effects.js";
import { dataset, openPorts, SVG_NS, stubCharts } from "../helpers/stubCharts.js";

test("build() checks every chart of the package before rendering, the ones it does not render too", async () => {
  const [first, second] = stubCharts();
  const broken = { ...second, strings: undefined as never };
  const effects = memoryEffects();
  await expect(build({ charts: [first], all: [first, broken], dataset, out: "out" }, effects)).rejects.toThrow(
    `charts/${second.id}/${second.id}.ts: chart.strings is missing`,
  );
  expect(effects.writes, "files written by a build with a broken chart").toEqual([]);
});

test("build() writes nothing when the last variant of the last chart fails", async () => {
  const charts = stubCharts();
  const last = charts[charts.length - 1];
  let count = 0;
  const failing = {
    ...last,
    render: (...args: Parameters<typeof last.render>) => {
      if (++count === variants().length) throw new Error("the last variant failed");
      return last.render(...args);
    },
  };
  const effects = memoryEffects();
  const ports = openPorts();
  await expect(build({ charts: [...charts.slice(0, -1), failing], dataset, out: "out" }, effects)).rejects.toThrow(
    "the last variant failed",
  );
  expect(effects.writes, "files written by a build that failed").toEqual([]);
  expect(effects.lines, "progress lines of a build that failed").toEqual([]);
  // The other charts' PNGs had started: their workers are stopped, or the CLI would print the error and hang.
  expect(openPorts(), "message ports of PNG workers still open after a failed build").toBe(ports);
});

test("build() fails, naming the chart and variant, on an SVG without a height, and writes nothing", async () => {
  const [chart] = stubCharts();
  const effects = memoryEffects();
  const ports = openPorts();
  for (const nested of [false, true]) {
    const heightless = {
      ...chart,
      render: (...args: Parameters<typeof chart.render>) => {
        const svg = chart.render(...args);
        svg.removeAttribute("height");
        // An inner <svg> with a height is not the chart's.
        if (nested) {
          const inner = args[1].document.createElementNS(SVG_NS, "svg");
          inner.setAttribute("width", "5");
          inner.setAttribute("height", "5");
          svg.append(inner);
        }
        return svg;
      },
    };
    await expect(
      build({ charts: [heightless], dataset, out: "out" }, effects),
      `a root without a height (inner svg: ${nested})`,
    ).rejects.toThrow(`charts/${chart.id}/${chart.id}.ts: the SVG of ${chart.id}-fr-360-light has no height`);
  }
  expect(effects.writes, "files written by a build whose SVG has no height").toEqual([]);
  expect(openPorts(), "message ports of PNG workers still open after the failed builds").toBe(ports);
});

test("build() yields to the event loop between two variants, so a Ctrl-C is handled while it renders", async () => {
  const [chart] = stubCharts();
  let rendered = 0;
  const counting = {
    ...chart,
    render: (...args: Parameters<typeof chart.render>) => {
      rendered++;
      return chart.render(...args);
    },
  };
  const seen: number[] = [];
  const probe = () => {
    seen.push(rendered);
    if (rendered < variants().length) setImmediate(probe);
  };
  setImmediate(probe);
  await build({ charts: [counting], dataset, out: "out", formats: ["svg"] }, memoryEffects());
  expect(seen.slice(0, 3), "variants rendered at each turn of the event loop").toEqual([0, 1, 2]);
});
