// Replaces a set of files all together, or not at all, in a way a killed
// process cannot break. Every new file is first written into a staging folder
// (`.publish/` inside the output folder, so renames stay on one file system),
// and every file it replaces is hard-linked there as a backup. Then a journal
// is written, atomically: from that moment the publish is decided. The files
// are renamed into place; on a failure they are put back from the backups.
// A build killed at any point leaves either no journal (the next build drops
// the staging folder: nothing had changed) or a journal (the next build
// finishes the renames). Either way every target is whole, all old or all new.
// The output folder may be the user's own (--out): the build removes only
// what it wrote, which is all inside a staging folder it marked as its own.

import {
  copyFileSync,
  existsSync,
  linkSync,
  mkdirSync,
  readdirSync,
  readFileSync,
  realpathSync,
  renameSync,
  rmdirSync,
  rmSync,
  writeFileSync,
} from "node:fs";
import { dirname, join, relative, resolve, sep } from "node:path";
import { CliError } from "../build/errors.js";
import { coerceJournal, type JournalEntry as Entry, foreignEntry, STAGING } from "./journal.js";

export { STAGING };

/**
 * The file that marks a staging folder as made by this tool, written before anything is staged in it.
 * `.publish` is a common name: a folder of that name without this mark is someone else's, and is never removed.
 */
export const STAGING_MARK = {
  file: "last-pocket-staging",
  text: "A staging folder of last-pocket's build (src/publish/publish.ts): the next build finishes or removes it.\n",
} as const;

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
  // Still there after the recovery: someone else's. Refused before the try below, which would remove it.
  if (existsSync(staging))
    throw new Error(`${staging}: a folder the build did not make, where it stages its files; move it away and build again`);
  mkdirSync(folder, { recursive: true });
  mkdirSync(staging);
  uncommitted.add(staging);
  const entries: Entry[] = [];
  try {
    // The mark first: whatever a killed build leaves in this folder, the next build knows it for its own.
    writeFileSync(join(staging, STAGING_MARK.file), STAGING_MARK.text);
    mkdirSync(join(staging, "new"));
    mkdirSync(join(staging, "old"));
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
  if (!isReallyInside(folder, target)) throw new Error(`cannot write ${target}: its folder leads outside ${folder}`);
}

function isReallyInside(folder: string, target: string): boolean {
  let parent = dirname(resolve(target));
  while (!existsSync(parent) && parent !== dirname(parent)) parent = dirname(parent);
  const real = realpathSync(parent);
  const base = realpathSync(folder);
  return real === base || real.startsWith(base + sep);
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
      // Checked before the folders are made: a link planted in the output folder must not lead mkdir out of it either.
      insideReally(folder, join(folder, target));
      mkdirSync(dirname(join(folder, target)), { recursive: true });
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
    if (!isReallyInside(folder, join(folder, target))) continue; // through a link out of the folder: never ours
    if (old) renameSync(join(staging, "old", String(index)), join(folder, target));
    else rmSync(join(folder, target), { force: true });
  }
  rmSync(staging, { recursive: true, force: true });
}

/** Whether `staging` holds the mark of a staging folder this tool made (see STAGING_MARK). */
function isOwnStaging(staging: string): boolean {
  try {
    return readFileSync(join(staging, STAGING_MARK.file), "utf8") === STAGING_MARK.text;
  } catch {
    return false;
  }
}

/** Whether `staging` is an empty folder: what a build killed between making it and marking it leaves. */
function isEmptyFolder(staging: string): boolean {
  try {
    return readdirSync(staging).length === 0;
  } catch {
    return false;
  }
}

/**
 * Leftovers of a killed build in `folder`: a committed publish is finished, an
 * uncommitted one dropped. Only a staging folder with this tool's mark (or an
 * empty one) is touched; any other file, whatever its name, is left alone.
 */
export function recoverPublish(folder: string): void {
  const staging = join(folder, STAGING);
  if (isEmptyFolder(staging)) rmdirSync(staging);
  if (isOwnStaging(staging)) {
    let journal: unknown;
    try {
      journal = JSON.parse(readFileSync(join(staging, "journal.json"), "utf8"));
    } catch {
      journal = undefined;
    }
    const entries = coerceJournal(journal);
    const outside = entries?.find(({ target }) => !isReallyInside(folder, join(folder, target)));
    if (entries && outside) {
      // A link planted in the output folder leads out of it: finishing or undoing this publish would write or delete there.
      const where = join(relative(process.cwd(), folder) || ".", STAGING, "journal.json");
      throw new CliError(
        `${where}: it names ${JSON.stringify(outside.target)}, whose folder is a link out of the output folder: not a journal this tool wrote; look at it, then remove ${dirname(where)}/`,
      );
    }
    if (entries) apply(folder, entries);
    else if (journal !== undefined) {
      // Planted, or written by something else: finishing it could move or delete any file. Nothing is touched.
      const where = join(relative(process.cwd(), folder) || ".", STAGING, "journal.json");
      throw new CliError(
        `${where}: ${foreignEntry(journal)}, outside the output folder: not a journal this tool wrote; look at it, then remove ${dirname(where)}/`,
      );
    } else rmSync(staging, { recursive: true, force: true });
  }
}

/** Whether `folder` holds anything a killed build left behind: a staging folder of this tool's, or an empty one. */
export function hasLeftovers(folder: string): boolean {
  const staging = join(folder, STAGING);
  return isOwnStaging(staging) || isEmptyFolder(staging);
}
