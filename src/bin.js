#!/usr/bin/env node
// The package's executable: registers tsx so Node can load the TypeScript
// sources, then runs the CLI and exits with its code.
import { register } from "tsx/esm/api";

register();
const { main } = await import("./cli.ts");
process.exitCode = await main(process.argv.slice(2));
