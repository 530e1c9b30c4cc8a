// The preview's request handler: serves files from the output folder to the
// page on this machine, and to nothing else.
// - Only GET and HEAD (405 otherwise): the preview changes nothing.
// - Only `Host: 127.0.0.1:PORT` or `localhost:PORT` (421 otherwise), so a web
//   page that rebinds its own name to 127.0.0.1 cannot read the answers.
// - Only files whose real path, links followed, is inside the output folder.
// - `/__events` and `/__state` only for this server's own pages or for no page
//   at all (403 when `Origin` names another site), so a web page elsewhere
//   cannot use up the `maxClients` slots.
// - At most `maxClients` pages listening for reloads at once (503 past it).
// - `nosniff` on every answer: a browser takes each file as the type it is served as.

import { lstat, readFile, realpath } from "node:fs/promises";
import type { IncomingMessage, ServerResponse } from "node:http";
import { extname, relative, sep } from "node:path";
import { escapeText } from "../render/serialize.js";
import { CONTENT_TYPES, resolveInside } from "./files.js";
import { RELOAD_SCRIPT } from "./reloadScript.js";

const defaults = {
  maxClients: 32,
};

/** Sent with every answer. */
const ALWAYS = { "x-content-type-options": "nosniff" };

export interface HandlerOptions {
  readonly out: string;
  /** The port the server listens on (known once it listens). */
  readonly port: () => number;
  /** Open event streams. */
  readonly clients: Set<ServerResponse>;
  /** The last build error, shown at the top of every page. */
  readonly error: () => string | undefined;
  readonly maxClients?: number;
}

/** Whether a Host header names this server on the loopback interface. */
export function isLocalHost(host: string | undefined, port: number): boolean {
  return host === `127.0.0.1:${port}` || host === `localhost:${port}`;
}

/** Whether an Origin header names a page this server served (browsers send one on every cross-origin fetch and EventSource). */
export function isOwnOrigin(origin: string, port: number): boolean {
  return origin === `http://127.0.0.1:${port}` || origin === `http://localhost:${port}`;
}

/** `file` with links resolved, if it is inside `root` (itself resolved); undefined otherwise or when missing. */
export async function realInside(root: string, file: string): Promise<string | undefined> {
  try {
    const [base, real] = await Promise.all([realpath(root), realpath(file)]);
    const inside = relative(base, real);
    return inside !== "" && !inside.startsWith(`..${sep}`) && inside !== ".." && !inside.startsWith(sep) ? real : undefined;
  } catch {
    return undefined;
  }
}

/** The page with the error banner and the reload script: built from parts, so no text in it is a replacement pattern. */
export function decoratePage(html: string, error: string | undefined): string {
  const banner = error
    ? `<pre role="alert" style="background:#b3261e;color:#fff;padding:1em;white-space:pre-wrap">${escapeText(error)}</pre>`
    : "";
  const open = html.indexOf("<body>");
  const withBanner = open < 0 ? html : `${html.slice(0, open + 6)}${banner}${html.slice(open + 6)}`;
  const close = withBanner.lastIndexOf("</body>");
  return close < 0 ? withBanner : `${withBanner.slice(0, close)}${RELOAD_SCRIPT}${withBanner.slice(close)}`;
}

export function previewHandler({ out, port, clients, error, maxClients = defaults.maxClients }: HandlerOptions) {
  const refuse = (response: ServerResponse, status: number, message: string, headers: Record<string, string> = {}) =>
    void response.writeHead(status, { ...ALWAYS, "content-type": "text/plain", ...headers }).end(message);
  return async (request: IncomingMessage, response: ServerResponse): Promise<void> => {
    if (request.method !== "GET" && request.method !== "HEAD") return refuse(response, 405, "Method Not Allowed", { allow: "GET, HEAD" });
    if (!isLocalHost(request.headers.host, port()))
      return refuse(response, 421, "Misdirected Request: this preview answers only on 127.0.0.1");
    const path = request.url ?? "/";
    const endpoint = path.split("?")[0];
    const { origin } = request.headers;
    if ((endpoint === "/__state" || endpoint === "/__events") && origin !== undefined && !isOwnOrigin(origin, port()))
      return refuse(response, 403, "Forbidden: another site's page");
    // The error the page should show now: a page loaded in the middle of a build may show an older one and miss
    // the build's last reload message while it reloads, so the reload script asks once its event stream is open.
    if (endpoint === "/__state")
      return void response
        .writeHead(200, { ...ALWAYS, "content-type": "application/json", "cache-control": "no-store" })
        .end(JSON.stringify({ error: error() ?? null }));
    if (endpoint === "/__events") {
      if (clients.size >= maxClients) return refuse(response, 503, "Too many open previews", { "retry-after": "5" });
      response.writeHead(200, { ...ALWAYS, "content-type": "text/event-stream", "cache-control": "no-store", connection: "keep-alive" });
      response.write(": connected\n\n");
      clients.add(response);
      request.on("close", () => clients.delete(response));
      return;
    }
    const named = resolveInside(out, path);
    if (!named) return refuse(response, 403, "Forbidden");
    const file = await realInside(out, named);
    // A link out of the folder is refused; a path that is simply not there is not found.
    if (!file) return (await lstat(named).catch(() => undefined)) ? refuse(response, 403, "Forbidden") : refuse(response, 404, "Not found");
    try {
      let body: Buffer | string = await readFile(file);
      const type = CONTENT_TYPES[extname(named)] ?? "application/octet-stream";
      if (extname(named) === ".html") body = decoratePage(body.toString(), error());
      response.writeHead(200, { ...ALWAYS, "content-type": type, "cache-control": "no-store" }).end(body);
    } catch {
      refuse(response, 404, "Not found");
    }
  };
}
