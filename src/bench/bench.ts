// `npm run bench`: measures the build and the preview on this machine, prints
// a table and writes test-results/bench.json. Everything runs on a temporary
// copy of the project, so data edits never touch the real data/ or output/.

import { spawnSync } from "node:child_process";
import { cpSync, mkdirSync, mkdtempSync, readFileSync, rmSync, symlinkSync, writeFileSync } from "node:fs";
import { request } from "node:http";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { gzipSync } from "node:zlib";
import { charts } from "../../charts/index.js";
import { readDataset } from "../../data/read.js";
import { PROJECT_ROOT } from "../cli/root.js";
import { startPreview } from "../preview/server.js";
import { svgPath, variants } from "../publish/variants.js";
import { render } from "../render/render.js";
import { editLoopRows, editLoops } from "./editLoop.js";
import { comparePeer, node, PEER_CHARTS, pngFloor, type Run } from "./peer.js";

const defaults = { edits: 20, warmRuns: 10 };

const median = (values: number[]) => quantile(values, 0.5);
function quantile(values: number[], q: number): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.ceil(q * sorted.length) - 1)];
}

/** A copy of the project (sources and data, node_modules linked) in a temporary folder. */
function copyProject(): string {
  const root = mkdtempSync(join(tmpdir(), "last-pocket-bench-"));
  for (const path of ["data", "charts", "src", "package.json", "package-lock.json"])
    cpSync(join(PROJECT_ROOT, path), join(root, path), { recursive: true });
  symlinkSync(join(PROJECT_ROOT, "node_modules"), join(root, "node_modules"), "dir");
  return root;
}

/** Runs the CLI in a new process; wall time, peak RSS and CPU time. */
function cli(root: string, ...args: string[]): Run {
  return node(root, join(root, "src/cli/bin.js"), ...args);
}

function editCasualties(root: string, n: number): void {
  const file = join(root, "data", "casualties.csv");
  const text = readFileSync(file, "utf8").replace(/^2019-03-23,exact,is,\d+,/m, `2019-03-23,exact,is,${1600 + n},`);
  writeFileSync(file, text);
}

async function previewLoop(root: string): Promise<{ toDisk: number[]; toPage: number[] }> {
  const out = join(root, "preview-out");
  cpSync(join(root, "output"), out, { recursive: true });
  const preview = await startPreview({ root, out, port: 0, log: () => {} });
  await preview.ready;
  let notified: (() => void) | undefined;
  await new Promise<void>((connected) => {
    request(new URL("/__events", preview.url), (response) => {
      response.on("data", (chunk: Buffer) => {
        if (chunk.toString().includes("data: reload")) notified?.();
      });
      connected();
    }).end();
  });
  const svg = join(out, "casualties", "casualties-fr-720-light.svg");
  const toDisk: number[] = [];
  const toPage: number[] = [];
  for (let edit = 1; edit <= defaults.edits; edit++) {
    const before = readFileSync(svg, "utf8");
    const page = new Promise<void>((done) => {
      notified = done;
    });
    const start = performance.now();
    editCasualties(root, edit);
    while (readFileSync(svg, "utf8") === before) await new Promise((tick) => setTimeout(tick, 1));
    toDisk.push(performance.now() - start);
    await page;
    toPage.push(performance.now() - start);
    // Saves come seconds apart: let the full build (PNGs, pages) finish first.
    await preview.idle();
  }
  await preview.close();
  return { toDisk, toPage };
}

function warmRenders(): Array<{ chart: string; medianMs: number; svgBytes: number; gzipBytes: number }> {
  const dataset = readDataset();
  return charts.map((chart) => {
    const times: number[] = [];
    let sizes = { raw: 0, gzip: 0 };
    for (let run = 0; run < defaults.warmRuns; run++) {
      for (const variant of variants()) {
        const start = performance.now();
        const svg = render(chart, dataset, variant);
        times.push(performance.now() - start);
        if (variant.locale === "fr" && variant.width === 720 && variant.theme === "light")
          sizes = { raw: Buffer.byteLength(svg), gzip: gzipSync(svg).length };
      }
    }
    return { chart: chart.id, medianMs: median(times.slice(variants().length)), svgBytes: sizes.raw, gzipBytes: sizes.gzip };
  });
}

function baseline(root: string): number {
  const out = mkdtempSync(join(tmpdir(), "last-pocket-baseline-"));
  const start = performance.now();
  let files = 0;
  for (const chart of charts) {
    for (const variant of variants()) {
      const file = join(out, svgPath(chart, variant).replace("/", "-"));
      const result = spawnSync(
        process.execPath,
        ["--import", "tsx", join(root, "src/bench/renderOne.ts"), chart.id, variant.locale, String(variant.width), variant.theme, file],
        { cwd: root, encoding: "utf8" },
      );
      if (result.status !== 0) throw new Error(result.stderr);
      files++;
    }
  }
  rmSync(out, { recursive: true, force: true });
  if (files !== charts.length * variants().length) throw new Error(`baseline rendered ${files} files`);
  return performance.now() - start;
}

