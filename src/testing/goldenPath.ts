// Where a golden file is and what its review files are called, decided once
// for the vitest helper and for the framework-free check.

import { createHash } from "node:crypto";
import { basename, dirname, extname, isAbsolute, join, relative, resolve, sep } from "node:path";

export interface Golden {
  /** The golden file, absolute. */
  readonly path: string;
  /** Its extension, `.svg` or `.html`. */
  readonly extension: string;
  /** Its name without the extension: the default id prefix and label. */
  readonly name: string;
  /** The new version a mismatch leaves beside it. */
  readonly changed: string;
  /** The review PNGs' key: the golden's path under `root`, without its extension, so two `chart.svg` never collide. */
  readonly key: string;
}

const EXTENSIONS = [".svg", ".html"];

export interface GoldenOptions {
  /** The folder a relative path is relative to: the test file's. */
  readonly base?: string;
  /** The extension the chart's root calls for, when known. */
  readonly wanted?: string;
  /** The root's element name, for the message when the extension is wrong. */
  readonly rootName?: string;
  /** The project the review keys are relative to (default: the working folder, vitest's root). */
  readonly root?: string;
  /** Names the chart in messages. */
  readonly label?: string;
}

/**
 * Resolves `golden` as vitest's `toMatchFileSnapshot` does: a relative path is
 * relative to the test file's folder (`base`), never to the working folder.
 * A path with no extension gets the one the chart's root calls for (`wanted`);
 * a path with one must give that one.
 */
export function resolveGolden(golden: string, options: GoldenOptions = {}): Golden {
  const { base, wanted, rootName, root = process.cwd() } = options;
  if (!isAbsolute(golden) && base === undefined)
    throw new TypeError(
      `${options.label ?? golden}: the golden path ${golden} is relative, and there is no test file to resolve it from: give an absolute path`,
    );
  const given = extname(golden);
  const known = EXTENSIONS.includes(given);
  const stem = resolve(base ?? "", known ? golden.slice(0, -given.length) : golden);
  const extension = known ? given : (wanted ?? ".svg");
  const name = basename(stem);
  if (wanted !== undefined && extension !== wanted)
    throw new TypeError(
      `${options.label ?? name}: a <${rootName ?? (wanted === ".html" ? "figure" : "svg")}> root is snapshotted as ${wanted === ".html" ? "HTML" : "SVG"}: name its golden file ${name}${wanted}, or give no extension`,
    );
  return {
    path: stem + extension,
    extension,
    name,
    changed: join(dirname(stem), `${name}-changed${extension}`),
    key: reviewKey(stem, root),
  };
}

/** The review key of a golden file (given without its extension): its path under `root`, or a hashed name outside it. */
export function reviewKey(stem: string, root: string): string {
  const inside = relative(root, stem);
  if (inside !== "" && !inside.startsWith("..") && !isAbsolute(inside)) return inside.split(sep).join("/");
  const hash = createHash("sha256").update(stem).digest("hex").slice(0, 8);
  return `outside/${basename(stem)}-${hash}`;
}
