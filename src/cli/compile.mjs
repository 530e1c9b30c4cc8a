// Ahead-of-time compilation for the `last-pocket` executable. The TypeScript
// sources are bundled by esbuild into node_modules/.cache/last-pocket/cli/,
// in a folder named after a hash of their content: an edited source gets a
// new bundle on the next run (about 0.2 s), so nobody ever runs stale code,
// and an unchanged tree starts without a TypeScript loader.
import { createHash } from "node:crypto";
import { existsSync, mkdirSync, readdirSync, readFileSync, renameSync, rmSync, statSync, writeFileSync } from "node:fs";
import { dirname, join, relative, sep } from "node:path";
import { pathToFileURL } from "node:url";
import { chartImportGuard } from "./chartImports.mjs";

const ROOT = dirname(dirname(import.meta.dirname));
const SOURCES = ["src", "charts", "data"];
const EXTERNAL = [
  "jsdom",
  "@resvg/resvg-js",
  "pdfkit",
  "svg-to-pdfkit",
  "esbuild",
  "subset-font",
  "tsx",
  "vitest",
  "pngjs",
  "pixelmatch",
  "opentype.js",
];

function sourceFiles(folder) {
  return readdirSync(join(ROOT, folder), { withFileTypes: true })
    .sort((a, b) => a.name.localeCompare(b.name))
    .flatMap((entry) => {
      const path = join(folder, entry.name);
      if (entry.isDirectory()) return sourceFiles(path);
      return /\.(ts|mjs|js)$/.test(entry.name) ? [path] : [];
    });
}

/**
 * The sources' bytes, read once: the bundle's name is their hash, and a new
 * bundle is compiled from these very bytes, so a bundle always holds the code
 * its name says, even when a file is saved while it compiles.
 */
function readSources() {
  // The lockfile pins what gets bundled; an installed package has none (npm never packs it), so its package.json stands in.
  const lock = existsSync(join(ROOT, "package-lock.json")) ? "package-lock.json" : "package.json";
  return new Map([...SOURCES.flatMap(sourceFiles), lock].map((path) => [path, readFileSync(join(ROOT, path))]));
}

function sourceHash(sources) {
  const hash = createHash("sha256");
  for (const [path, bytes] of sources) hash.update(`${path}\0`).update(bytes);
  return hash.digest("hex").slice(0, 16);
}

/** Serves the snapshot's bytes to esbuild instead of letting it read the files again. */
function fromSnapshot(sources) {
  return {
    name: "snapshot",
    setup(build) {
      build.onLoad({ filter: /\.(ts|mjs|js)$/ }, (args) => {
        const contents = sources.get(relative(ROOT, args.path).split(sep).join("/"));
        return contents === undefined ? undefined : { contents, loader: args.path.endsWith(".ts") ? "ts" : "js" };
      });
    },
  };
}

/** Older than an hour: long enough for any run that started with it to have loaded it. */
const isOld = (path) => Date.now() - statSync(path).mtimeMs > 3_600_000;

export const INTEGRITY = "sha256.json";

/** The SHA-256 of every file of a bundle, by name. */
export function bundleHashes(folder) {
  const hashes = {};
  for (const name of readdirSync(folder).sort())
    if (name !== INTEGRITY)
      hashes[name] = createHash("sha256")
        .update(readFileSync(join(folder, name)))
        .digest("hex");
  return hashes;
}

/** Whether a cached bundle is whole and unchanged since it was compiled; anything else is a miss. */
export function verifiedBundle(folder) {
  try {
    return JSON.stringify(bundleHashes(folder)) === readFileSync(join(folder, INTEGRITY), "utf8");
  } catch {
    return false;
  }
}

/**
 * The URL of the compiled CLI module, compiling it first when the sources
 * changed or the cached bundle is damaged, and the sources' bytes it was
 * compiled from (by path relative to the root): the build's keys are made of
 * these, so they describe the code that runs, not what is on disk later.
 */
export async function compiledCli() {
  const sources = readSources();
  const folder = join(ROOT, "node_modules", ".cache", "last-pocket", "cli", sourceHash(sources));
  const entry = join(folder, "cli.js");
  if (!verifiedBundle(folder)) {
    rmSync(folder, { recursive: true, force: true });
    const { build } = await import("esbuild");
    // Build beside the final folder, then rename: two runs compiling at once never see half a bundle.
    const staging = `${folder}.${process.pid}.tmp`;
    await build({
      entryPoints: [join(ROOT, "src", "cli", "cli.ts")],
      bundle: true,
      splitting: true,
      format: "esm",
      platform: "node",
      target: "node20",
      // d3 and Plot are bundled: hundreds of small ES modules load slower than one file.
      // jsdom reads files beside its own modules, and the rest load native code or WebAssembly.
      external: EXTERNAL,
      outdir: staging,
      // A .map beside each chunk, for stack traces that name src/… and charts/… (bin.js enables them with --verbose).
      // Mappings only: the sources are on disk beside the bundle's project, so their text need not be copied in.
      sourcemap: "linked",
      sourcesContent: false,
      logLevel: "warning",
      // A chart's module importing node:fs fails the compile with its file and line, as it does in the preview.
      plugins: [chartImportGuard(ROOT), fromSnapshot(sources)],
    });
    writeFileSync(join(staging, INTEGRITY), JSON.stringify(bundleHashes(staging)));
    mkdirSync(dirname(folder), { recursive: true });
    try {
      renameSync(staging, folder);
    } catch {
      rmSync(staging, { recursive: true, force: true }); // another run got there first
    }
    // Bundles of earlier sources are never run again. A run still using one
    // has loaded its modules already; its lazily imported chunks would not be.
    for (const old of readdirSync(dirname(folder)))
      if (/^[0-9a-f]{16}$/.test(old) && join(dirname(folder), old) !== folder && isOld(join(dirname(folder), old)))
        rmSync(join(dirname(folder), old), { recursive: true, force: true });
  }
  return { url: pathToFileURL(entry).href, sources };
}
