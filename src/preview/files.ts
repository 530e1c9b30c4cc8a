// Maps a request path to a file inside the served folder, or refuses it.
// Decodes first, then checks, so encoded traversal (%2e%2e, %2f) is caught too.

import { isAbsolute, relative, resolve, sep } from "node:path";

/** The absolute file for `urlPath` inside `root`, or undefined when the path leaves it or is malformed. */
export function resolveInside(root: string, urlPath: string): string | undefined {
  let decoded: string;
  try {
    decoded = decodeURIComponent(urlPath.split("?")[0].split("#")[0]);
  } catch {
    return undefined;
  }
  if (decoded.includes("\0") || decoded.includes("\\")) return undefined;
  if (decoded.split("/").some((segment) => segment === "..")) return undefined;
  const file = resolve(root, `.${decoded.endsWith("/") ? `${decoded}index.html` : decoded}`);
  const inside = relative(root, file);
  if (inside === "" || inside.startsWith("..") || isAbsolute(inside) || inside.split(sep).includes("..")) return undefined;
  return file;
}

export const CONTENT_TYPES: Record<string, string> = {
  ".html": "text/html; charset=utf-8",
  ".svg": "image/svg+xml",
  ".png": "image/png",
  ".pdf": "application/pdf",
  ".json": "application/json; charset=utf-8",
};
