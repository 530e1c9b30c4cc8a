// What the executable knows that a command may need: passed down by main(),
// never read from a global.

import type { LoadedSources } from "../build/incremental.js";

export interface RunContext {
  /** The bytes of the sources the running code was compiled from (bin.js); unknown when run from the sources. */
  readonly loaded?: LoadedSources;
}
