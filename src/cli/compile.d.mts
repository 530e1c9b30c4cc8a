/** The URL of the compiled CLI module, compiling it first when the sources changed or the cached bundle is damaged. */
export function compiledCli(): Promise<string>;
export const INTEGRITY: string;
/** The SHA-256 of every file of a bundle, by name. */
export function bundleHashes(folder: string): Record<string, string>;
/** Whether a cached bundle is whole and unchanged since it was compiled. */
export function verifiedBundle(folder: string): boolean;
