#!/usr/bin/env node
// The command line: a thin layer over node:util parseArgs that loads each
// subcommand only when it is asked for. Errors are one line; exit codes are
// 0 on success, 1 on a build or data error, 2 on a usage error.

import { CliError } from "./errors.js";

const USAGE = `Usage: last-pocket <command> [options]

Commands:
  build [chart...]   Render the charts that changed into output/
  dev                Serve the notebook with live reload on 127.0.0.1

Run "last-pocket <command> --help" for a command's options.

Options:
  --verbose          Print stack traces on errors
  -h, --help         Show this help`;

const commands: Record<string, () => Promise<{ run(args: string[]): Promise<void> }>> = {
  build: () => import("./commands/build.js"),
  dev: () => import("./commands/dev.js"),
};

export async function main(argv: string[]): Promise<number> {
  const verbose = argv.includes("--verbose");
  try {
    const [name, ...rest] = argv.filter((arg) => arg !== "--verbose");
    if (name === undefined || name === "-h" || name === "--help") {
      process.stdout.write(`${USAGE}\n`);
      return name === undefined ? 2 : 0;
    }
    const load = commands[name];
    if (!load) throw new CliError(`unknown command "${name}" (try --help)`, 2);
    await (await load()).run(rest);
    return 0;
  } catch (error) {
    if (error instanceof CliError) {
      process.stderr.write(`last-pocket: ${error.message}\n`);
      if (verbose) process.stderr.write(`${error.stack}\n`);
      return error.exitCode;
    }
    if (error instanceof TypeError && "code" in error && String(error.code).startsWith("ERR_PARSE_ARGS")) {
      process.stderr.write(`last-pocket: ${error.message}\n`);
      return 2;
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
