/** Compiles CommonJS files under node_modules with a V8 code cache kept in `root`'s node_modules/.cache. */
export function enableCodeCache(root: string): {
  /** Writes the cache if this run compiled anything it did not hold; how many files hit and missed. */
  save(): { hits: number; misses: number };
};
