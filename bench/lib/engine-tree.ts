import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';

/**
 * Modules of the source tree whose engine is measured: this checkout, or the baseline's
 * extracted beside it. Loaded by path at run time so one bench script drives either; the
 * types are this checkout's, and the calls used exist unchanged in both.
 */
export interface EngineTree {
  root: string;
  load<T>(path: string): Promise<T>;
  has(path: string): boolean;
}

export function engineTree(root: string): EngineTree {
  return {
    root,
    load: async <T>(path: string) => (await import(pathToFileURL(join(root, path)).href)) as T,
    has: (path: string) => existsSync(join(root, path)),
  };
}
