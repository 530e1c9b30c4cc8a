// Loaded with `node --import` by the benchmark: prints the process's peak
// resident memory and its CPU time (every thread, user + system) on exit, so
// a spawned build can report them.
import { writeSync } from "node:fs";

process.on("exit", () => {
  const { maxRSS, userCPUTime, systemCPUTime } = process.resourceUsage();
  writeSync(2, `\nbench-max-rss-kb=${maxRSS} bench-cpu-us=${userCPUTime + systemCPUTime}\n`);
});
