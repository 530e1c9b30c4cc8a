// D1 (reliability review, December 2026): a journal planted in the output
// folder's staging area must never move or delete a file outside that folder.

import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, statSync, symlinkSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterEach, expect, test } from "vitest";
import { coerceJournal } from "../../src/publish/journal.js";
import { publish, recoverPublish, STAGING, STAGING_MARK } from "../../src/publish/publish.js";

const folders: string[] = [];
afterEach(() => {
  for (const folder of folders.splice(0)) rmSync(folder, { recursive: true, force: true });
});

/** A project-like folder: a README and .git/hooks beside the output folder `out`. */
function project(): { root: string; out: string } {
  const root = mkdtempSync(join(tmpdir(), "last-pocket-journal-"));
  folders.push(root);
  mkdirSync(join(root, ".git", "hooks"), { recursive: true });
  writeFileSync(join(root, "README.md"), "the project's README");
  const out = join(root, "output");
  mkdirSync(join(out, "territory"), { recursive: true });
  writeFileSync(join(out, "territory", "a.svg"), "old a");
  return { root, out };
}

/** A staging folder as an attacker would plant it: with this tool's mark, which is no secret. */
function plant(out: string, journal: unknown, staged: string[]): void {
  mkdirSync(join(out, STAGING, "new"), { recursive: true });
  writeFileSync(join(out, STAGING, STAGING_MARK.file), STAGING_MARK.text);
  mkdirSync(join(out, STAGING, "old"), { recursive: true });
  for (const [index, text] of staged.entries()) writeFileSync(join(out, STAGING, "new", String(index)), text, { mode: 0o755 });
  writeFileSync(join(out, STAGING, "journal.json"), JSON.stringify(journal));
}

test("recoverPublish() refuses a journal whose target climbs out of the folder, and moves nothing", () => {
  const { root, out } = project();
  plant(out, [{ target: "../.git/hooks/pre-commit", old: false }], ["#!/bin/sh\necho PWNED\n"]);
  expect(() => recoverPublish(out)).toThrow(/\.publish\/journal\.json.*"\.\.\/\.git\/hooks\/pre-commit".*not a journal this tool wrote/);
  expect(existsSync(join(root, ".git", "hooks", "pre-commit")), "the planted hook").toBe(false);
  expect(existsSync(join(out, STAGING, "journal.json")), "the journal, left for a person to look at").toBe(true);
});

test("recoverPublish() refuses a journal that would delete a file outside the folder on rollback", () => {
  const { root, out } = project();
  plant(
    out,
    [
      { target: "../README.md", old: false },
      { target: "territory/a.svg/x", old: false },
    ],
    ["x", "y"],
  );
  expect(() => recoverPublish(out)).toThrow(/not a journal this tool wrote/);
  expect(readFileSync(join(root, "README.md"), "utf8"), "the project's README").toBe("the project's README");
});

test("publish() refuses to write through a folder that is a link out of the output folder", () => {
  const { root, out } = project();
  mkdirSync(join(root, "elsewhere"));
  symlinkSync(join(root, "elsewhere"), join(out, "linked"));
  expect(() => publish([[join(out, "linked", "b.svg"), Buffer.from("b")]], out)).toThrow(/linked\/b\.svg.*outside/);
  expect(existsSync(join(root, "elsewhere", "b.svg"))).toBe(false);
});

test("coerceJournal() takes only the entries publish() writes: relative targets inside the folder, outside .publish/, each once", () => {
  const good = [
    { target: "territory/a.svg", old: true },
    { target: "manifest.json", old: false },
  ];
  expect(coerceJournal(good)).toEqual(good);
  const refused = {
    "not a list": { target: "a", old: true },
    "an absolute target": [{ target: "/etc/passwd", old: false }],
    "a climbing target": [{ target: "a/../../b", old: false }],
    "a target in the staging folder": [{ target: ".publish/new/0", old: false }],
    "the folder itself": [{ target: ".", old: false }],
    "a target twice": [good[0], good[0]],
    "a missing flag": [{ target: "a.svg" }],
    "an extra key": [{ target: "a.svg", old: false, mode: 0o755 }],
    "a backslash": [{ target: "..\\b", old: false }],
    "an empty target": [{ target: "", old: false }],
  };
  for (const [what, journal] of Object.entries(refused)) expect(coerceJournal(journal), what).toBeUndefined();
});

test("a journal publish() wrote and a build killed mid-rename left is still finished", () => {
  const { out } = project();
  publish(
    [
      [join(out, "territory", "a.svg"), Buffer.from("new a")],
      [join(out, "territory", "b.svg"), Buffer.from("new b")],
    ],
    out,
    { stopAfter: 1 },
  );
  recoverPublish(out);
  expect(readFileSync(join(out, "territory", "b.svg"), "utf8")).toBe("new b");
  expect(statSync(join(out, "territory", "a.svg")).isFile()).toBe(true);
  expect(existsSync(join(out, STAGING))).toBe(false);
});

test("recoverPublish() refuses a journal whose target goes through a link out of the folder, and neither writes nor deletes there", () => {
  const { root, out } = project();
  symlinkSync("..", join(out, "lnk"));
  plant(
    out,
    [
      { target: "lnk/README.md", old: false },
      { target: "manifest.json/x", old: false },
    ],
    ["x", "y"],
  );
  expect(() => recoverPublish(out)).toThrow(/"lnk\/README\.md", whose folder is a link out of the output folder/);
  expect(readFileSync(join(root, "README.md"), "utf8"), "the project's README").toBe("the project's README");
  rmSync(join(out, STAGING), { recursive: true });
  plant(
    out,
    [
      { target: "lnk/.git/hooks/pre-commit", old: true },
      { target: "manifest.json/x", old: false },
    ],
    ["", "y"],
  );
  writeFileSync(join(out, STAGING, "old", "0"), "#!/bin/sh\necho PWNED\n", { mode: 0o755 });
  rmSync(join(out, STAGING, "new", "0"));
  expect(() => recoverPublish(out)).toThrow(/link out of the output folder/);
  expect(existsSync(join(root, ".git", "hooks", "pre-commit")), "the planted hook").toBe(false);
});
