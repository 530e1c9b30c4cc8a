// Saving a file under a running preview, and waiting until it is built.

import { writeFileSync } from "node:fs";
import { expect } from "vitest";
import type { Preview } from "../../src/preview/server.js";

/**
 * Writes the file, waits until a build has begun after the write (that build
 * reads it), then until the preview is idle. Waiting on idle() alone is not
 * enough: on a loaded machine the watcher's event can come after idle()
 * returns, and the edit would land in the next test.
 */
export async function saveAndBuild(preview: Pick<Preview, "buildsStarted" | "idle">, file: string, text: string): Promise<void> {
  const before = preview.buildsStarted;
  writeFileSync(file, text);
  await expect
    .poll(() => preview.buildsStarted, { timeout: 60_000, message: `no build began after saving ${file}` })
    .toBeGreaterThan(before);
  await preview.idle();
}
