// The --base-url option: the absolute address the output folder is served
// from. Its own small module, so the CLI can check it without loading the renderer.

/** A base URL as the build takes it: http or https, ending with a slash; undefined when not given. */
export function coerceBaseUrl(value: string | undefined): string | undefined {
  if (value === undefined) return undefined;
  let url: URL;
  try {
    url = new URL(value);
  } catch {
    throw new Error(`--base-url must be an absolute http or https URL (got "${value}")`);
  }
  if (url.protocol !== "http:" && url.protocol !== "https:")
    throw new Error(`--base-url must be an absolute http or https URL (got "${value}")`);
  if (url.search || url.hash) throw new Error(`--base-url must not carry a query or a fragment (got "${value}")`);
  return url.href.endsWith("/") ? url.href : `${url.href}/`;
}
