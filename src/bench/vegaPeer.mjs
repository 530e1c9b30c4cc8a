// The peer the benchmark compares us with: the same three charts written in
// Vega-Lite, as a user would, rendered headlessly with vega to SVG and with
// resvg and the same Source Sans 3 files to PNG at 1x and 2x: 24 SVGs and
// 48 PNGs in one Node process. Plain JavaScript, run with plain node.
// Usage: node vegaPeer.mjs <project root> <output folder> [svg]

import { mkdirSync, readFileSync, writeFileSync } from "node:fs";
import { createRequire } from "node:module";
import { join, resolve } from "node:path";
import { Resvg } from "@resvg/resvg-js";
import * as vega from "vega";
import { compile } from "vega-lite";

const [root, out, format = "svg,png"] = process.argv.slice(2);
const require = createRequire(resolve(root, "package.json"));
const FONT = "Source Sans 3";
const fontOptions = {
  loadSystemFonts: false,
  fontFiles: ["Regular", "Semibold", "Bold"].map((face) => require.resolve(`source-sans/TTF/SourceSans3-${face}.ttf`)),
  defaultFontFamily: FONT,
  sansSerifFamily: FONT,
};

const locales = {
  fr: {
    number: { decimal: ",", thousands: "\u202f", grouping: [3], currency: ["", "\u00a0€"] },
    time: {
      dateTime: "%A %e %B %Y à %X",
      date: "%d/%m/%Y",
      time: "%H:%M:%S",
      periods: ["AM", "PM"],
      days: ["dimanche", "lundi", "mardi", "mercredi", "jeudi", "vendredi", "samedi"],
      shortDays: ["dim.", "lun.", "mar.", "mer.", "jeu.", "ven.", "sam."],
      months: ["janvier", "février", "mars", "avril", "mai", "juin", "juillet", "août", "septembre", "octobre", "novembre", "décembre"],
      shortMonths: ["janv.", "févr.", "mars", "avr.", "mai", "juin", "juil.", "août", "sept.", "oct.", "nov.", "déc."],
    },
    text: {
      territory: [
        "Le territoire de l'EI, de 90 800 km² à zéro",
        "Superficie contrôlée, en km²",
        "Sources : IHS Markit, Pentagone, OSDH, FDS",
      ],
      casualties: ["Les morts de la bataille de Hajine", "Bilans cumulés de l'OSDH depuis le 10 septembre 2018", "Source : OSDH"],
      timeline: ["Six mois pour reprendre le dernier réduit", "Les étapes de l'offensive des FDS", "Sources : AFP, OSDH, FDS"],
    },
    groups: { sdf: "FDS", is: "EI", civilians: "civils" },
  },
  en: {
    number: { decimal: ".", thousands: ",", grouping: [3], currency: ["$", ""] },
    time: {
      dateTime: "%x, %X",
      date: "%-m/%-d/%Y",
      time: "%-I:%M:%S %p",
      periods: ["AM", "PM"],
      days: ["Sunday", "Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday"],
      shortDays: ["Sun", "Mon", "Tue", "Wed", "Thu", "Fri", "Sat"],
      months: ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October", "November", "December"],
      shortMonths: ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"],
    },
    text: {
      territory: ["IS territory, from 90,800 km² to nothing", "Area held, in km²", "Sources: IHS Markit, US DoD, SOHR, SDF"],
      casualties: ["The dead of the battle for Hajin", "SOHR running tolls since 10 September 2018", "Source: SOHR"],
      timeline: ["Six months to retake the last pocket", "The stages of the SDF offensive", "Sources: AFP, SOHR, SDF"],
    },
    groups: { sdf: "SDF", is: "IS", civilians: "civilians" },
  },
};

const themes = {
  light: { background: "#ffffff", text: "#1a1a1a", muted: "#595959", grid: "#e3e3e3", colors: ["#b3261e", "#1f5f99", "#6b5a00"] },
  dark: { background: "#121212", text: "#f0f0f0", muted: "#b0b0b0", grid: "#333333", colors: ["#ff8a80", "#7fb8ee", "#e0c65c"] },
};

const csv = (file) =>
  vega
    .read(readFileSync(join(root, "data", file), "utf8"), { type: "csv", parse: { value: "number" } })
    .filter((row) => Object.values(row).some(Boolean));
const toKm2 = { km2: 1, "sq-mi": 2.589988, m2: 1e-6 };
const data = {
  territory: csv("territory.csv").map((d) => ({ date: d.refers_to, km2: d.value * toKm2[d.unit], series: d.series })),
  casualties: csv("casualties.csv").map((d) => ({ date: d.refers_to, value: d.value, group: d.group })),
  events: csv("events.csv").filter((d) => d.date >= "2018-09-10"),
};

