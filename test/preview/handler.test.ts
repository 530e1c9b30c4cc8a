// The preview handler's checks, one by one: the Host header, the real path of
// a file (links followed), and the page it serves (error banner, reload script).

import { mkdirSync, mkdtempSync, realpathSync, rmSync, symlinkSync, writeFileSync } from "node:fs";
import type { IncomingMessage, ServerResponse } from "node:http";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, expect, test } from "vitest";
import { decoratePage, isLocalHost, isOwnOrigin, previewHandler, realInside } from "../../src/preview/handler.js";
import { RELOAD_SCRIPT } from "../../src/preview/reloadScript.js";

let folder: string;
let out: string;

beforeAll(() => {
  folder = realpathSync(mkdtempSync(join(tmpdir(), "last-pocket-handler-")));
  out = join(folder, "output");
  mkdirSync(join(out, "chart"), { recursive: true });
  mkdirSync(join(folder, "output-other"));
  writeFileSync(join(out, "chart", "a.svg"), "<svg/>");
  writeFileSync(join(out, "index.html"), "<body><p>notebook</p></body>");
  writeFileSync(join(out, "notes.json"), '{"html": "<body></body>"}');
  writeFileSync(join(folder, "output-other", "b.svg"), "<svg/>");
  writeFileSync(join(folder, "secret.txt"), "secret");
  symlinkSync(join(out, "chart", "a.svg"), join(out, "alias.svg"));
  symlinkSync(join(folder, "secret.txt"), join(out, "secret.txt"));
  symlinkSync(join(folder, "output-other"), join(out, "other"));
  symlinkSync(folder, join(out, "up"));
});
afterAll(() => rmSync(folder, { recursive: true, force: true }));

test("isLocalHost() takes 127.0.0.1:PORT and localhost:PORT only", () => {
  expect(isLocalHost("127.0.0.1:4321", 4321)).toBe(true);
  expect(isLocalHost("localhost:4321", 4321)).toBe(true);
  for (const host of [undefined, "", "127.0.0.1", "localhost", "127.0.0.1:4322", "localhost:43210", "[::1]:4321", "example.org:4321"])
    expect(isLocalHost(host, 4321), `Host: ${host}`).toBe(false);
});

test("realInside() gives the real path of a file in the folder, links inside it followed", async () => {
  expect(await realInside(out, join(out, "chart", "a.svg"))).toBe(join(out, "chart", "a.svg"));
  expect(await realInside(out, join(out, "alias.svg")), "alias.svg, a link to chart/a.svg").toBe(join(out, "chart", "a.svg"));
  expect(await realInside(out, join(out, "chart")), "the folder chart/").toBe(join(out, "chart"));
});

test("realInside() refuses the folder itself, links out of it, a sibling folder sharing its prefix, and missing files", async () => {
  const refused = {
    "the output folder itself": out,
    "secret.txt, a link to a file outside": join(out, "secret.txt"),
    "up/secret.txt, through a link to the parent": join(out, "up", "secret.txt"),
    "up, a link to the parent": join(out, "up"),
    "other/b.svg, through a link to output-other/": join(out, "other", "b.svg"),
    "output-other/b.svg": join(folder, "output-other", "b.svg"),
    "a missing file": join(out, "missing.svg"),
  };
  for (const [what, file] of Object.entries(refused)) expect(await realInside(out, file), what).toBeUndefined();
});

test("decoratePage() without an error adds only the reload script, just before </body>", () => {
  expect(decoratePage("<html><body><p>x</p></body></html>", undefined)).toBe(`<html><body><p>x</p>${RELOAD_SCRIPT}</body></html>`);
});

test("decoratePage() puts the escaped error first in <body> and the reload script before the last </body>", () => {
  const page = decoratePage("<html><body><p>a</p></body><!-- </body> --></html>", "data/x.csv, line 2: <b> & more");
  expect(page).toBe(
    `<html><body><pre role="alert" style="background:#b3261e;color:#fff;padding:1em;white-space:pre-wrap">data/x.csv, line 2: &lt;b&gt; &amp; more</pre><p>a</p></body><!-- ${RELOAD_SCRIPT}</body> --></html>`,
  );
});

test("decoratePage() leaves a page without <body> or </body> as it is", () => {
  expect(decoratePage("<p>fragment</p>", "an error")).toBe("<p>fragment</p>");
  expect(decoratePage("<body><p>open", undefined), "no </body>: no script").toBe("<body><p>open");
});

test("decoratePage() finds <body> and </body> at the very start of the page too", () => {
  expect(decoratePage("<body>x", "oops")).toContain('<body><pre role="alert"');
  expect(decoratePage("</body>", undefined)).toBe(`${RELOAD_SCRIPT}</body>`);
});

