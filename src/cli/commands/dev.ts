// `last-pocket dev [--port N]`: the live preview of the notebook.

import { join } from "node:path";
import { CliError } from "../../build/errors.js";
import { startPreview } from "../../preview/server.js";
import { parseCommandArgs } from "../args.js";
import { PROJECT_ROOT } from "../root.js";

const defaults = {
  /** How long Ctrl-C waits for the preview to close before the process exits anyway. */
  closeMs: 5_000,
};

export const HELP = `Usage: last-pocket dev [--port N]

Serves the notebook (output/index.html) on http://127.0.0.1:N/ and rebuilds
when a file in data/, charts/ or src/ is saved; open pages reload by themselves.
A build error shows in the page and here; the server keeps running.

Options:
  --port N     Port to listen on (default: 4321; 0 picks a free one)
  -h, --help   Show this help`;

export async function run(args: string[]): Promise<void> {
  const { values, positionals } = parseCommandArgs("dev", args, {
    port: { type: "string", default: "4321" },
    help: { type: "boolean", short: "h" },
  });
  if (positionals.length > 0) throw new CliError(`dev: unexpected argument "${positionals[0]}" (dev takes only --port N)`, 2);
  if (values.help) {
    process.stdout.write(`${HELP}\n`);
    return;
  }
  const port = Number(values.port);
  if (!Number.isInteger(port) || port < 0 || port > 65535)
    throw new CliError(`--port must be a whole number from 0 to 65535 (got "${values.port}")`, 2);
  const log = (line: string) => process.stdout.write(`${line}\n`);
  const preview = await startPreview({ root: PROJECT_ROOT, out: join(PROJECT_ROOT, "output"), port, log });
  log(`Preview on ${preview.url} (Ctrl-C to stop)`);
  await new Promise<void>((stop) => process.once("SIGINT", stop));
  // Ctrl-C always stops the preview: whatever close() has not finished within
  // the deadline (a worker still starting, a connection held open) goes with the process.
  await Promise.race([preview.close(), new Promise((timeUp) => setTimeout(timeUp, defaults.closeMs).unref())]);
  process.exit(0);
}