function config(theme, width) {
  const t = themes[theme];
  return {
    background: t.background,
    font: FONT,
    view: { stroke: null },
    title: { color: t.text, subtitleColor: t.muted, fontSize: width < 500 ? 20 : 24, anchor: "start", align: "left", subtitleFontSize: 15 },
    axis: { labelColor: t.muted, titleColor: t.muted, gridColor: t.grid, domainColor: t.muted, tickColor: t.muted, labelFontSize: 12 },
    legend: { labelColor: t.text, titleColor: t.muted, orient: "top" },
    range: { category: t.colors },
  };
}

function spec(chart, locale, width, theme) {
  const l = locales[locale];
  const [text, subtitle, source] = l.text[chart];
  // Fixed outer size, about ours: without node-canvas, vega estimates text widths, and "pad" would grow the image to fit them.
  const padding = { left: 60, right: 20, top: 110, bottom: 40 };
  const common = {
    $schema: "https://vega.github.io/schema/vega-lite/v6.json",
    autosize: { type: "none" },
    padding,
    width: width - padding.left - padding.right,
    config: config(theme, width),
  };
  const plotHeight = (total) => total - padding.top - padding.bottom;
  const title = { text, subtitle: [subtitle], limit: width - padding.left - padding.right, offset: 24 };
  if (chart === "territory")
    return {
      ...common,
      title,
      height: plotHeight(width < 500 ? 787 : 769),
      data: { values: data.territory },
      layer: [
        { mark: { type: "line", point: true }, encoding: enc("km2", "series") },
        {
          mark: { type: "text", align: "left", dy: -8 },
          transform: [{ filter: "datum.km2 > 30000" }],
          encoding: { ...enc("km2"), text: { field: "km2", format: ",.0f" } },
        },
      ],
      encoding: {},
      ...footer(source),
    };
  if (chart === "casualties")
    return {
      ...common,
      title,
      height: plotHeight(width < 500 ? 594 : 547),
      data: { values: data.casualties.map((d) => ({ ...d, group: l.groups[d.group] })) },
      mark: { type: "line", point: true, interpolate: "step-after" },
      encoding: enc("value", "group"),
      ...footer(source),
    };
  return {
    ...common,
    title,
    height: plotHeight(width < 500 ? 983 : 1847),
    data: {
      values: data.events.map((d) => ({ date: d.date, label: d[`label_${locale}`], place: d[`place_${locale}`], category: d.category })),
    },
    layer: [
      {
        mark: { type: "rule", color: themes[theme].muted },
        encoding: { x: { datum: 0, type: "quantitative", axis: null, scale: { domain: [0, 10] } } },
      },
      {
        mark: { type: "point", filled: true, size: 80 },
        encoding: { ...timeY(), x: { datum: 0, type: "quantitative" }, color: { field: "category", title: null } },
      },
      {
        mark: { type: "text", align: "left", dx: 12, fontWeight: 600, fontSize: 14, color: themes[theme].text },
        encoding: { ...timeY(), x: { datum: 0, type: "quantitative" }, text: { field: "label" } },
      },
      {
        mark: { type: "text", align: "left", dx: 12, dy: -14, fontSize: 12, color: themes[theme].muted },
        encoding: { ...timeY(), x: { datum: 0, type: "quantitative" }, text: { field: "place" } },
      },
    ],
    ...footer(source),
  };
}

const enc = (field, color) => ({
  x: { field: "date", type: "temporal", title: null, axis: { format: "%b %Y", tickCount: 5 } },
  y: { field, type: "quantitative", title: null, axis: { format: ",d" } },
  ...(color ? { color: { field: color, title: null } } : {}),
});
const timeY = () => ({
  y: { field: "date", type: "temporal", title: null, scale: { reverse: true }, axis: { format: "%e %b", grid: false, orient: "left" } },
});
// Vega-Lite has no footer: a user puts the source line in the title's subtitle or as a top-level description.
const footer = (source) => ({ description: source });

mkdirSync(out, { recursive: true });
for (const chart of ["territory", "casualties", "timeline"]) {
  for (const locale of ["fr", "en"]) {
    for (const width of [360, 720]) {
      for (const theme of ["light", "dark"]) {
        const name = `${chart}-${locale}-${width}-${theme}`;
        const { spec: vgSpec } = compile(spec(chart, locale, width, theme));
        const view = new vega.View(vega.parse(vgSpec), { renderer: "none", locale: locales[locale] });
        const svg = await view.toSVG();
        view.finalize();
        writeFileSync(join(out, `${name}.svg`), svg);
        if (!format.includes("png")) continue;
        for (const scale of [1, 2]) {
          const png = new Resvg(svg, { fitTo: { mode: "zoom", value: scale }, font: fontOptions }).render().asPng();
          writeFileSync(join(out, `${name}${scale === 2 ? "@2x" : ""}.png`), png);
        }
      }
    }
  }
}
