#!/usr/bin/env node
// The package's executable: runs the CLI from its compiled bundle (see
// compile.mjs), rebuilt whenever a source file changed.
import { compiledCli } from "./compile.mjs";

const { main } = await import(await compiledCli());
process.exitCode = await main(process.argv.slice(2));
