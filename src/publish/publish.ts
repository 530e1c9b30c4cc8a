// Replaces a set of files all together, or not at all, in a way a killed
// process cannot break. Every new file is first written into a staging folder
// (`.publish/` inside the output folder, so renames stay on one file system),
// and every file it replaces is hard-linked there as a backup. Then a journal
// is written, atomically: from that moment the publish is decided. The files
// are renamed into place; on a failure they are put back from the backups.
// A build killed at any point leaves either no journal (the next build drops
// the staging folder: nothing had changed) or a journal (the next build
// finishes the renames). Either way every target is whole, all old or all new.

import {
  copyFileSync,
  existsSync,
  linkSync,
  mkdirSync,
  readdirSync,
  readFileSync,
  realpathSync,
  renameSync,
  rmSync,
  writeFileSync,
} from "node:fs";
import { dirname, join, relative, resolve, sep } from "node:path";
import { CliError } from "../build/errors.js";
import { coerceJournal, type JournalEntry as Entry, foreignEntry, STAGING } from "./journal.js";

export { STAGING };

/** Staging folders this process created and has not committed. */
const uncommitted = new Set<string>();

/** Removes the uncommitted staging folders of this process (on Ctrl-C). */
export function dropStaged(): void {
  for (const folder of uncommitted) rmSync(folder, { recursive: true, force: true });
  uncommitted.clear();
}

const pathError = (error: unknown, path: string) => {
  const { code, message } = error as NodeJS.ErrnoException;
  return Object.assign(new Error(`cannot write ${path}: ${code ?? message}`), { code });
};

function commonFolder(paths: readonly string[]): string {
  let folder = dirname(paths[0]);
  while (!paths.every((path) => path.startsWith(folder + sep))) folder = dirname(folder);
  return folder;
}

export interface PublishOptions {
  /** Stop after this many renames, as a killed process would (tests only). */
  readonly stopAfter?: number;
}

export function publish(
  files: ReadonlyArray<readonly [target: string, data: Buffer]>,
  folder = files.length ? commonFolder(files.map(([path]) => path)) : ".",
  { stopAfter }: PublishOptions = {},
): void {
  if (files.length === 0) return;
  recoverPublish(folder);
  const staging = join(folder, STAGING);
  uncommitted.add(staging);
  const entries: Entry[] = [];
  try {
    mkdirSync(join(staging, "new"), { recursive: true });
    mkdirSync(join(staging, "old"), { recursive: true });
    for (const [index, [target, data]] of files.entries()) {
      if (!resolve(target).startsWith(folder + sep)) throw new Error(`${target} is outside ${folder}`);
      insideReally(folder, target);
      try {
        writeFileSync(join(staging, "new", String(index)), data);
        const old = existsSync(target);
        if (old) backUp(target, join(staging, "old", String(index)));
        entries.push({ target: relative(folder, target), old });
      } catch (error) {
        throw pathError(error, target);
      }
    }
    writeFileSync(join(staging, "journal.tmp"), JSON.stringify(entries));
    renameSync(join(staging, "journal.tmp"), join(staging, "journal.json")); // the commit
  } catch (error) {
    rmSync(staging, { recursive: true, force: true });
    throw error;
  } finally {
    uncommitted.delete(staging);
  }
  apply(folder, entries, stopAfter);
}

/**
 * Throws unless the folder that will hold `target` is really inside `folder`
 * once links are followed: a link planted in the output folder must not lead
 * a write elsewhere. The folders that do not exist yet are made by publish.
 */
function insideReally(folder: string, target: string): void {
  let parent = dirname(resolve(target));
  while (!existsSync(parent) && parent !== dirname(parent)) parent = dirname(parent);
  const real = realpathSync(parent);
  const base = realpathSync(folder);
  if (real !== base && !real.startsWith(base + sep)) throw new Error(`cannot write ${target}: its folder leads outside ${folder}`);
}

/** A hard link costs nothing; where the file system has none, a copy does the same job. */
function backUp(target: string, backup: string): void {
  try {
    linkSync(target, backup);
  } catch {
    copyFileSync(target, backup);
  }
}

/** Renames the staged files into place; on a failure, restores every target from its backup and throws. */
function apply(folder: string, entries: readonly Entry[], stopAfter = Number.POSITIVE_INFINITY): void {
  const staging = join(folder, STAGING);
  for (const [index, { target }] of entries.entries()) {
    if (index >= stopAfter) return;
    const staged = join(staging, "new", String(index));
    if (!existsSync(staged)) continue; // renamed before a crash
    try {
      mkdirSync(dirname(join(folder, target)), { recursive: true });
      insideReally(folder, join(folder, target));
      renameSync(staged, join(folder, target));
    } catch (error) {
      rollBack(folder, entries);
      throw pathError(error, join(folder, target));
    }
  }
  rmSync(staging, { recursive: true, force: true });
}

function rollBack(folder: string, entries: readonly Entry[]): void {
  const staging = join(folder, STAGING);
  for (const [index, { target, old }] of entries.entries()) {
    if (existsSync(join(staging, "new", String(index)))) continue; // never replaced
    if (old) renameSync(join(staging, "old", String(index)), join(folder, target));
    else rmSync(join(folder, target), { force: true });
  }
  rmSync(staging, { recursive: true, force: true });
}

/**
 * Leftovers of a killed build in `folder`: a committed publish is finished, an
 * uncommitted one dropped, and stray `*.<pid>.tmp` files of older builds removed.
 */
export function recoverPublish(folder: string): void {
  const staging = join(folder, STAGING);
  if (existsSync(staging)) {
    let journal: unknown;
    try {
      journal = JSON.parse(readFileSync(join(staging, "journal.json"), "utf8"));
    } catch {
      journal = undefined;
    }
    const entries = coerceJournal(journal);
    if (entries) apply(folder, entries);
    else if (journal !== undefined) {
      // Planted, or written by something else: finishing it could move or delete any file. Nothing is touched.
      const where = join(relative(process.cwd(), folder) || ".", STAGING, "journal.json");
      throw new CliError(
        `${where}: ${foreignEntry(journal)}, outside the output folder: not a journal this tool wrote; look at it, then remove ${dirname(where)}/`,
      );
    } else rmSync(staging, { recursive: true, force: true });
  }
  for (const stray of strayTemporaries(folder)) rmSync(stray, { force: true });
}

/** Files named like the temporaries of earlier builds (`name.<pid>.tmp`) in `folder`. */
export function strayTemporaries(folder: string): string[] {
  try {
    return readdirSync(folder, { withFileTypes: true, recursive: true })
      .filter((entry) => entry.isFile() && /\.\d+\.tmp$/.test(entry.name))
      .map((entry) => join(entry.parentPath, entry.name));
  } catch {
    return [];
  }
}

/** Whether `folder` holds anything a killed build left behind. */
export function hasLeftovers(folder: string): boolean {
  return existsSync(join(folder, STAGING)) || strayTemporaries(folder).length > 0;
}
