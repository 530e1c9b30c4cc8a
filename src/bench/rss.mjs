// Loaded with `node --import` by the benchmark: prints the process's peak
// resident memory on exit, so a spawned build can report it.
import { writeSync } from "node:fs";

process.on("exit", () => writeSync(2, `\nbench-max-rss-kb=${process.resourceUsage().maxRSS}\n`));
