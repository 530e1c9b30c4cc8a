// Bench rows for the designer's edit loop in the live preview: a chart's
// strings or module saved → the previewed variant's SVG on disk and the page
// notified; a library (src/) edit → SVG; and the preview's memory after many
// chart edits. It runs in a process of its own, so the memory measured is
// the preview's alone (server and workers), on a copy of the project given
// as its argument; the preview is loaded from that copy, so the same script
// measures an older version of the code too.
//
// Usage: tsx src/bench/editLoop.ts <project copy> [edits] [memory edits]

import { spawnSync } from "node:child_process";
import { cpSync, readFileSync, writeFileSync } from "node:fs";
import { request } from "node:http";
import { join } from "node:path";
import { fileURLToPath, pathToFileURL } from "node:url";

export const defaults = { edits: 20, memoryEdits: 200, timeoutMs: 60_000 };

export interface Timing {
  readonly medianMs: number;
  readonly p95Ms: number;
  readonly edits: number;
}

export interface EditLoopResults {
  readonly stringsToSvg: Timing;
  readonly stringsToPage: Timing;
  readonly moduleToSvg: Timing;
  readonly moduleToPage: Timing;
  readonly libraryToSvg: Timing;
  readonly libraryToPage: Timing;
  readonly memory: {
    readonly afterFirstMb: number;
    readonly afterLastMb: number;
    readonly maxMb: number;
    readonly edits: number;
    readonly ratio: number;
    /** Workers started and replaced in the background over the whole run, when the preview reports them. */
    readonly workersStarted?: number;
    readonly workersRecycled?: number;
  };
}

function quantile(values: readonly number[], q: number): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.ceil(q * sorted.length) - 1)];
}

const timing = (values: readonly number[]): Timing => ({
  medianMs: quantile(values, 0.5),
  p95Ms: quantile(values, 0.95),
  edits: values.length,
});

/** Rewrites one file with `change(text, n)`, where n numbers the edit, so every edit gives new code. */
function editor(root: string, path: string, change: (text: string, n: number) => string): (n: number) => void {
  const file = join(root, path);
  const original = readFileSync(file, "utf8");
  return (n) => {
    const next = change(original, n);
    if (next === original) throw new Error(`bench edit of ${path} changed nothing: update src/bench/editLoop.ts`);
    writeFileSync(file, next);
  };
}

const sleep = (ms: number) => new Promise((tick) => setTimeout(tick, ms));

interface PreviewLike {
  readonly url: string;
  readonly ready: Promise<void>;
  idle(): Promise<void>;
  close(): Promise<void>;
  readonly workers?: { settled(): Promise<void>; started: number; recycled: number };
}

