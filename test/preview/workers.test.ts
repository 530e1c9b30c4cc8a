// The preview's build workers once closed: a build queued before Ctrl-C
// must not start a worker, which would keep `last-pocket dev` running.

import { expect, test } from "vitest";
import { PROJECT_ROOT } from "../../src/cli/root.js";
import { BuildWorkers } from "../../src/preview/workers.js";

test("BuildWorkers.build() after close() starts no worker and answers that the preview is closed", async () => {
  const lines: string[] = [];
  const workers = new BuildWorkers({ root: PROJECT_ROOT, log: (line) => void lines.push(line) });
  await workers.close();
  const heard: unknown[] = [];
  const reply = await workers.build({ type: "build", root: PROJECT_ROOT, out: "unused", shared: [] }, (first) => void heard.push(first));
  expect(reply, "reply of a build after close()").toEqual({ ok: false, error: "the preview is closed", ms: 0 });
  expect(workers.started, "workers started after close()").toBe(0);
  expect(heard, "first-variant messages after close()").toEqual([]);
  expect(lines, "log lines after close()").toEqual([]);
});
