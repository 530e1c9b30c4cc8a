// Reads the dataset from disk, relative to the project root.

import { readFileSync } from "node:fs";
import { join } from "node:path";
import { PROJECT_ROOT } from "../src/cli/root.js";
import { type Dataset, loadDataset } from "./load.js";

export function readDataset(root = PROJECT_ROOT): Dataset {
  // Bytes, not text: the loader decodes them strictly (see src/schema/decode.ts).
  return loadDataset((file) => readFileSync(join(root, file)));
}