async function main(): Promise<void> {
  const root = copyProject();
  try {
    // First, the very first run after `npm ci`: no compiled bundle, no code cache, no font subsets.
    for (const cache of ["cli", "v8", "fonts"])
      rmSync(join(root, "node_modules", ".cache", "last-pocket", cache), { recursive: true, force: true });
    const firstRun = cli(root, "build", "--force", "--out", join(root, "bench-first"));
    // Cold builds, alternating with the Vega-Lite peer's, then the floor of the PNG phase.
    const peer = comparePeer(root);
    const { svg: coldSvg, full: coldFull } = peer.ours;
    const fullOut = join(root, "output");
    cli(root, "build", "--force", "--out", fullOut);
    // The floor of the PNGs the compared build made (the peer's charts): a folder of its first round.
    const floor = pngFloor(root, join(root, "bench-full-0"));
    const allSvg = cli(root, "build", "--force", "--format", "svg", "--out", join(root, "bench-all-svg"));
    const noop = cli(root, "build", "--out", fullOut);
    editCasualties(root, 100);
    const oneChart = cli(root, "build", "--out", fullOut);
    const loop = await previewLoop(root);
    const warm = warmRenders();
    const baselineMs = baseline(root);
    // Last: it edits the copy's charts and src/.
    const edits = editLoops(root);
    const results = {
      machine: { cores: (await import("node:os")).cpus().length, node: process.version },
      firstRunAfterInstallSvgAndPng: firstRun,
      coldFullBuildSvgOnly: coldSvg,
      coldFullBuildSvgAndPng: coldFull,
      vegaLitePeer: peer,
      pngFloor: floor,
      noopRebuild: noop,
      oneChartAfterDataEdit: oneChart,
      previewSavedToSvgOnDisk: { medianMs: median(loop.toDisk), p95Ms: quantile(loop.toDisk, 0.95), edits: loop.toDisk.length },
      previewSavedToPageNotified: { medianMs: median(loop.toPage), p95Ms: quantile(loop.toPage, 0.95), edits: loop.toPage.length },
      warmRender: warm,
      // Every chart, one process per SVG, against one process for every chart's SVGs.
      baselineOneProcessPerFile: { ms: baselineMs, files: charts.length * variants().length, ratioVsColdSvgOnly: baselineMs / allSvg.ms },
      previewEditLoop: edits,
    };
    const r = (n: number) => Math.round(n).toLocaleString("en-US");
    const rows = [
      ["first run after install, SVG + PNG", `${r(firstRun.ms)} ms`, `${r(firstRun.rssMb)} MB`],
      [
        `cold build of the peer's ${PEER_CHARTS.length} charts, SVG only`,
        `${r(coldSvg.ms)} ms`,
        `${r(coldSvg.rssMb)} MB, CPU ${r(coldSvg.cpuMs)} ms`,
      ],
      ["  Vega-Lite peer, SVG only", `${r(peer.peer.svg.ms)} ms`, `${r(peer.peer.svg.rssMb)} MB, CPU ${r(peer.peer.svg.cpuMs)} ms`],
      ["  ours / peer, SVG only", `${peer.ratio.svg.ms.toFixed(2)}× the time`, `${peer.ratio.svg.rssMb.toFixed(2)}× the memory`],
      [
        `cold build of the peer's ${PEER_CHARTS.length} charts, SVG + PNG`,
        `${r(coldFull.ms)} ms`,
        `${r(coldFull.rssMb)} MB, CPU ${r(coldFull.cpuMs)} ms`,
      ],
      ["  Vega-Lite peer, SVG + PNG", `${r(peer.peer.full.ms)} ms`, `${r(peer.peer.full.rssMb)} MB, CPU ${r(peer.peer.full.cpuMs)} ms`],
      ["  ours / peer, SVG + PNG", `${peer.ratio.full.ms.toFixed(2)}× the time`, `${peer.ratio.full.rssMb.toFixed(2)}× the memory`],
      [
        "  PNG floor: resvg CPU / cores + start-up",
        `${r(floor.floorMs)} ms`,
        `${r(floor.total)} ms CPU for ${floor.pngs} PNGs (layout ${r(floor.layout)}, raster ${r(floor.rasterise)}, encode ${r(floor.encode)}) / ${floor.cores} + ${r(floor.nodeStartupMs)} ms; build ${(coldFull.ms / floor.floorMs).toFixed(2)}×`,
      ],
      ["no-op rebuild", `${r(noop.ms)} ms`, `${r(noop.rssMb)} MB`],
      ["one chart after its data changed", `${r(oneChart.ms)} ms`, `${r(oneChart.rssMb)} MB`],
      [
        "preview: saved → SVG on disk",
        `median ${r(median(loop.toDisk))} ms, p95 ${r(quantile(loop.toDisk, 0.95))} ms`,
        `${loop.toDisk.length} edits`,
      ],
      ["preview: saved → page notified", `median ${r(median(loop.toPage))} ms, p95 ${r(quantile(loop.toPage, 0.95))} ms`, ""],
      ...warm.map((w) => [
        `warm render, ${w.chart}`,
        `median ${w.medianMs.toFixed(1)} ms`,
        `${r(w.svgBytes)} B, ${r(w.gzipBytes)} B gzipped`,
      ]),
      [
        `baseline: one process per SVG (${charts.length * variants().length})`,
        `${r(baselineMs)} ms`,
        `${(baselineMs / allSvg.ms).toFixed(1)}× one SVG build of every chart (${r(allSvg.ms)} ms)`,
      ],
      ...editLoopRows(edits),
    ];
    const width = Math.max(...rows.map((row) => row[0].length));
    for (const [name, time, extra] of rows) process.stdout.write(`${name.padEnd(width)}  ${time.padEnd(32)}  ${extra}\n`);
    mkdirSync(join(PROJECT_ROOT, "test-results"), { recursive: true });
    writeFileSync(join(PROJECT_ROOT, "test-results", "bench.json"), `${JSON.stringify(results, null, 2)}\n`);
    process.stdout.write("written to test-results/bench.json\n");
  } finally {
    rmSync(root, { recursive: true, force: true });
  }
}

await main();
