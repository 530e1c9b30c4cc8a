import { readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, test } from "vitest";
import { areaKm2 } from "../../charts/territory/territory.js";
import { loadDataset } from "../../data/load.js";
import { readDataset } from "../../data/read.js";
import { DataError } from "../../src/build/errors.js";
import { PROJECT_ROOT } from "../../src/cli/root.js";

const dataset = readDataset();
const facts = readFileSync(join(PROJECT_ROOT, "data", "facts.md"), "utf8").split("\n");
const urlOf = (id: string) => dataset.sources.find((source) => source.id === id)?.url ?? "";

const outletOf = (id: string) => dataset.sources.find((source) => source.id === id)?.outlet ?? "";

/**
 * The facts.md lines that hold `figure` (and `date`, when given) and name one
 * of the row's pages: by URL, or where facts.md refers back to a URL it gave
 * earlier ("same Washington Examiner URL as above", "dimoqrati.net URL in Table 2").
 */
function factLines(sources: readonly string[], figure: string, date?: string): string[] {
  const host = (id: string) => new URL(urlOf(id)).hostname.replace(/^www\./, "");
  const refersBack = (line: string, id: string) =>
    (/same .* URL as above/.test(line) && line.includes(outletOf(id))) || line.includes(`${host(id)} URL in Table`);
  const names = (line: string, id: string) => line.includes(urlOf(id)) || refersBack(line, id);
  return facts.filter((line) => sources.some((id) => names(line, id)) && line.includes(figure) && (!date || line.includes(date)));
}

