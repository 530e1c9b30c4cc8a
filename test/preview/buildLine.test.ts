import { expect, test } from "vitest";
import { buildLine } from "../../src/preview/server.js";

test("buildLine() says 'up to date' only when no chart was rebuilt, and says so when a rebuilt chart wrote no file", () => {
  expect(buildLine([], 0, 12)).toBe("up to date");
  expect(buildLine(["territory"], 13, 901.4)).toBe("rebuilt territory: 13 files in 901 ms");
  expect(buildLine(["territory", "map"], 0, 644.6)).toBe(
    "rebuilt territory, map: the sources changed, but no file did (0 written in 645 ms)",
  );
});
