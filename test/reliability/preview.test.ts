// Defects 9, 10 and 12: the preview serves only the output folder, only to
// this machine, only to GET and HEAD; its error banner is text; a port in
// use is one clear error.

import { mkdirSync, mkdtempSync, rmSync, symlinkSync, writeFileSync } from "node:fs";
import { createServer, type IncomingHttpHeaders, request, type Server, type ServerResponse } from "node:http";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, expect, test } from "vitest";
import { CliError } from "../../src/build/errors.js";
import { decoratePage, previewHandler } from "../../src/preview/handler.js";
import { startPreview } from "../../src/preview/server.js";

let folder: string;
let server: Server;
let port: number;
let error: string | undefined;
const clients = new Set<ServerResponse>();

beforeAll(async () => {
  folder = mkdtempSync(join(tmpdir(), "last-pocket-preview-"));
  const out = join(folder, "output");
  mkdirSync(join(out, "chart"), { recursive: true });
  writeFileSync(join(out, "index.html"), "<html><body><p>notebook</p></body></html>");
  writeFileSync(join(out, "chart", "a.svg"), "<svg/>");
  writeFileSync(join(out, "manifest.json"), "{}");
  writeFileSync(join(out, "chart", "a.bin"), "bytes");
  writeFileSync(join(folder, "secret.txt"), "secret");
  symlinkSync(folder, join(out, "up"));
  symlinkSync(join(folder, "secret.txt"), join(out, "secret.txt"));
  server = createServer(previewHandler({ out, port: () => port, clients, error: () => error, maxClients: 2 }));
  await new Promise<void>((listening) => server.listen(0, "127.0.0.1", listening));
  port = (server.address() as { port: number }).port;
});
afterAll(async () => {
  for (const client of clients) client.destroy();
  await new Promise((closed) => server.close(closed));
  rmSync(folder, { recursive: true, force: true });
});

/** Waits until `done()` holds, for at most 2 s (the server sees a page come and go a moment after the page does). */
async function until(done: () => boolean): Promise<void> {
  for (let waited = 0; !done() && waited < 2000; waited += 10) await new Promise((wait) => setTimeout(wait, 10));
}

interface Answer {
  readonly status: number;
  readonly body: string;
  readonly headers: IncomingHttpHeaders;
}

function get(path: string, { method = "GET", host = `127.0.0.1:${port}` } = {}): Promise<Answer> {
  return new Promise((done, fail) => {
    const req = request({ host: "127.0.0.1", port, path, method, headers: { host } }, (response) => {
      let body = "";
      response.on("data", (chunk) => {
        body += chunk;
        if (path === "/__events") response.destroy();
      });
      response.on("close", () => done({ status: response.statusCode ?? 0, body, headers: response.headers }));
    });
    req.on("error", fail);
    req.end();
  });
}

test("the preview serves files in output/ to 127.0.0.1:PORT and localhost:PORT", async () => {
  expect((await get("/chart/a.svg")).status).toBe(200);
  expect((await get("/", { host: `localhost:${port}` })).body).toContain("notebook");
  expect((await get("/", { method: "HEAD" })).status).toBe(200);
});

test("the preview refuses symbolic links that lead out of output/", async () => {
  expect(await get("/up/secret.txt")).toMatchObject({ status: 403, body: "Forbidden" });
  expect((await get("/secret.txt")).status).toBe(403);
  expect((await get("/missing.svg")).status).toBe(404);
});

test("the preview answers 421 to any other Host header (DNS rebinding)", async () => {
  for (const host of ["evil.example:80", `evil.example:${port}`, "127.0.0.1", `127.0.0.1:${port + 1}`, `127.0.0.1.evil.example:${port}`])
    expect((await get("/", { host })).status, host).toBe(421);
});

test("the preview answers 405 to methods other than GET and HEAD", async () => {
  for (const method of ["POST", "PUT", "DELETE", "PATCH"]) expect((await get("/index.html", { method })).status, method).toBe(405);
});

