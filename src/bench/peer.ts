// Our cold builds against the Vega-Lite peer (vegaPeer.mjs), measured in the
// same run as whole processes, alternating ours and the peer's so that both
// see the same machine, and the physical floor of the PNG phase.

import { spawnSync } from "node:child_process";
import { availableParallelism } from "node:os";
import { join } from "node:path";
import { PROJECT_ROOT } from "../cli/root.js";
import { fontOptions } from "../publish/png.js";

const defaults = { runs: 5, startupRuns: 5 };

export interface Run {
  readonly ms: number;
  readonly rssMb: number;
  /** CPU time of every thread, user + system. */
  readonly cpuMs: number;
}

const median = (values: readonly number[]) => [...values].sort((a, b) => a - b)[Math.floor((values.length - 1) / 2)];

/** Runs a Node script in a new process; wall time, peak RSS and CPU time. */
export function node(cwd: string, ...args: string[]): Run {
  const start = performance.now();
  const result = spawnSync(process.execPath, ["--import", join(PROJECT_ROOT, "src/bench/rss.mjs"), ...args], { cwd, encoding: "utf8" });
  const ms = performance.now() - start;
  if (result.status !== 0) throw new Error(`${args.join(" ")} failed: ${result.stderr}`);
  const rss = Number(/bench-max-rss-kb=(\d+)/.exec(result.stderr)?.[1] ?? 0);
  const cpu = Number(/bench-cpu-us=(\d+)/.exec(result.stderr)?.[1] ?? 0);
  return { ms, rssMb: rss / 1024, cpuMs: cpu / 1000 };
}

/** The median of each measure over the runs (each measure on its own). */
export function medianRun(runs: readonly Run[]): Run & { readonly runs: readonly Run[] } {
  return { ms: median(runs.map((r) => r.ms)), rssMb: median(runs.map((r) => r.rssMb)), cpuMs: median(runs.map((r) => r.cpuMs)), runs };
}

export interface PeerComparison {
  readonly runs: number;
  readonly ours: { readonly full: Run; readonly svg: Run };
  readonly peer: { readonly full: Run; readonly svg: Run };
  /** Ours divided by the peer's: below 1 is ahead. */
  readonly ratio: { readonly full: { ms: number; rssMb: number }; readonly svg: { ms: number; rssMb: number } };
}

/**
 * Cold builds into empty folders, ours and the peer's in turn, SVG + PNG and
 * SVG only; who goes first alternates from one round to the next.
 */
/** The charts the peer writes in Vega-Lite: ours are built alone for the comparison (the map has no Vega-Lite twin). */
export const PEER_CHARTS = ["territory", "casualties", "timeline"];

export function comparePeer(root: string, runs = defaults.runs): PeerComparison {
  const cli = join(root, "src/cli/bin.js");
  const peer = join(PROJECT_ROOT, "src/bench/vegaPeer.mjs");
  const measured = { oursFull: [] as Run[], peerFull: [] as Run[], oursSvg: [] as Run[], peerSvg: [] as Run[] };
  for (let round = 0; round < runs; round++) {
    const out = (name: string) => join(root, `bench-${name}-${round}`);
    const ours = [
      () => measured.oursFull.push(node(root, cli, "build", "--force", "--out", out("full"), ...PEER_CHARTS)),
      () => measured.oursSvg.push(node(root, cli, "build", "--force", "--format", "svg", "--out", out("svg"), ...PEER_CHARTS)),
    ];
    const theirs = [
      () => measured.peerFull.push(node(root, peer, root, out("peer-full"))),
      () => measured.peerSvg.push(node(root, peer, root, out("peer-svg"), "svg")),
    ];
    const order = round % 2 === 0 ? [ours[0], theirs[0], ours[1], theirs[1]] : [theirs[0], ours[0], theirs[1], ours[1]];
    for (const run of order) run();
  }
  const ours = { full: medianRun(measured.oursFull), svg: medianRun(measured.oursSvg) };
  const theirs = { full: medianRun(measured.peerFull), svg: medianRun(measured.peerSvg) };
  const ratio = (a: Run, b: Run) => ({ ms: a.ms / b.ms, rssMb: a.rssMb / b.rssMb });
  return { runs, ours, peer: theirs, ratio: { full: ratio(ours.full, theirs.full), svg: ratio(ours.svg, theirs.svg) } };
}

export interface PngFloor {
  readonly pngs: number;
  /** CPU time in resvg, one thread, by step. */
  readonly layout: number;
  readonly rasterise: number;
  readonly encode: number;
  readonly total: number;
  readonly cores: number;
  /** Median wall time of `node -e 0`. */
  readonly nodeStartupMs: number;
  /** resvg's CPU time over the cores, plus Node's start-up: no build of these PNGs can be faster. */
  readonly floorMs: number;
}

/** The PNG phase's floor on this machine, from the SVGs of a finished build. */
export function pngFloor(root: string, folder: string): PngFloor {
  const cacheDir = join(PROJECT_ROOT, "node_modules", ".cache", "last-pocket", "fonts");
  const script = join(PROJECT_ROOT, "src/bench/resvgFloor.mjs");
  const result = spawnSync(process.execPath, [script, folder, cacheDir, JSON.stringify(fontOptions)], { cwd: root, encoding: "utf8" });
  if (result.status !== 0) throw new Error(`resvgFloor failed: ${result.stderr}`);
  const cpu = JSON.parse(result.stdout) as Pick<PngFloor, "pngs" | "layout" | "rasterise" | "encode" | "total">;
  const startups = Array.from({ length: defaults.startupRuns }, () => {
    const start = performance.now();
    spawnSync(process.execPath, ["-e", "0"]);
    return performance.now() - start;
  });
  const cores = availableParallelism();
  const nodeStartupMs = median(startups);
  return { ...cpu, cores, nodeStartupMs, floorMs: cpu.total / cores + nodeStartupMs };
}
