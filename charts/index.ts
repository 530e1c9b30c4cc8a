// Every chart the package builds, in the order the notebook tells the story.

import type { Chart } from "../src/chart.js";
import { casualtiesChart } from "./casualties.js";
import { mapChart } from "./map/map.js";
import { territoryChart } from "./territory.js";
import { timelineChart } from "./timeline.js";

export const charts: readonly Chart[] = [territoryChart, casualtiesChart, timelineChart, mapChart];