test("the preview caps the number of event-stream clients", async () => {
  const held = [request({ host: "127.0.0.1", port, path: "/__events", headers: { host: `127.0.0.1:${port}` } }).end()];
  held.push(request({ host: "127.0.0.1", port, path: "/__events", headers: { host: `127.0.0.1:${port}` } }).end());
  await until(() => clients.size === 2);
  const refused = await get("/__events");
  expect([refused.status, refused.body, refused.headers["retry-after"]], "the third /__events").toEqual([
    503,
    "Too many open previews",
    "5",
  ]);
  for (const req of held) req.destroy();
});

test("decoratePage() inserts an error containing replacement patterns ($', $`, $&) as text", () => {
  const page = decoratePage("<html><body><p>x</p></body></html>", 'data/events.csv, line 3: got "$\'$`$&"');
  expect(page.match(/<html>/g)?.length).toBe(1);
  expect(page).toContain("$'$`$&");
  expect(page.match(/<body>/g)?.length).toBe(1);
});

test("startPreview() on a port in use fails with one CliError naming the port, exit code 1", async () => {
  const promise = startPreview({ root: folder, out: join(folder, "output"), port, log: () => {} });
  await expect(promise).rejects.toThrow(CliError);
  await expect(promise).rejects.toThrow(new RegExp(`port ${port} on 127.0.0.1 is in use`));
});

test("the preview serves each file with its content type, never cached, and pages with the reload script", async () => {
  const types = {
    "/chart/a.svg": "image/svg+xml",
    "/manifest.json": "application/json; charset=utf-8",
    "/chart/a.bin": "application/octet-stream",
    "/index.html": "text/html; charset=utf-8",
  };
  for (const [path, type] of Object.entries(types)) {
    const { status, headers } = await get(path);
    expect([status, headers["content-type"], headers["cache-control"]], path).toEqual([200, type, "no-store"]);
  }
  expect((await get("/chart/a.svg")).body, "/chart/a.svg is served as it is").toBe("<svg/>");
  expect((await get("/")).body, "/ (index.html) lacks the reload script").toContain("</script></body>");
  expect((await get("/")).body, "/ (index.html) shows an error banner with no error").not.toContain('role="alert"');
});

test("the preview shows the last build error at the top of every page, and not in other files", async () => {
  error = "data/events.csv, line 3: <oops>";
  try {
    expect((await get("/")).body, "index.html").toContain('<body><pre role="alert"');
    expect((await get("/")).body, "index.html").toContain("data/events.csv, line 3: &lt;oops&gt;</pre><p>notebook</p>");
    expect((await get("/chart/a.svg")).body, "chart/a.svg").toBe("<svg/>");
  } finally {
    error = undefined;
  }
});

test("the preview answers 404 to a folder named without its final slash", async () => {
  expect(await get("/chart")).toMatchObject({ status: 404, body: "Not found" });
});

test("the preview's refusals are plain text saying why, with Allow on 405", async () => {
  const post = await get("/index.html", { method: "POST" });
  expect([post.body, post.headers.allow, post.headers["content-type"]], "POST /index.html").toEqual([
    "Method Not Allowed",
    "GET, HEAD",
    "text/plain",
  ]);
  expect((await get("/", { host: "evil.example:80" })).body, "Host: evil.example:80").toBe(
    "Misdirected Request: this preview answers only on 127.0.0.1",
  );
  expect(await get("/%2e%2e/secret.txt"), "/%2e%2e/secret.txt").toMatchObject({ status: 403, body: "Forbidden" });
});

test("the preview's event stream greets a page, and frees its place when the page goes", async () => {
  for (let i = 0; i < 3; i++) {
    const answer = await new Promise<Answer>((done, fail) => {
      const req = request({ host: "127.0.0.1", port, path: "/__events", headers: { host: `127.0.0.1:${port}` } }, (response) => {
        response.once("data", (chunk) => {
          done({ status: response.statusCode ?? 0, body: String(chunk), headers: response.headers });
          req.destroy();
        });
      });
      req.on("error", fail);
      req.end();
    });
    const { status, headers, body } = answer;
    expect(headers.connection, `event stream ${i + 1}: Connection`).toBe("keep-alive");
    expect([status, headers["content-type"], headers["cache-control"], body], `event stream ${i + 1}, the others closed`).toEqual([
      200,
      "text/event-stream",
      "no-store",
      ": connected\n\n",
    ]);
    await until(() => clients.size === 0);
  }
  expect(clients.size, "a closed event stream is still counted").toBe(0);
});
