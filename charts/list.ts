// The one list of charts, in the order the notebook tells the story: one line
// per chart, its id (the name of its folder, charts/<id>/, see src/render/chart.ts)
// and the data files it reads. Everything else comes from it: the chart
// modules loaded (charts/index.ts), the files hashed for incremental builds
// (charts/registry.ts), the CLI's chart names, the notebook's sections and
// the tests. `last-pocket new <id>` adds a line here.

const shared = ["data/events.csv", "data/sources.csv", "data/organisations.csv", "data/conflicts.csv"];

export interface ChartEntry {
  readonly id: string;
  /** The data files it reads (a test checks them against the chart's `tables`). */
  readonly data: readonly string[];
}

export const chartList: readonly ChartEntry[] = [
  { id: "territory", data: ["data/territory.csv", ...shared] },
  { id: "casualties", data: ["data/casualties.csv", ...shared] },
  { id: "timeline", data: shared },
  { id: "map", data: [...shared, "data/places.csv", "data/features.csv", "data/geometry.csv"] },
];
