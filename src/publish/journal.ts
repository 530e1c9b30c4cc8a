// The journal of a publish (see publish.ts), as read back from the output
// folder. Anything in that folder may have been planted (a committed
// `.publish/`, a zip, another tool), so a journal is taken only if it is
// exactly what publish() writes: a list of targets relative to the folder,
// inside it and outside the staging area, each once. A target that climbs
// out would let the next build rename a planted file into .git/hooks, or
// delete the project's README on rollback.

import { isAbsolute, normalize, sep } from "node:path";

export interface JournalEntry {
  /** Target, relative to the output folder. */
  readonly target: string;
  /** Whether the target existed and was backed up. */
  readonly old: boolean;
}

/** Where publish() stages files, inside the output folder. */
export const STAGING = ".publish";

/** Whether `target` is a path publish() could have written: relative, plain, inside the folder, not in the staging area. */
export function isOwnTarget(target: unknown): target is string {
  if (typeof target !== "string" || target === "" || target.includes("\\") || target.includes("\0") || isAbsolute(target)) return false;
  const path = normalize(target);
  if (path !== target.split("/").join(sep)) return false;
  const first = path.split(sep)[0];
  return first !== ".." && first !== "." && first !== STAGING;
}

const isEntry = (value: unknown): value is JournalEntry =>
  typeof value === "object" &&
  value !== null &&
  Object.keys(value).sort().join() === "old,target" &&
  typeof (value as JournalEntry).old === "boolean" &&
  isOwnTarget((value as JournalEntry).target);

/** The journal's entries if it is one publish() wrote; undefined for anything else. */
export function coerceJournal(value: unknown): JournalEntry[] | undefined {
  if (!Array.isArray(value) || !value.every(isEntry)) return undefined;
  const targets = new Set(value.map((entry) => entry.target));
  return targets.size === value.length ? value : undefined;
}

/** The first entry of a planted journal that publish() could not have written, for the error message. */
export function foreignEntry(value: unknown): string {
  if (!Array.isArray(value)) return "it is not a list of files";
  const entry = value.find((item) => !isEntry(item));
  if (entry === undefined) return "it names a file twice";
  const target = (entry as { target?: unknown })?.target;
  return typeof target === "string" ? `it names ${JSON.stringify(target)}` : `an entry is ${JSON.stringify(entry)?.slice(0, 60)}`;
}
