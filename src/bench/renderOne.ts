// The baseline users would otherwise write: one process per output file,
// each creating its own JSDOM and rendering one chart variant, as data-loader
// setups do. Usage: renderOne.ts <chart> <locale> <width> <theme> <file>

import { writeFileSync } from "node:fs";
import { JSDOM } from "jsdom";
import { charts } from "../../charts/index.js";
import { readDataset } from "../../data/read.js";
import type { Locale } from "../render/locale/index.js";
import { serialize } from "../render/serialize.js";
import { type ThemeName, themes } from "../render/theme.js";

const [id, locale, width, theme, file] = process.argv.slice(2);
const chart = charts.find((c) => c.id === id);
if (!chart) throw new Error(`unknown chart ${id}`);
const document = new JSDOM("").window.document;
const svg = chart.render(readDataset(), { document, locale: locale as Locale, width: Number(width), theme: themes[theme as ThemeName] });
writeFileSync(file, serialize(svg, chart.id));
