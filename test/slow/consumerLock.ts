// A package-lock.json for a new project that installs our packed tarball and
// vitest, built from our own lockfile: `npm ci --offline` then installs it
// from npm's cache alone (a plain `npm install` would need the registry's
// package metadata, which `npm ci` never caches).

import { createHash } from "node:crypto";
import { readFileSync } from "node:fs";
import { join } from "node:path";

interface LockEntry {
  version?: string;
  resolved?: string;
  integrity?: string;
  dev?: boolean;
  dependencies?: Record<string, string>;
  optionalDependencies?: Record<string, string>;
  peerDependencies?: Record<string, string>;
  peerDependenciesMeta?: Record<string, { optional?: boolean }>;
  [key: string]: unknown;
}

/** Where Node would find `name` when required from the package at `from` (a lockfile path). */
function locate(packages: Record<string, LockEntry>, from: string, name: string): string | undefined {
  for (let base = from; ; base = base.slice(0, Math.max(0, base.lastIndexOf("/node_modules/")))) {
    const path = base ? `${base}/node_modules/${name}` : `node_modules/${name}`;
    if (packages[path]) return path;
    if (!base) return undefined;
  }
}

/**
 * `manifest` is the packed package's package.json (default: ours); its
 * dependencies must be ones our lockfile installs.
 */
export function consumerLock(
  root: string,
  tarball: string,
  tarballName: string,
  extra: Record<string, string>,
  manifest = JSON.parse(readFileSync(join(root, "package.json"), "utf8")),
) {
  const ours = JSON.parse(readFileSync(join(root, "package-lock.json"), "utf8")) as { packages: Record<string, LockEntry> };
  const packages: Record<string, LockEntry> = {};
  const wanted = new Set<string>();
  const visit = (from: string, deps: Record<string, string> | undefined, optionalPeers: Record<string, { optional?: boolean }> = {}) => {
    for (const name of Object.keys(deps ?? {})) {
      if (optionalPeers[name]?.optional) continue;
      const path = locate(ours.packages, from, name);
      if (!path || wanted.has(path)) continue;
      wanted.add(path);
      const entry = ours.packages[path];
      visit(path, { ...entry.dependencies, ...entry.optionalDependencies }, {});
      visit(path, entry.peerDependencies, entry.peerDependenciesMeta);
    }
  };
  visit("", { ...manifest.dependencies, ...extra });
  for (const path of [...wanted].sort()) {
    const { dev: _dev, devOptional: _devOptional, ...entry } = ours.packages[path];
    packages[path] = entry;
  }
  const integrity = `sha512-${createHash("sha512").update(readFileSync(tarball)).digest("base64")}`;
  packages[`node_modules/${manifest.name}`] = {
    version: manifest.version,
    resolved: `file:${tarballName}`,
    integrity,
    dependencies: manifest.dependencies,
    peerDependencies: manifest.peerDependencies,
    peerDependenciesMeta: manifest.peerDependenciesMeta,
    bin: manifest.bin,
    engines: manifest.engines,
  };
  const dependencies = { [manifest.name]: `file:${tarballName}`, ...extra };
  packages[""] = { name: "consumer", version: "1.0.0", dependencies };
  return {
    manifest: { name: "consumer", version: "1.0.0", private: true, type: "module", dependencies },
    lock: { name: "consumer", version: "1.0.0", lockfileVersion: 3, requires: true, packages },
  };
}
