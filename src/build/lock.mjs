// An exclusive lock held in a file, for builds of one output folder.
// - Taking it is atomic and never shows a half-written lock: the holder's
//   identity is written to a private file first, then hard-linked to the lock
//   path, which fails when the lock exists (link is atomic, like open "wx").
// - A holder is its process id plus that process's start time, so a lock left
//   by a dead process is recognised even when a new process got the same id
//   (PID 1 in every container run, or this very process).
// - Taking over a stale lock goes through a second lock file, and checks again
//   once inside it, so two takers never both remove and take it.
// - The lock is released when the process exits, even through process.exit
//   (Ctrl-C), since an "exit" listener runs then.
// - A holder also names its thread: a worker thread that dies or is
//   terminated holding the lock runs no "exit" listener, and its process
//   lives on, so the thread that ran it releases the lock for it
//   (releaseHeldBy); the lock belongs to the build, not to the process.
// Plain JavaScript, so tests can take it from child processes without a loader.

import { randomBytes } from "node:crypto";
import { linkSync, mkdirSync, readFileSync, rmSync, statSync, writeFileSync } from "node:fs";
import { dirname } from "node:path";
import { threadId } from "node:worker_threads";

/** Lock files this process holds, by path, with the token written in them. */
const held = new Map();
let exitHook = false;

/** The start time of a process, in clock ticks since boot (Linux), or undefined where unknown. */
export function startTime(pid) {
  try {
    const stat = readFileSync(`/proc/${pid}/stat`, "utf8");
    // The command name (field 2) may hold spaces and parentheses: count from the last ")".
    return stat.slice(stat.lastIndexOf(")") + 2).split(" ")[19];
  } catch {
    return undefined;
  }
}

function exists(pid) {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return error.code === "EPERM";
  }
}

/** Whether the holder written in a lock file is a running process (the same one, not a reused id). */
export function isLive(holder) {
  const { pid, started } = holder ?? {};
  if (!Number.isInteger(pid) || pid <= 0) return false;
  if (pid === process.pid) {
    // This process, or an earlier one with the same id (PID 1 in containers):
    // ours only if it started when we did and a thread of ours may hold it.
    return started === startTime(pid) && started !== undefined;
  }
  if (!exists(pid)) return false;
  const now = startTime(pid);
  return now === undefined || started === undefined || now === started;
}

function readHolder(path) {
  try {
    return JSON.parse(readFileSync(path, "utf8"));
  } catch (error) {
    if (error.code === "ENOENT") return null;
    return {}; // unreadable or garbage: no live holder wrote it
  }
}

/** Creates `path` holding `content`, atomically; false when it exists. */
function create(path, content) {
  const mine = `${path}.${process.pid}.${randomBytes(4).toString("hex")}`;
  writeFileSync(mine, content);
  try {
    linkSync(mine, path);
    return true;
  } catch (error) {
    if (error.code === "EEXIST") return false;
    throw error;
  } finally {
    rmSync(mine, { force: true });
  }
}

function releaseAll() {
  for (const [path, token] of held) if (readHolder(path)?.token === token) rmSync(path, { force: true });
  held.clear();
}

/** Removes the lock at `path` if it still holds the stale `holder`; only one taker at a time does this. */
function takeOver(path, holder) {
  const guard = `${path}.takeover`;
  // A guard older than 10 s belongs to a taker that died in these few lines.
  try {
    if (Date.now() - statSync(guard).mtimeMs > 10_000) rmSync(guard, { force: true });
  } catch {}
  if (!create(guard, String(process.pid))) return;
  try {
    const now = readHolder(path);
    if (now !== null && JSON.stringify(now) === JSON.stringify(holder)) rmSync(path, { force: true });
  } finally {
    rmSync(guard, { force: true });
  }
}

/**
 * Takes the lock at `path`, waiting while a live process holds it; a lock
 * left by a dead process is taken over. Returns the release.
 */
export async function acquireLock(path, { timeoutMs = 120_000, pollMs = 50 } = {}) {
  mkdirSync(dirname(path), { recursive: true });
  const token = randomBytes(8).toString("hex");
  const content = JSON.stringify({ pid: process.pid, started: startTime(process.pid), thread: threadId, token });
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    if (create(path, content)) {
      held.set(path, token);
      if (!exitHook) {
        exitHook = true;
        process.on("exit", releaseAll);
      }
      return () => {
        if (readHolder(path)?.token === token) rmSync(path, { force: true });
        held.delete(path);
      };
    }
    const holder = readHolder(path);
    if (holder !== null && !isLive(holder)) {
      takeOver(path, holder);
      continue;
    }
    if (Date.now() > deadline) throw new Error(`another build (process ${holder?.pid}) holds ${path}`);
    await new Promise((wait) => setTimeout(wait, pollMs));
  }
}

/**
 * Removes the lock at `path` if the thread `thread` of this process holds it:
 * called when that worker thread has stopped, since it cannot release it itself.
 */
export function releaseHeldBy(path, thread) {
  const holder = readHolder(path);
  if (holder?.pid === process.pid && holder.started === startTime(process.pid) && holder.thread === thread) rmSync(path, { force: true });
}
