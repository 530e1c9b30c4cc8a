/**
 * The URL of the compiled CLI module, compiling it first when the sources
 * changed or the cached bundle is damaged, and the sources' bytes (by path
 * relative to the root) it was compiled from.
 */
export function compiledCli(): Promise<{ url: string; sources: ReadonlyMap<string, Uint8Array> }>;
export const INTEGRITY: string;
/** The SHA-256 of every file of a bundle, by name. */
export function bundleHashes(folder: string): Record<string, string>;
/** Whether a cached bundle is whole and unchanged since it was compiled. */
export function verifiedBundle(folder: string): boolean;
