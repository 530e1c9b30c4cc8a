// Decides from content hashes, never mtimes (CI does not keep them), which
// charts need rendering. Cheap on purpose: it reads and hashes files but
// imports nothing heavy, so a build with nothing to do returns at once.

import { createHash } from "node:crypto";
import { type ChartFiles, SHARED_CODE } from "../../charts/registry.js";
import { readInputFile } from "./inputFile.js";
import { listFiles } from "./sourceFiles.js";

export interface BuildState {
  readonly version: typeof STATE_VERSION;
  /** Per chart: the hash of everything it is made of. */
  readonly keys: Readonly<Record<string, string>>;
  /** Per output file (relative to the output folder): its SHA-256 when last written. */
  readonly files: Readonly<Record<string, string>>;
  /** Per derived file (the PNGs): the hash of what it was made from (see build.ts). */
  readonly derived: Readonly<Record<string, string>>;
}

export const STATE_VERSION = 2;
export const EMPTY_STATE: BuildState = { version: STATE_VERSION, keys: {}, files: {}, derived: {} };

const isStringRecord = (value: unknown): value is Record<string, string> =>
  typeof value === "object" && value !== null && !Array.isArray(value) && Object.values(value).every((v) => typeof v === "string");

/** A state read from disk, checked: of another version or shape (null, {}, garbage) it is the empty state. */
export function coerceState(value: unknown): BuildState {
  const state = value as Partial<BuildState> | null;
  if (state?.version !== STATE_VERSION || !isStringRecord(state.keys) || !isStringRecord(state.files) || !isStringRecord(state.derived))
    return EMPTY_STATE;
  return state as BuildState;
}

/**
 * The bytes a source file had when the code that renders the charts was
 * loaded from it, or undefined for a file that code did not load (data,
 * notebook text), which is read from disk. A key must describe the code that
 * actually ran: a key read from disk after the code was loaded would record a
 * save the build never saw, and the next build would find nothing to do.
 */
export type LoadedSources = (path: string) => Uint8Array | undefined;

const fromDisk: LoadedSources = () => undefined;

/** The hash of `files` (paths of files, not folders), each read only when it is a regular file. */
function hashFiles(root: string, files: readonly string[], loaded: LoadedSources): string {
  const hash = createHash("sha256");
  for (const path of files)
    hash
      .update(`${path}\0`)
      .update(loaded(path) ?? readInputFile(root, path))
      .update("\0");
  return hash.digest("hex");
}

const filesUnder = (root: string, paths: readonly string[]) => paths.flatMap((path) => listFiles(root, path));

/**
 * The key of every chart: the files in its folder, its data and the shared
 * code. Files the running code was loaded from are hashed as they were then
 * (`loaded`); the others are read now, before the build reads them, so a
 * save during the build makes the key older than the output, never newer.
 */
export function chartKeys(root: string, charts: readonly ChartFiles[], loaded: LoadedSources = fromDisk): Record<string, string> {
  const shared = hashFiles(root, filesUnder(root, SHARED_CODE), loaded);
  // A chart's data are files: a folder in place of one is an error, not a folder of data.
  return Object.fromEntries(
    charts.map((chart) => [chart.id, hashFiles(root, [...listFiles(root, chart.folder), ...chart.data], loaded) + shared]),
  );
}

/** Files every chart contributes to: the manifest and the notebook pages. */
export const SHARED_OUTPUTS = ["manifest.json", "index.html", "index.en.html"];

/**
 * Charts whose key changed, or one of whose outputs is missing or was edited
 * by hand. A recorded shared output (manifest, pages) missing or edited makes
 * every chart stale: it is made from all of them.
 */
export function staleCharts(
  keys: Record<string, string>,
  state: Pick<BuildState, "keys" | "files">,
  readOutput: (path: string) => Buffer | undefined,
): string[] {
  const changed = ([path, hash]: [string, string]) => {
    const data = readOutput(path);
    return !data || createHash("sha256").update(data).digest("hex") !== hash;
  };
  const shared = SHARED_OUTPUTS.filter((path) => state.files[path] !== undefined);
  if (shared.some((path) => changed([path, state.files[path]]))) return Object.keys(keys);
  return Object.keys(keys).filter((id) => {
    if (state.keys[id] !== keys[id]) return true;
    const mine = Object.entries(state.files).filter(([path]) => path.startsWith(`${id}/`));
    return mine.length === 0 || mine.some(changed);
  });
}
