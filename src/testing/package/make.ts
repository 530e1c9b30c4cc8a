// Makes `last-pocket-testing`, the snapshot helper as its own package, in
// dist/last-pocket-testing/: the helper compiled by tsconfig.testing.json, a
// package.json whose dependencies are only the packages that compiled code
// names (found by reading it, so a new import cannot be forgotten), pinned to
// the versions our lockfile installs, and the helper's README. The chart
// tool's build-only dependencies (esbuild, pdfkit, harfbuzzjs, …) stay out.
// Run with `npm run pack:testing`; it prints the folder, which `npm pack` or
// `npm publish` take as is.

import { execFileSync } from "node:child_process";
import { copyFileSync, mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { createRequire } from "node:module";
import { basename, dirname, join, relative } from "node:path";
import { fileURLToPath } from "node:url";
import { FONT_FILES } from "../../render/text/font.js";

const defaults = {
  name: "last-pocket-testing",
  folder: "last-pocket-testing",
  /** Compiled folders the helper's code lives in (tsconfig.testing.json follows its imports into render/ and publish/). */
  compiled: ["testing", "render", "publish"],
  /**
   * The review PNGs are drawn with the few Source Sans 3 files the build uses:
   * shipped in fonts/ with their licence (SIL OFL 1.1 allows it), instead of
   * the 20 MB source-sans package (src/publish/png.ts finds them there).
   */
  fontPackage: "source-sans",
  description:
    "File snapshots of SVG and HTML charts for vitest: normalised, byte for byte, with before, after and diff PNGs on a mismatch.",
};

interface Manifest {
  version: string;
  engines?: Record<string, string>;
  dependencies: Record<string, string>;
  peerDependencies?: Record<string, string>;
  peerDependenciesMeta?: Record<string, unknown>;
  license?: string;
  repository?: unknown;
}

/** Every file under `folder`, as paths relative to it, sorted. */
function filesUnder(folder: string): string[] {
  return readdirSync(folder, { recursive: true, withFileTypes: true })
    .filter((entry) => entry.isFile())
    .map((entry) => relative(folder, join(entry.parentPath, entry.name)))
    .sort();
}

/** The root's dependencies that the compiled code names, as `"name"` or `"name/…"`, at the versions our lockfile installed. */
export function runtimeDependencies(code: string, manifest: Manifest, lock: { packages: Record<string, { version?: string }> }) {
  const used = Object.keys(manifest.dependencies).filter((name) => code.includes(`"${name}"`) || code.includes(`"${name}/`));
  return Object.fromEntries(
    used.sort().map((name) => [name, lock.packages[`node_modules/${name}`]?.version ?? manifest.dependencies[name]]),
  );
}

export function makeTestingPackage(root: string): string {
  execFileSync(process.execPath, [join(root, "node_modules", "typescript", "bin", "tsc"), "-p", join(root, "tsconfig.testing.json")], {
    stdio: "inherit",
  });
  const manifest = JSON.parse(readFileSync(join(root, "package.json"), "utf8")) as Manifest;
  const lock = JSON.parse(readFileSync(join(root, "package-lock.json"), "utf8"));
  const out = join(root, "dist", defaults.folder);
  rmSync(out, { recursive: true, force: true });
  let code = "";
  for (const folder of defaults.compiled)
    for (const file of filesUnder(join(root, "dist", folder))) {
      const target = join(out, folder, file);
      mkdirSync(dirname(target), { recursive: true });
      copyFileSync(join(root, "dist", folder, file), target);
      if (file.endsWith(".js")) code += readFileSync(target, "utf8");
    }
  const require = createRequire(import.meta.url);
  mkdirSync(join(out, "fonts"));
  for (const file of Object.values(FONT_FILES)) copyFileSync(require.resolve(file), join(out, "fonts", basename(file)));
  copyFileSync(require.resolve(`${defaults.fontPackage}/LICENSE.md`), join(out, "fonts", "LICENSE.md"));
  const readme = readFileSync(join(root, "src", "testing", "package", "README.md"), "utf8");
  writeFileSync(join(out, "README.md"), readme);
  const pkg = {
    name: defaults.name,
    version: manifest.version,
    description: defaults.description,
    type: "module",
    engines: manifest.engines,
    exports: {
      ".": { types: "./testing/snapshot.d.ts", default: "./testing/snapshot.js" },
      "./package.json": "./package.json",
    },
    files: [...defaults.compiled.map((folder) => `${folder}/`), "fonts/", "README.md"],
    dependencies: Object.fromEntries(
      Object.entries(runtimeDependencies(code, manifest, lock)).filter(([name]) => name !== defaults.fontPackage),
    ),
    peerDependencies: manifest.peerDependencies,
    peerDependenciesMeta: manifest.peerDependenciesMeta,
    ...(manifest.license ? { license: manifest.license } : {}),
  };
  writeFileSync(join(out, "package.json"), `${JSON.stringify(pkg, null, 2)}\n`);
  return out;
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const root = join(dirname(fileURLToPath(import.meta.url)), "..", "..", "..");
  console.log(makeTestingPackage(root));
}
