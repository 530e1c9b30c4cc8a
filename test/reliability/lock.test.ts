// Defect 6: the build lock is taken atomically, recognises a dead holder even
// under a reused process id, and is released on Ctrl-C.

import { spawn } from "node:child_process";
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { pathToFileURL } from "node:url";
import { threadId } from "node:worker_threads";
import { afterEach, expect, test } from "vitest";
import { acquireLock, isLive, releaseHeldBy, startTime } from "../../src/build/lock.mjs";
import { PROJECT_ROOT } from "../../src/cli/root.js";

const LOCK_MODULE = pathToFileURL(join(PROJECT_ROOT, "src", "build", "lock.mjs")).href;
const folders: string[] = [];
afterEach(() => {
  for (const folder of folders.splice(0)) rmSync(folder, { recursive: true, force: true });
});
function tempFolder(): string {
  const folder = mkdtempSync(join(tmpdir(), "last-pocket-lock-"));
  folders.push(folder);
  return folder;
}

function node(script: string): Promise<{ code: number | null; stdout: string }> {
  const child = spawn(process.execPath, ["--input-type=module", "-e", script], { stdio: ["ignore", "pipe", "inherit"] });
  let stdout = "";
  child.stdout.on("data", (chunk) => {
    stdout += chunk;
  });
  return new Promise((done) => child.on("exit", (code) => done({ code, stdout })));
}

test("acquireLock() takes over a lock holding its own process id from an earlier process (PID 1 in containers)", async () => {
  const path = join(tempFolder(), "build.lock");
  writeFileSync(path, JSON.stringify({ pid: process.pid, started: "1", token: "earlier" }));
  const release = await acquireLock(path, { timeoutMs: 500 });
  expect(JSON.parse(readFileSync(path, "utf8")).started).toBe(startTime(process.pid));
  release();
  expect(existsSync(path)).toBe(false);
});

test("isLive() tells a running holder from a dead one, a reused id and garbage", () => {
  expect(isLive({ pid: process.pid, started: startTime(process.pid) })).toBe(true);
  expect(isLive({ pid: process.ppid, started: "0" })).toBe(false);
  expect(isLive({ pid: 2 ** 22 + 1 })).toBe(false);
  expect(isLive(null)).toBe(false);
});

test("acquireLock(): six processes contending for one lock, some over a stale one, never hold it together", async () => {
  const folder = tempFolder();
  const path = join(folder, "build.lock");
  const log = join(folder, "log");
  writeFileSync(path, JSON.stringify({ pid: 2 ** 22 + 1, started: "0" })); // a dead holder
  const script = `
    import { appendFileSync } from "node:fs";
    const { acquireLock } = await import(${JSON.stringify(LOCK_MODULE)});
    for (let i = 0; i < 5; i++) {
      const release = await acquireLock(${JSON.stringify(path)}, { pollMs: 2 });
      appendFileSync(${JSON.stringify(log)}, "in\\n");
      await new Promise((wait) => setTimeout(wait, 3));
      appendFileSync(${JSON.stringify(log)}, "out\\n");
      release();
    }`;
  const runs = await Promise.all(Array.from({ length: 6 }, () => node(script)));
  expect(runs.map((run) => run.code)).toEqual([0, 0, 0, 0, 0, 0]);
  const lines = readFileSync(log, "utf8").trim().split("\n");
  expect(lines.length).toBe(60);
  lines.forEach((line, i) => {
    expect(line, `line ${i + 1}`).toBe(i % 2 === 0 ? "in" : "out");
  });
}, 30_000);

test("acquireLock(): a holder that exits through process.exit (as on Ctrl-C, code 130) releases the lock", async () => {
  const path = join(tempFolder(), "build.lock");
  const script = `
    const { acquireLock } = await import(${JSON.stringify(LOCK_MODULE)});
    await acquireLock(${JSON.stringify(path)});
    process.exit(130);`;
  expect((await node(script)).code).toBe(130);
  expect(existsSync(path)).toBe(false);
});

test("releaseHeldBy() removes a lock that a stopped worker thread of this process holds, and no other holder's", () => {
  const path = join(tempFolder(), "build.lock");
  const holder = { pid: process.pid, started: startTime(process.pid), thread: 7, token: "worker" };
  writeFileSync(path, JSON.stringify(holder));
  releaseHeldBy(path, 8);
  expect(existsSync(path), "the lock after releasing for another thread").toBe(true);
  writeFileSync(path, JSON.stringify({ ...holder, pid: process.ppid }));
  releaseHeldBy(path, 7);
  expect(existsSync(path), "the lock of another process's thread 7").toBe(true);
  writeFileSync(path, JSON.stringify(holder));
  releaseHeldBy(path, 7);
  expect(existsSync(path), "the lock after releasing for its thread").toBe(false);
  releaseHeldBy(path, 7);
});

test("acquireLock() writes the holder's thread, so the thread that ran it can release it when it stops", async () => {
  const path = join(tempFolder(), "build.lock");
  const release = await acquireLock(path, { timeoutMs: 500 });
  expect(JSON.parse(readFileSync(path, "utf8")).thread).toBe(threadId);
  release();
});
