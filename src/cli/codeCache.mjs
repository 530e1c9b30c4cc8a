// A V8 code cache for the CommonJS packages the executable loads: jsdom and
// its dependencies, about 900 files. Compiling them is a large part of a cold
// build (Node 20 has no built-in compile cache: module.enableCompileCache came
// with Node 22). The cache is written after a run, so it also holds the
// functions compiled while rendering. V8 only checks an entry against the
// *length* of its source, so each entry also carries a hash of the source it
// was made from, and an entry whose hash differs is not offered to V8: a
// stale cache costs time, never correctness. Plain JavaScript: bin.js loads it
// before anything else.

import { createHash } from "node:crypto";
import { mkdirSync, readFileSync, renameSync, writeFileSync } from "node:fs";
import Module from "node:module";
import { dirname, join, sep } from "node:path";
import vm from "node:vm";

const defaults = {
  folder: ["node_modules", ".cache", "last-pocket", "v8"],
};

const sourceHash = (content) => createHash("sha1").update(content).digest();
const HASH_BYTES = 20;

/** Entries as [name length][name][data length][source hash, V8 data], little-endian 32-bit lengths. */
function readCache(file) {
  const entries = new Map();
  let buffer;
  try {
    buffer = readFileSync(file);
  } catch {
    return entries;
  }
  try {
    let offset = 0;
    while (offset < buffer.length) {
      const nameLength = buffer.readUInt32LE(offset);
      const name = buffer.toString("utf8", offset + 4, offset + 4 + nameLength);
      offset += 4 + nameLength;
      const dataLength = buffer.readUInt32LE(offset);
      if (offset + 4 + dataLength > buffer.length) throw new RangeError("truncated");
      entries.set(name, buffer.subarray(offset + 4, offset + 4 + dataLength));
      offset += 4 + dataLength;
    }
  } catch {
    entries.clear(); // a damaged file is a cold cache
  }
  return entries;
}

function writeCache(file, entries) {
  const parts = [];
  for (const [name, data] of [...entries].sort(([a], [b]) => (a < b ? -1 : 1))) {
    const nameBytes = Buffer.from(name);
    const lengths = Buffer.alloc(8);
    lengths.writeUInt32LE(nameBytes.length, 0);
    parts.push(lengths.subarray(0, 4), nameBytes);
    lengths.writeUInt32LE(data.length, 4);
    parts.push(lengths.subarray(4), data);
  }
  mkdirSync(dirname(file), { recursive: true });
  const staging = `${file}.${process.pid}.tmp`;
  writeFileSync(staging, Buffer.concat(parts));
  renameSync(staging, file); // two runs saving at once: the last one wins, whole
}

/** The `require` Node would give the module: resolution relative to it, one module cache. */
function requireFor(module) {
  const require = (id) => module.require(id);
  require.resolve = (request, options) => Module._resolveFilename(request, module, false, options);
  require.resolve.paths = (request) => Module._resolveLookupPaths(request, module);
  require.main = process.mainModule;
  require.extensions = Module._extensions;
  require.cache = Module._cache;
  return require;
}

/**
 * Compiles CommonJS files under node_modules with the cache in `root`'s
 * node_modules/.cache. Call `save()` when the work is done.
 */
export function enableCodeCache(root) {
  const file = join(root, ...defaults.folder, `${process.version}-${process.arch}.bin`);
  const cached = readCache(file);
  const compiled = [];
  const original = Module.prototype._compile;
  Module.prototype._compile = function compileWithCache(content, filename, format) {
    if (format === "module" || !filename.includes(`${sep}node_modules${sep}`)) return original.call(this, content, filename, format);
    const hash = sourceHash(content);
    const entry = cached.get(filename);
    const cachedData = entry?.subarray(0, HASH_BYTES).equals(hash) ? entry.subarray(HASH_BYTES) : undefined;
    let script;
    try {
      script = new vm.Script(Module.wrap(content), {
        filename,
        cachedData,
        importModuleDynamically: vm.constants.USE_MAIN_CONTEXT_DEFAULT_LOADER,
      });
    } catch {
      return original.call(this, content, filename, format); // ES module syntax and the like: Node's own way
    }
    compiled.push({ filename, script, hash, hit: cachedData !== undefined && !script.cachedDataRejected });
    const wrapper = script.runInThisContext({ displayErrors: true });
    return wrapper.call(this.exports, this.exports, requireFor(this), this, filename, dirname(filename));
  };
  return {
    /** Writes the cache if this run compiled anything it did not hold; returns how many files hit and missed. */
    save() {
      const misses = compiled.filter(({ hit }) => !hit);
      if (misses.length > 0) {
        for (const { filename, script, hash } of compiled) cached.set(filename, Buffer.concat([hash, script.createCachedData()]));
        writeCache(file, cached);
      }
      return { hits: compiled.length - misses.length, misses: misses.length };
    },
  };
}
