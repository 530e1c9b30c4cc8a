import { spawnSync } from "node:child_process";
import { join } from "node:path";
import { expect, test } from "vitest";
import { PROJECT_ROOT } from "../src/root.js";

function cli(...args: string[]) {
  const result = spawnSync(process.execPath, ["--import", "tsx", join(PROJECT_ROOT, "src/cli.ts"), ...args], {
    encoding: "utf8",
    cwd: PROJECT_ROOT,
  });
  return { code: result.status, stdout: result.stdout, stderr: result.stderr };
}

test("last-pocket --help and build --help print usage and exit 0", () => {
  expect(cli("--help")).toMatchObject({ code: 0, stdout: expect.stringContaining("Commands:") });
  expect(cli("build", "--help")).toMatchObject({ code: 0, stdout: expect.stringContaining("--locale fr|en") });
});

test("last-pocket exits 2 with one line on a usage error", () => {
  for (const args of [["nope"], ["build", "--width", "999"], ["build", "--nope"], ["build", "nochart"], []]) {
    const { code, stderr } = cli(...args);
    expect(code, args.join(" ")).toBe(2);
    if (args.length > 0) expect(stderr.trim().split("\n"), args.join(" ")).toHaveLength(1);
  }
}, 30_000);