describe("sources", () => {
  test("every source URL is quoted in facts.md", () => {
    const missing = dataset.sources.filter((source) => !facts.some((line) => line.includes(source.url)));
    expect(missing.map((source) => source.id)).toEqual([]);
  });
  test("every source URL is http or https", () => {
    for (const source of dataset.sources) expect(source.url, source.id).toMatch(/^https?:\/\//);
  });
  test("every conflict id is one facts.md records", () => {
    for (const conflict of dataset.conflicts)
      expect(
        facts.some((line) => line.startsWith(`* **${conflict.id}.`)),
        conflict.id,
      ).toBe(true);
  });
});

describe("territory", () => {
  test("each series runs in date order", () => {
    for (const series of ["ihs", "other"]) {
      const dates = dataset.territory.filter((row) => row.series === series).map((row) => +row.refers_to.date);
      expect(dates).toEqual([...dates].sort((a, b) => a - b));
    }
  });
  test("areas are never negative", () => {
    for (const row of dataset.territory) expect(areaKm2(row)).toBeGreaterThanOrEqual(0);
  });
  test("every figure stands in facts.md on a line quoting its source, with its date when the date is exact", () => {
    for (const row of dataset.territory) {
      const figure = row.value.toLocaleString("en-US");
      const date = row.date_status === "exact" ? row.refers_to.iso : undefined;
      expect(factLines(row.sources, figure, date), `line ${row.line}: ${figure}`).not.toEqual([]);
    }
  });
  test("no row carries a status-R figure", () => {
    for (const row of dataset.territory) expect(["V", "V-2"]).toContain(row.status);
  });
});

describe("events", () => {
  test("every event has a source whose facts.md line gives its date", () => {
    for (const event of dataset.events) {
      expect(event.sources.length, event.id).toBeGreaterThan(0);
      const date = event.date.precision === "day" ? event.date.iso : undefined;
      if (event.date_status === "exact") expect(factLines(event.sources, "", date), event.id).not.toEqual([]);
    }
  });
});

test("loadDataset() reports unknown ids with file, line and field", () => {
  const read = (file: string) => {
    const text = readFileSync(join(PROJECT_ROOT, file), "utf8");
    return file === "data/territory.csv" ? text.replace(",ihs-bbc,V,", ",no-such-source,V,") : text;
  };
  expect(() => loadDataset(read)).toThrow(DataError);
  expect(() => loadDataset(read)).toThrow('data/territory.csv, line 2, field "sources": expected a known source id, got "no-such-source"');
});

test("data/README.md is generated from the current schema and sources", async () => {
  const { generateDataReadme } = await import("../../data/generate-readme.js");
  expect(readFileSync(join(PROJECT_ROOT, "data", "README.md"), "utf8")).toBe(generateDataReadme());
});

describe("casualties", () => {
  test("each group's running toll never goes down, unless a note says why", () => {
    for (const group of ["sdf", "is", "civilians"]) {
      const rows = dataset.casualties.filter((row) => row.group === group);
      let highest = 0;
      for (const row of rows) {
        if (row.value < highest) expect(row.note, `line ${row.line} (${group} ${row.value} < ${highest})`).toBeDefined();
        highest = Math.max(highest, row.value);
      }
    }
  });
  test("rows run in date order", () => {
    const dates = dataset.casualties.map((row) => +row.refers_to.date);
    expect(dates).toEqual([...dates].sort((a, b) => a - b));
  });
  test("every toll stands in facts.md on a line quoting its source, with its date when the date is exact", () => {
    for (const row of dataset.casualties) {
      const figure = row.value.toLocaleString("en-US");
      const date = row.date_status === "exact" ? row.refers_to.iso : undefined;
      expect(factLines(row.sources, figure, date), `line ${row.line}: ${figure}`).not.toEqual([]);
    }
  });
  test("only SOHR tolls are on the running line", () => {
    for (const row of dataset.casualties) {
      for (const id of row.sources)
        expect(dataset.sources.find((source) => source.id === id)?.organisation, `line ${row.line}`).toBe("sohr");
    }
  });
});

describe("a datum cites only sources that give that value", () => {
  const host = (id: string) => new URL(urlOf(id)).hostname.replace(/^www\./, "");
  /** Names facts.md may use for a source: its outlet without the relay in brackets, or its site's name. */
  const isNamed = (name: string, id: string) => {
    const said = name.trim().toLowerCase();
    const outlet = outletOf(id)
      .replace(/\s*\(.*\)$/, "")
      .toLowerCase();
    const site = host(id).split(".").at(-2) ?? "";
    return said === outlet || said.includes(site) || outlet.includes(said);
  };
  /** "Dunia Ekspress says >750": facts.md pins a figure to one source on a line that lists several. */
  const saysOtherFigure = (line: string, id: string, figure: string) =>
    [...line.matchAll(/(?:^|[;:(|]\s*)([^;:()|]+?) says ([<>≥≈]?\s*[\d,.]+)/g)].some(
      ([, name, value]) => isNamed(name, id) && value.replace(/[^\d.]/g, "") !== figure.replace(/,/g, ""),
    );
  const rows = [
    ...dataset.territory.map((row) => ({ ...row, file: "territory", exact: row.date_status === "exact" })),
    ...dataset.casualties.map((row) => ({ ...row, file: "casualties", exact: row.date_status === "exact" })),
  ];
  test("every cited source stands on a facts.md line with the figure (each source, not just one)", () => {
    const unsupported = rows.flatMap((row) => {
      const figure = row.value.toLocaleString("en-US");
      return row.sources
        .filter((id) => factLines([id], figure, row.exact ? row.refers_to.iso : undefined).length === 0)
        .map((id) => `${row.file}.csv line ${row.line}: ${id} does not give ${figure}`);
    });
    expect(unsupported).toEqual([]);
  });
  test("no cited source is one facts.md says gives another figure", () => {
    const contradicted = rows.flatMap((row) => {
      const figure = row.value.toLocaleString("en-US");
      return row.sources
        .filter((id) => factLines([id], figure).some((line) => saysOtherFigure(line, id, figure)))
        .map((id) => `${row.file}.csv line ${row.line}: ${id} gives another figure than ${figure}`);
    });
    expect(contradicted).toEqual([]);
  });
  test("no figure rests on an encyclopedia: Wikipedia is not a newsroom source", () => {
    const wikis = dataset.sources.filter((source) => /wikip[eé]dia/i.test(`${source.url} ${source.outlet}`));
    expect(wikis.map((source) => source.id)).toEqual([]);
  });
});

describe("a cumulative line never goes down", () => {
  test("each group's precise figures (the line's vertices) never fall; rounded figures and minimums are separate marks", () => {
    for (const group of ["sdf", "is", "civilians"]) {
      let highest = 0;
      for (const row of dataset.casualties.filter((r) => r.group === group && r.qualifier === "exact")) {
        expect(row.value, `line ${row.line} (${group})`).toBeGreaterThanOrEqual(highest);
        highest = row.value;
      }
    }
  });
});
