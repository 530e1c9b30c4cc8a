// Watches the project's folders for the preview, one watcher per directory
// (Node 20's recursive watch on Linux loses a file once an editor replaces it
// by renaming a new one into place). A directory made, removed or made again
// while the preview runs (a git checkout or stash, `last-pocket new`) is
// watched as it now is: every rename event looks at the tree again, and a
// directory whose inode changed gets a new watcher, since the old one still
// watches the deleted one.

import { type FSWatcher, readdirSync, statSync, watch } from "node:fs";
import { join, relative } from "node:path";

export interface TreeWatcher {
  close(): void;
}

/** Names editors and the build write beside a file and remove again: not edits. */
export const isScratchName = (name: string) => name.endsWith("~") || name.startsWith(".") || name.endsWith(".tmp");

function directories(path: string): string[] {
  let entries: import("node:fs").Dirent[];
  try {
    entries = readdirSync(path, { withFileTypes: true });
  } catch {
    return [];
  }
  return [path, ...entries.filter((entry) => entry.isDirectory()).flatMap((child) => directories(join(path, child.name)))];
}

const inode = (path: string) => {
  try {
    return statSync(path).ino;
  } catch {
    return undefined;
  }
};

/** Calls `onChange` with the path, relative to `root`, of every file or directory changed under `folders`. */
export function watchTree(root: string, folders: readonly string[], onChange: (path: string) => void): TreeWatcher {
  const watched = new Map<string, { watcher: FSWatcher; ino: number | bigint | undefined }>();
  let closed = false;
  const rescan = () => {
    if (closed) return;
    const now = new Set(folders.flatMap((folder) => directories(join(root, folder))));
    for (const [path, { watcher, ino }] of watched)
      if (!now.has(path) || inode(path) !== ino) {
        watcher.close();
        watched.delete(path);
      }
    for (const path of now) if (!watched.has(path)) add(path);
  };
  const add = (directory: string) => {
    try {
      const watcher = watch(directory, (event, name) => {
        if (event === "rename") rescan();
        if (!name || isScratchName(name)) return;
        onChange(relative(root, join(directory, name)));
      });
      // A directory removed under its watcher: the next rescan watches what took its place.
      watcher.on("error", () => {
        watcher.close();
        watched.delete(directory);
      });
      watched.set(directory, { watcher, ino: inode(directory) });
    } catch {
      // Gone between the listing and the watch: the event that removed it rescans.
    }
  };
  rescan();
  return {
    close() {
      closed = true;
      for (const { watcher } of watched.values()) watcher.close();
      watched.clear();
    },
  };
}
