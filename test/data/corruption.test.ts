// Property tests: thousands of corrupted datasets. Whatever the corruption,
// loading either succeeds or fails with a DataError whose every problem names
// a real file (and a line inside it); and a build from bad data writes nothing.

import { readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import fc from "fast-check";
import { expect, test } from "vitest";
import { charts } from "../../charts/index.js";
import { loadDataset } from "../../data/load.js";
import { tables } from "../../data/schema.js";
import { DataError } from "../../src/build/errors.js";
import { incrementalBuild } from "../../src/build/incrementalBuild.js";
import { PROJECT_ROOT } from "../../src/cli/root.js";
import { memoryEffects, tempProject } from "../helpers/effects.js";

// Under `npm run mutate`, every surviving mutant reruns these properties: a tenth of the runs.
const RUNS = process.env.LAST_POCKET_MUTATION ? 0.1 : 1;
const FILES = tables.map((table) => table.file);
const originals = new Map(FILES.map((file) => [file, readFileSync(join(PROJECT_ROOT, file), "utf8")]));

/** Awkward text: quotes, separators, line breaks, markup, right-to-left and astral characters, huge numbers. */
const nasty = fc.oneof(
  fc.string({ unit: "grapheme", maxLength: 12 }),
  fc.constantFrom(
    '"',
    '""',
    ",",
    ";",
    "\n",
    "\r",
    "\uFEFF",
    "-1",
    "1e309",
    "99999999999999999999",
    "2019-02-30",
    "NaN",
    "<x>",
    "\u202e",
    "javascript:alert(1)",
    "",
  ),
);

type Corruption = (text: string) => string;
const corruption: fc.Arbitrary<Corruption> = fc.oneof(
  // Replace one cell.
  fc.tuple(fc.nat(), fc.nat(), nasty).map(
    ([row, column, value]): Corruption =>
      (text) => {
        const lines = text.split("\n");
        const index = Math.min(lines.length - 1, 1 + (row % Math.max(1, lines.length - 2)));
        const cells = lines[index].split(",");
        cells[column % cells.length] = value;
        lines[index] = cells.join(",");
        return lines.join("\n");
      },
  ),
  // Insert text anywhere.
  fc.tuple(fc.nat(), nasty).map(
    ([at, value]): Corruption =>
      (text) =>
        text.slice(0, at % text.length) + value + text.slice(at % text.length),
  ),
  // Cut the file short, or empty it.
  fc.nat().map(
    (at): Corruption =>
      (text) =>
        text.slice(0, at % (text.length + 1)),
  ),
  // Drop or duplicate a line.
  fc.tuple(fc.nat(), fc.boolean()).map(
    ([row, duplicate]): Corruption =>
      (text) => {
        const lines = text.split("\n");
        const index = row % lines.length;
        lines.splice(index, duplicate ? 0 : 1, ...(duplicate ? [lines[index]] : []));
        return lines.join("\n");
      },
  ),
);

const corruptedDataset = fc.tuple(fc.constantFrom(...FILES), fc.array(corruption, { minLength: 1, maxLength: 3 })).map(([file, steps]) => {
  const text = steps.reduce((current, step) => step(current), originals.get(file) as string);
  const read = (path: string) => (path === file ? text : (originals.get(path) as string));
  return { file, read, lines: (path: string) => read(path).split("\n").length };
});

test("loading a corrupted dataset succeeds or names the file, line and field of every problem", () => {
  fc.assert(
    fc.property(corruptedDataset, ({ read, lines }) => {
      try {
        loadDataset(read);
      } catch (error) {
        expect(error).toBeInstanceOf(DataError);
        const problems = (error as DataError).problems;
        expect(problems.length).toBeGreaterThan(0);
        // One line per problem, the first 50, then one line counting the rest.
        expect((error as DataError).message.split("\n")).toHaveLength(problems.length > 50 ? 51 : problems.length);
        for (const problem of problems) {
          expect(FILES).toContain(problem.file);
          if (problem.line !== undefined) expect(problem.line).toBeGreaterThanOrEqual(1);
          // A corruption in one file can surface in another: an id that no longer resolves.
          if (problem.line !== undefined) expect(problem.line).toBeLessThanOrEqual(lines(problem.file) + 1);
          expect(problem.expected.length).toBeGreaterThan(3);
        }
      }
    }),
    { numRuns: 3000 * RUNS, seed: 20190323 },
  );
}, 60_000);

test("a build from corrupted data files writes nothing, and a build from data that stayed valid writes its SVGs", async () => {
  // End to end: the corrupted file is on disk, and the build reads it itself.
  const { root, remove } = tempProject();
  let failures = 0;
  try {
    await fc.assert(
      fc.asyncProperty(corruptedDataset, async ({ file, read }) => {
        writeFileSync(join(root, file), read(file));
        const effects = memoryEffects();
        const options = { root, out: join(root, "output"), locales: ["fr"], widths: [360], formats: ["svg"] } as const;
        try {
          await incrementalBuild(options, effects);
        } catch (error) {
          if (!(error instanceof DataError)) throw error;
          failures++;
          expect(effects.writes, `files written by a build from a corrupted ${file}`).toEqual([]);
          return;
        } finally {
          writeFileSync(join(root, file), originals.get(file) as string);
        }
        expect(effects.writes.length, `SVGs written by a build from a corrupted ${file} that stayed valid`).toBe(charts.length * 2);
      }),
      { numRuns: 150 * RUNS, seed: 20181210, examples: [] },
    );
  } finally {
    remove();
  }
  expect(failures, "corrupted datasets refused").toBeGreaterThan(50 * RUNS);
}, 120_000);
