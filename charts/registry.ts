// What each chart is made of, by file, without importing its code (which
// would load jsdom and Plot): the build hashes these files to decide which
// charts are stale. A test checks this list against the charts themselves.

export interface ChartFiles {
  readonly id: string;
  /**
   * The chart's own modules. The preview reloads exactly these after an edit
   * (bundled together, everything else external); one of them exports the chart.
   */
  readonly modules: readonly string[];
  /** The data files it reads. */
  readonly data: readonly string[];
}

const shared = ["data/events.csv", "data/sources.csv", "data/organisations.csv", "data/conflicts.csv"];

export const registry: readonly ChartFiles[] = [
  { id: "territory", modules: ["charts/territory.ts", "charts/territory.strings.ts"], data: ["data/territory.csv", ...shared] },
  { id: "casualties", modules: ["charts/casualties.ts", "charts/casualties.strings.ts"], data: ["data/casualties.csv", ...shared] },
  { id: "timeline", modules: ["charts/timeline.ts", "charts/timeline.strings.ts"], data: shared },
  {
    id: "map",
    modules: [
      "charts/map/map.ts",
      "charts/map/map.strings.ts",
      "charts/map/geography.ts",
      "charts/map/key.ts",
      "charts/map/labels.ts",
      "charts/map/panel.ts",
      "charts/map/route.ts",
      "charts/map/map.notebook.ts",
      "charts/map/table.ts",
    ],
    data: [...shared, "data/places.csv", "data/features.csv", "data/geometry.csv"],
  },
];

/** Files every chart depends on: the library, the schema and loader, and the locked dependency versions. */
export const SHARED_CODE = [
  "src",
  "data/schema.ts",
  "data/load.ts",
  "data/read.ts",
  "charts/index.ts",
  "charts/registry.ts",
  "package-lock.json",
];