async function run(root: string, edits: number, memoryEdits: number): Promise<EditLoopResults> {
  const out = join(root, "preview-edits-out");
  cpSync(join(root, "output"), out, { recursive: true });
  const { startPreview } = (await import(pathToFileURL(join(root, "src", "preview", "server.ts")).href)) as {
    startPreview(options: { root: string; out: string; port: number; log: (line: string) => void }): Promise<PreviewLike>;
  };
  const preview = await startPreview({ root, out, port: 0, log: () => {} });
  await preview.ready;
  // Between saves, a designer reads the page: the full build finishes and the spare worker is ready.
  // Then a pause, so the last build's reload message reaches us before the next save is timed.
  const settle = async () => {
    await preview.idle();
    await (preview.workers ? preview.workers.settled() : sleep(1500));
    await preview.idle();
    await sleep(100);
  };
  await settle();
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
  /** One save: time until the SVG changed on disk, and until the page heard of it. */
  const save = async (edit: () => void): Promise<{ disk: number; page: number }> => {
    const before = readFileSync(svg, "utf8");
    const page = new Promise<number>((done) => {
      notified = () => {
        notified = undefined;
        done(performance.now());
      };
    });
    const start = performance.now();
    edit();
    while (readFileSync(svg, "utf8") === before) {
      if (performance.now() - start > defaults.timeoutMs) throw new Error("the previewed SVG did not change after an edit");
      await sleep(1);
    }
    const disk = performance.now() - start;
    return { disk, page: (await page) - start };
  };
  const loop = async (edit: (n: number) => void, offset: number) => {
    const disk: number[] = [];
    const page: number[] = [];
    for (let n = 1; n <= edits; n++) {
      const times = await save(() => edit(offset + n));
      disk.push(times.disk);
      page.push(times.page);
      await settle();
    }
    return { disk, page };
  };

  const strings = editor(root, "charts/casualties/casualties.strings.ts", (text, n) =>
    text.replace(/(title: "Six mois de combats pour le dernier réduit)/, `$1 ${n}`),
  );
  const module = editor(root, "charts/casualties/casualties.ts", (text, n) =>
    text.replace(/height: \{ narrow: 300, wide: 340 \}/, `height: { narrow: 300, wide: ${340 + n} }`),
  );
  const library = editor(root, "src/render/theme.ts", (text, n) =>
    text.replace('grid: "#e3e3e3"', `grid: "#e3e3${(n % 200).toString(16).padStart(2, "0")}"`),
  );
  const byStrings = await loop(strings, 0);
  const byModule = await loop(module, 0);
  const byLibrary = await loop(library, 0);

  // Memory: chart edits alternate between the strings and the module, every one new code.
  const rss = () => process.memoryUsage.rss() / 2 ** 20;
  const samples: number[] = [];
  for (let n = 1; n <= memoryEdits; n++) {
    await save(() => (n % 2 ? strings(1000 + n) : module(n)));
    await preview.idle();
    await sleep(20);
    if (n === 1 || n === memoryEdits) await settle();
    samples.push(rss());
  }
  const workers = preview.workers ? { workersStarted: preview.workers.started, workersRecycled: preview.workers.recycled } : {};
  await preview.close();
  const [afterFirstMb, afterLastMb] = [samples[0], samples[samples.length - 1]];
  return {
    stringsToSvg: timing(byStrings.disk),
    stringsToPage: timing(byStrings.page),
    moduleToSvg: timing(byModule.disk),
    moduleToPage: timing(byModule.page),
    libraryToSvg: timing(byLibrary.disk),
    libraryToPage: timing(byLibrary.page),
    memory: {
      afterFirstMb,
      afterLastMb,
      maxMb: Math.max(...samples),
      edits: memoryEdits,
      ratio: afterLastMb / afterFirstMb,
      ...workers,
    },
  };
}

/** Runs the edit loops in a new process on `root` (a disposable copy of the project: its files get edited). */
export function editLoops(root: string, edits = defaults.edits, memoryEdits = defaults.memoryEdits): EditLoopResults {
  const script = fileURLToPath(import.meta.url);
  const result = spawnSync(process.execPath, ["--import", "tsx", script, root, String(edits), String(memoryEdits)], {
    cwd: root,
    encoding: "utf8",
    maxBuffer: 64 * 2 ** 20,
  });
  if (result.status !== 0) throw new Error(`edit loop failed: ${result.stderr}`);
  const line = result.stdout.trim().split("\n").pop() ?? "";
  return JSON.parse(line) as EditLoopResults;
}

/** The rows this file adds to the bench table. */
export function editLoopRows(results: EditLoopResults): string[][] {
  const r = (n: number) => Math.round(n).toLocaleString("en-US");
  const row = (name: string, t: Timing, goal: string) => [
    name,
    `median ${r(t.medianMs)} ms, p95 ${r(t.p95Ms)} ms`,
    `${t.edits} edits; ${goal}`,
  ];
  const { memory } = results;
  return [
    row("preview: chart strings saved → SVG", results.stringsToSvg, "goal ≤ 150 / 250 ms"),
    row("preview: chart strings saved → page notified", results.stringsToPage, "goal median ≤ 200 ms"),
    row("preview: chart module saved → SVG", results.moduleToSvg, "goal ≤ 150 / 250 ms"),
    row("preview: chart module saved → page notified", results.moduleToPage, "goal median ≤ 200 ms"),
    row("preview: src/ saved → SVG", results.libraryToSvg, "goal median ≤ 400 ms"),
    row("preview: src/ saved → page notified", results.libraryToPage, ""),
    [
      `preview: memory after ${memory.edits} chart edits`,
      `${r(memory.afterLastMb)} MB RSS (${memory.ratio.toFixed(2)}× the ${r(memory.afterFirstMb)} MB after the first)`,
      `max ${r(memory.maxMb)} MB; goal ≤ 1.5×${memory.workersRecycled === undefined ? "" : `; ${memory.workersRecycled} background replacements`}`,
    ],
  ];
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const [root, edits, memoryEdits] = process.argv.slice(2);
  const results = await run(root, Number(edits ?? defaults.edits), Number(memoryEdits ?? defaults.memoryEdits));
  process.stdout.write(`${JSON.stringify(results)}\n`);
  process.exit(0);
}
