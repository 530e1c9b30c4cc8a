#!/usr/bin/env node
// The command line: a thin layer over node:util parseArgs that loads each
// subcommand only when it is asked for. Errors are one line; exit codes are
// 0 on success, 1 on a build or data error, 2 on a usage error.

import { readFileSync } from "node:fs";
import { join } from "node:path";
import { CliError } from "../build/errors.js";
import type { RunContext } from "./context.js";
import { PROJECT_ROOT } from "./root.js";
import { didYouMean } from "./suggest.js";

const USAGE = `Usage: last-pocket <command> [options]

Commands:
  build [chart...]   Render the charts that changed into output/
  dev                Serve the notebook with live reload on 127.0.0.1
  new <id>           Scaffold a new chart in charts/<id>/
  help [command]     Show this help, or a command's options

Options:
  --verbose          Print stack traces on errors
  -h, --help         Show this help
  -v, --version      Print the version`;

interface Command {
  readonly HELP: string;
  run(args: string[], context: RunContext): Promise<void>;
}

const commands: Record<string, () => Promise<Command>> = {
  build: () => import("./commands/build.js"),
  dev: () => import("./commands/dev.js"),
  new: () => import("./commands/new.js"),
};
const NAMES = [...Object.keys(commands), "help"];

function version(): string {
  return JSON.parse(readFileSync(join(PROJECT_ROOT, "package.json"), "utf8")).version;
}

async function load(name: string): Promise<Command> {
  const loader = commands[name];
  if (!loader) throw new CliError(`unknown command "${name}"${didYouMean(name, NAMES)} (run "last-pocket help")`, 2);
  return loader();
}

async function dispatch(argv: string[], context: RunContext): Promise<number> {
  const [name, ...rest] = argv;
  if (name === undefined) {
    process.stderr.write(`${USAGE}\n`);
    return 2;
  }
  if (name === "-h" || name === "--help") {
    process.stdout.write(`${USAGE}\n`);
    return 0;
  }
  if (name === "-v" || name === "--version") {
    process.stdout.write(`${version()}\n`);
    return 0;
  }
  if (name.startsWith("-"))
    throw new CliError(`unknown option ${name}${didYouMean(name, ["--help", "--version", "--verbose"], (s) => s)}`, 2);
  if (name === "help") {
    if (rest.length > 1) throw new CliError(`help takes one command name at most (got ${rest.length})`, 2);
    process.stdout.write(`${rest.length === 0 ? USAGE : (await load(rest[0])).HELP}\n`);
    return 0;
  }
  await (await load(name)).run(rest, context);
  return 0;
}

export async function main(argv: string[], context: RunContext = {}): Promise<number> {
  const verbose = argv.includes("--verbose");
  try {
    return await dispatch(
      argv.filter((arg) => arg !== "--verbose"),
      context,
    );
  } catch (error) {
    if (error instanceof CliError) {
      process.stderr.write(`last-pocket: ${error.message}\n`);
      if (verbose) process.stderr.write(`${error.stack}\n`);
      return error.exitCode;
    }
    process.stderr.write(`last-pocket: ${verbose ? (error as Error).stack : (error as Error).message}\n`);
    return 1;
  }
}

if (import.meta.url === `file://${process.argv[1]}`) {
  main(process.argv.slice(2)).then((code) => {
    process.exitCode = code;
  });
}
