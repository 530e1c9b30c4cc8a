// Determinism across processes: every variant of every chart, rendered in a
// child process under other time zones and locales, or in the opposite order,
// gives the bytes this process gives. In the slow project: each child loads
// jsdom, Plot and every chart again.

import { execFileSync } from "node:child_process";
import { createHash } from "node:crypto";
import { fileURLToPath } from "node:url";
import { expect, test } from "vitest";
import { charts } from "../charts/index.js";
import { readDataset } from "../data/read.js";
import { variants } from "../src/publish/variants.js";
import { render } from "../src/render/render.js";

const dataset = readDataset();
const fixture = fileURLToPath(new URL("./fixtures/render-hash.ts", import.meta.url));

function renderAllHash(): string {
  const hash = createHash("sha256");
  for (const chart of charts) for (const variant of variants()) hash.update(render(chart, dataset, variant));
  return hash.digest("hex");
}

test("render() gives identical bytes under other time zones and locales", () => {
  const here = renderAllHash();
  for (const env of [
    { TZ: "Pacific/Kiritimati", LANG: "ar_EG.UTF-8", LC_ALL: "ar_EG.UTF-8" },
    { TZ: "America/Los_Angeles", LANG: "C", LC_ALL: "C" },
  ]) {
    const there = execFileSync(process.execPath, ["--import", "tsx", fixture], { env: { ...process.env, ...env }, encoding: "utf8" });
    expect(there, JSON.stringify(env)).toBe(here);
  }
}, 90_000);

test("render() gives identical bytes when charts and variants render in the opposite order", () => {
  const there = execFileSync(process.execPath, ["--import", "tsx", fixture, "--reverse"], { encoding: "utf8" });
  expect(there).toBe(renderAllHash());
}, 60_000);
