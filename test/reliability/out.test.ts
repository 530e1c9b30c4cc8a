// Defect 11 and the EISDIR message: an output folder that would write over
// the file system or the project is a usage error; a read error names its path.

import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { dirname, join } from "node:path";
import { expect, test } from "vitest";
import { nodeEffects } from "../../src/build/effects.js";
import { CliError } from "../../src/build/errors.js";
import { checkOut } from "../../src/cli/commands/build.js";
import { PROJECT_ROOT } from "../../src/cli/root.js";

test('checkOut() refuses "", "/", the project root and its ancestors with exit code 2, and accepts folders of their own', () => {
  for (const out of ["", " ", "/", PROJECT_ROOT, `${PROJECT_ROOT}/`, dirname(PROJECT_ROOT), join(PROJECT_ROOT, "output", "..")]) {
    expect(() => checkOut(out), JSON.stringify(out)).toThrow(CliError);
    try {
      checkOut(out);
    } catch (error) {
      expect((error as CliError).exitCode).toBe(2);
    }
  }
  for (const out of [join(PROJECT_ROOT, "output"), join(tmpdir(), "charts"), "../elsewhere-out"]) expect(checkOut(out)).toBe(out);
});

test("nodeEffects().read() of a folder names the path", () => {
  const folder = mkdtempSync(join(tmpdir(), "last-pocket-eisdir-"));
  try {
    expect(() => nodeEffects(folder).read(".")).toThrow(`cannot read ${folder}: EISDIR`);
    expect(nodeEffects(folder).read("missing.json")).toBeUndefined();
  } finally {
    rmSync(folder, { recursive: true, force: true });
  }
});