/** What a handler answered to one request, without a server. */
async function answer(
  request: Partial<IncomingMessage>,
  error: () => string | undefined = () => undefined,
): Promise<{ status: number; headers: Record<string, string>; body: string }> {
  const reply = { status: 0, headers: {}, body: "" };
  const response = {
    writeHead(status: number, headers: Record<string, string>) {
      Object.assign(reply, { status, headers });
      return response;
    },
    end(body: Buffer | string) {
      reply.body = String(body);
    },
  };
  const handle = previewHandler({ out, port: () => 4321, clients: new Set(), error });
  await handle(request as IncomingMessage, response as unknown as ServerResponse);
  return reply;
}

test("previewHandler() serves index.html for a request without a URL, and other files without the reload script", async () => {
  const host = { host: "127.0.0.1:4321" };
  const page = await answer({ method: "GET", headers: host });
  expect([page.status, page.headers["content-type"]], "a GET without a URL").toEqual([200, "text/html; charset=utf-8"]);
  expect(page.body, "index.html lacks the reload script").toBe(`<body><p>notebook</p>${RELOAD_SCRIPT}</body>`);
  const json = await answer({ method: "GET", headers: host, url: "/notes.json" });
  expect(json.body, "notes.json, which holds </body>, was changed").toBe('{"html": "<body></body>"}');
  const missing = await answer({ method: "GET", headers: host, url: "/missing.svg" });
  expect([missing.status, missing.body], "/missing.svg").toEqual([404, "Not found"]);
  expect((await answer({ method: "DELETE", headers: host, url: "/" })).status, "DELETE /").toBe(405);
});

test("previewHandler() answers /__state with the error the page should show now, or null", async () => {
  const host = { host: "127.0.0.1:4321" };
  const none = await answer({ method: "GET", headers: host, url: "/__state" });
  expect([none.status, none.headers["content-type"], none.headers["cache-control"], JSON.parse(none.body)]).toEqual([
    200,
    "application/json",
    "no-store",
    { error: null },
  ]);
  const failing = await answer({ method: "GET", headers: host, url: "/__state?t=1" }, () => "data/events.csv, line 3: <bad>");
  expect(JSON.parse(failing.body), "/__state during a data error").toEqual({ error: "data/events.csv, line 3: <bad>" });
  const elsewhere = await answer({ method: "GET", headers: { host: "evil.example:4321" }, url: "/__state" }, () => "secret");
  expect(elsewhere.status, "/__state for another Host").toBe(421);
});

test("previewHandler() refuses /__events and /__state with 403 when Origin is another site, and takes its own origin", async () => {
  const host = { host: "127.0.0.1:4321" };
  for (const url of ["/__events", "/__state"]) {
    for (const origin of ["https://evil.example", "http://127.0.0.1:4322", "null", "http://localhost:4321.evil.example"]) {
      const refused = await answer({ method: "GET", headers: { ...host, origin }, url });
      expect([refused.status, refused.body], `${url} from Origin: ${origin}`).toEqual([403, "Forbidden: another site's page"]);
    }
  }
  for (const origin of ["http://127.0.0.1:4321", "http://localhost:4321"]) {
    const own = await answer({ method: "GET", headers: { ...host, origin }, url: "/__state" });
    expect(own.status, `/__state from Origin: ${origin}`).toBe(200);
  }
  expect((await answer({ method: "GET", headers: host, url: "/__state" })).status, "/__state without Origin").toBe(200);
});

test("isOwnOrigin() takes http://127.0.0.1:PORT and http://localhost:PORT only", () => {
  expect(isOwnOrigin("http://127.0.0.1:4321", 4321)).toBe(true);
  expect(isOwnOrigin("http://localhost:4321", 4321)).toBe(true);
  for (const origin of ["", "null", "https://127.0.0.1:4321", "http://127.0.0.1", "http://localhost:43210", "http://[::1]:4321"])
    expect(isOwnOrigin(origin, 4321), `Origin: ${origin}`).toBe(false);
});

test("previewHandler() serves a PDF as application/pdf and sends nosniff on every answer", async () => {
  writeFileSync(join(out, "chart", "a.pdf"), "%PDF-1.7");
  const host = { host: "127.0.0.1:4321" };
  const pdf = await answer({ method: "GET", headers: host, url: "/chart/a.pdf" });
  expect([pdf.status, pdf.headers["content-type"]], "/chart/a.pdf").toEqual([200, "application/pdf"]);
  const answers = {
    "a file": pdf,
    "/__state": await answer({ method: "GET", headers: host, url: "/__state" }),
    "a missing file": await answer({ method: "GET", headers: host, url: "/missing.svg" }),
    "a link out of the folder": await answer({ method: "GET", headers: host, url: "/secret.txt" }),
    "a traversal": await answer({ method: "GET", headers: host, url: "/%2e%2e/secret.txt" }),
    "a POST": await answer({ method: "POST", headers: host, url: "/" }),
    "another Host": await answer({ method: "GET", headers: { host: "evil.example:4321" }, url: "/" }),
    "another Origin": await answer({ method: "GET", headers: { ...host, origin: "https://evil.example" }, url: "/__events" }),
  };
  for (const [what, reply] of Object.entries(answers)) expect(reply.headers["x-content-type-options"], what).toBe("nosniff");
  expect(answers["a traversal"].status, "a traversal").toBe(403);
});
