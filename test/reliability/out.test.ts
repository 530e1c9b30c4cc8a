// Defect 11 and the EISDIR message: an output folder that would write over
// the file system or the project is a usage error; a read error names its path.

import { mkdtempSync, rmSync, symlinkSync } from "node:fs";
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

/** The message and exit code checkOut() refuses `out` with. */
function refusal(out: string, home = "/home/someone"): [string, number] {
  try {
    checkOut(out, PROJECT_ROOT, home);
  } catch (error) {
    expect(error, out).toBeInstanceOf(CliError);
    return [(error as CliError).message, (error as CliError).exitCode];
  }
  throw new Error(`--out ${out} was accepted`);
}

// Review of December 2026, D5: a build there would write into the project's sources, or scan the home folder.
test("checkOut() refuses the project's own folders and what is inside them, and the home folder, in one line with exit code 2", () => {
  for (const folder of ["src", "data", "charts", "test", ".git", "node_modules"])
    for (const out of [join(PROJECT_ROOT, folder), join(PROJECT_ROOT, folder, "deeper"), `${join(PROJECT_ROOT, folder)}/`]) {
      const [message, code] = refusal(out);
      expect(code, out).toBe(2);
      expect(message, out).toBe(`--out must be a folder of its own, not "${out}" (inside the project's ${folder}/)`);
    }
  const home = mkdtempSync(join(tmpdir(), "last-pocket-home-"));
  try {
    expect(refusal(home, home)).toEqual([`--out must be a folder of its own, not "${home}" (the home folder or a folder holding it)`, 2]);
    expect(refusal(dirname(home), home)[1]).toBe(2);
    expect(checkOut(join(home, "charts-out"), PROJECT_ROOT, home)).toBe(join(home, "charts-out"));
    // A link is followed: the folder it leads to is the one written.
    symlinkSync(join(PROJECT_ROOT, "src"), join(home, "link"));
    expect(refusal(join(home, "link", "out"), home)[0]).toMatch(/inside the project's src\/\)$/);
  } finally {
    rmSync(home, { recursive: true, force: true });
  }
  for (const out of [join(PROJECT_ROOT, "output"), join(PROJECT_ROOT, "source"), join(PROJECT_ROOT, "output", "src")])
    expect(checkOut(out, PROJECT_ROOT, "/home/someone"), out).toBe(out);
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
