import { spawnSync } from "node:child_process";
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { expect, test } from "vitest";
import { main } from "../src/cli/cli.js";
import { PROJECT_ROOT } from "../src/cli/root.js";

const { version } = JSON.parse(readFileSync(join(PROJECT_ROOT, "package.json"), "utf8"));

/** Runs the CLI in this process (usage paths import nothing heavy), capturing what it prints. */
async function cli(...args: string[]) {
  const out: string[] = [];
  const err: string[] = [];
  const { stdout, stderr } = process;
  const write = (into: string[]) => (chunk: string | Uint8Array) => into.push(String(chunk)) > 0;
  stdout.write = write(out) as typeof stdout.write;
  stderr.write = write(err) as typeof stderr.write;
  try {
    const code = await main(args);
    return { code, stdout: out.join(""), stderr: err.join("") };
  } finally {
    delete (stdout as { write?: unknown }).write;
    delete (stderr as { write?: unknown }).write;
  }
}

test("last-pocket --help, help, help build and build --help print usage and exit 0", async () => {
  expect(await cli("--help")).toMatchObject({ code: 0, stdout: expect.stringContaining("Commands:") });
  expect(await cli("help")).toMatchObject({ code: 0, stdout: expect.stringContaining("help [command]") });
  expect(await cli("help", "build")).toMatchObject({ code: 0, stdout: expect.stringContaining("--locale fr|en") });
  expect(await cli("build", "--help")).toMatchObject({ code: 0, stdout: expect.stringContaining("--locale fr|en") });
  expect(await cli("help", "dev")).toMatchObject({ code: 0, stdout: expect.stringContaining("--port N") });
}, 60_000); // the first test loads the subcommands' modules

test("last-pocket --version and -v print the package's version", async () => {
  expect(await cli("--version")).toEqual({ code: 0, stdout: `${version}\n`, stderr: "" });
  expect(await cli("-v")).toEqual({ code: 0, stdout: `${version}\n`, stderr: "" });
});

test("last-pocket with no command prints usage on stderr and exits 2", async () => {
  expect(await cli()).toMatchObject({ code: 2, stdout: "", stderr: expect.stringContaining("Usage:") });
});

test("last-pocket exits 2 with one line, suggesting what was meant, on a usage error", async () => {
  const cases: [string[], string][] = [
    [["biuld"], 'unknown command "biuld"; did you mean "build"?'],
    [["nope"], 'unknown command "nope"; expected one of "build", "dev", "new", "help"'],
    [["new"], "new: give the new chart's id (last-pocket new <id>)"],
    [["new", "Roads"], 'new: "Roads" is not kebab-case (lower-case letters and digits, words joined by "-", e.g. "camp-population")'],
    [["new", "front_lines"], 'new: "front_lines" is not kebab-case'],
    [["new", "map"], 'new: chart "map" exists already (charts/map/)'],
    [["new", "a", "b"], "new: one chart id at a time (got 2)"],
    [["new", "a".repeat(250)], "new: the id has 250 characters, at most 64"],
    [["help", "buidl"], 'did you mean "build"?'],
    [["--verison"], "unknown option --verison; did you mean --version?"],
    [["build", "--froce"], "build: unknown option --froce; did you mean --force?"],
    [["build", "--nope"], "build: unknown option --nope; expected one of --locale, --width, --format, --out, --base-url, --force, --help"],
    [["build", "terrtory"], 'build: unknown chart "terrtory"; did you mean "territory"?'],
    [["build", "nochart"], 'build: unknown chart "nochart"; expected one of "territory", "casualties", "timeline"'],
    [["build", "--out"], "build: --out needs a value (--out DIR)"],
    [["build", "--out="], "build: --out needs a value (--out DIR)"],
    [["build", "--out", "--force"], "build: --out needs a value (--out DIR)"],
    [["build", "--force=yes"], "build: --force takes no value"],
    [["build", "--width", "999"], 'build: --width must be one of 360, 720 (got "999")'],
    [["build", "--locale", "fn"], 'build: --locale must be one of fr, en (got "fn"; did you mean "fr"?)'],
    [["dev", "--prot", "1"], "dev: unknown option --prot; did you mean --port?"],
    [["dev", "extra"], 'dev: unexpected argument "extra"'],
  ];
  for (const [args, message] of cases) {
    const { code, stdout, stderr } = await cli(...args);
    expect(code, args.join(" ")).toBe(2);
    expect(stdout, args.join(" ")).toBe("");
    expect(stderr.trimEnd().split("\n"), args.join(" ")).toEqual([expect.stringContaining(message)]);
    expect(stderr, args.join(" ")).toMatch(/^last-pocket: /);
  }
});

test("with --verbose, the executable's stack traces name the source files (src/…), not the compiled bundle", () => {
  const { status, stderr } = spawnSync(process.execPath, [join(PROJECT_ROOT, "src", "cli", "bin.js"), "build", "--out", "/", "--verbose"], {
    encoding: "utf8",
  });
  expect(status).toBe(2);
  const frames = stderr.split("\n").filter((line) => line.trimStart().startsWith("at "));
  expect(frames[0], stderr).toMatch(new RegExp(`\\(${join(PROJECT_ROOT, "src", "cli", "commands", "build.ts")}:\\d+:\\d+\\)$`));
  expect(frames.join("\n"), stderr).toContain(`${join(PROJECT_ROOT, "src", "cli", "cli.ts")}:`);
  expect(stderr, "no frame in the bundle").not.toContain(join(".cache", "last-pocket", "cli"));
}, 60_000);

test("the executable (src/cli/bin.js) prints its version and a usage error like main()", () => {
  const run = (...args: string[]) =>
    spawnSync(process.execPath, [join(PROJECT_ROOT, "src", "cli", "bin.js"), ...args], { encoding: "utf8" });
  expect(run("--version")).toMatchObject({ status: 0, stdout: `${version}\n` });
  expect(run("build", "--froce")).toMatchObject({
    status: 2,
    stderr: "last-pocket: build: unknown option --froce; did you mean --force?\n",
  });
}, 60_000);
