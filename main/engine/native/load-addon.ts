// Loading one of Kinora's own native addons (native/<name>/, built from source by npm install through
// scripts/build-native.mjs) once, or saying in words why its JavaScript fallback does the work. The
// addon is found by walking up from this module to the folder that holds native/ (the source tree,
// dist/main/ when bundled, the packaged app's unpacked files). An environment variable set to 'js'
// forces the fallback (to compare, or to rule the addon out).
import { existsSync } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const MAX_LEVELS_UP = 6;

export interface AddonSpec {
  // native/<name>/build/Release/<file>.node (file defaults to name)
  name: string;
  file?: string;
  // What it is, in words: "render passes", "liquid solver".
  what: string;
  // The environment variable that forces the JavaScript fallback when set to 'js'.
  forceJs: string;
  // The log's tag for the one warning when the fallback is used.
  tag: string;
  // A faster build another one stands in for when it is missing (so that says nothing in the log).
  optional?: boolean;
}

export interface NativeAddon<T> {
  // The addon, or null (said once in the log).
  get(): T | null;
  // Which code does the work, in words (benches print it).
  status(): string;
}

function findAddon(name: string, base: string): string | null {
  const relative = path.join('native', name, 'build', 'Release', `${base}.node`);
  let dir = path.dirname(fileURLToPath(import.meta.url));
  for (let i = 0; i <= MAX_LEVELS_UP; i++) {
    const file = path.join(dir, relative);
    const unpacked = file.replace(`app.asar${path.sep}`, `app.asar.unpacked${path.sep}`);
    if (existsSync(unpacked)) return unpacked;
    if (existsSync(file)) return file;
    dir = path.dirname(dir);
  }
  return null;
}

function load<T>(spec: AddonSpec): { addon: T | null; status: string } {
  if (process.env[spec.forceJs] === 'js') return { addon: null, status: `JavaScript (${spec.forceJs}=js)` };
  const file = findAddon(spec.name, spec.file ?? spec.name);
  if (!file) return { addon: null, status: `JavaScript fallback: the native ${spec.what} (native/${spec.name}) is not built; npm install builds it (see native/README.md)` };
  try {
    return { addon: createRequire(import.meta.url)(file) as T, status: `native (${file})` };
  } catch (error) {
    return { addon: null, status: `JavaScript fallback: the native ${spec.what} (native/${spec.name}) did not load (${(error as Error).message})` };
  }
}

export function nativeAddon<T>(spec: AddonSpec): NativeAddon<T> {
  let loaded: { addon: T | null; status: string } | null = null;
  const get = (): T | null => {
    if (!loaded) {
      loaded = load<T>(spec);
      if (!loaded.addon && !spec.optional) console.warn(`[${spec.tag}] ${loaded.status}`);
    }
    return loaded.addon;
  };
  return { get, status: () => (get(), loaded!.status) };
}
