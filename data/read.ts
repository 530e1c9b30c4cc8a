// Reads the dataset from disk, relative to the project root.

import { readInputFile } from "../src/build/inputFile.js";
import { PROJECT_ROOT } from "../src/cli/root.js";
import { type Dataset, loadDataset } from "./load.js";

export function readDataset(root = PROJECT_ROOT): Dataset {
  // Bytes, not text: the loader decodes them strictly (see src/schema/decode.ts). Only regular files are read:
  // a missing file, a folder or a named pipe fails in one line naming it (src/build/inputFile.ts).
  return loadDataset((file) => readInputFile(root, file));
}
