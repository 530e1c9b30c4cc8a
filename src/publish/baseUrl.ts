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
  // The base is written into every snippet and the manifest, which are published: credentials in it would be too.
  // The message names the URL without them, so the password is not printed either.
  if (url.username || url.password) {
    url.username = "";
    url.password = "";
    throw new Error(`--base-url must not carry a user name or password (got "${url.href}")`);
  }
  if (url.search || url.hash) throw new Error(`--base-url must not carry a query or a fragment (got "${value}")`);
  return url.href.endsWith("/") ? url.href : `${url.href}/`;
}
