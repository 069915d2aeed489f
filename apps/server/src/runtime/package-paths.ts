import fs from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';

const requireHere = createRequire(import.meta.url);

/** The installed folder of an npm package, found the way Node would resolve it from here. */
export function packageFolder(name: string): string {
  for (const folder of requireHere.resolve.paths(name) ?? []) {
    const candidate = path.join(folder, name);
    if (fs.existsSync(path.join(candidate, 'package.json'))) return candidate;
  }
  throw new Error(`package ${name} is not installed`);
}

/** Loads a CommonJS package synchronously from ES module code. */
export function requireCommonJs<T>(name: string): T {
  return requireHere(name) as T;
}
