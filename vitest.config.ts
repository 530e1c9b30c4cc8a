import { defineConfig } from "vitest/config";

export default defineConfig({
  test: {
    include: ["test/**/*.test.ts"],
    // Plot's pixel offset depends on a global `it`: keep vitest's globals off (see src/plot.ts).
    globals: false,
  },
});
