import { existsSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { brotliCompressSync, gzipSync } from 'node:zlib';
import { ensureClientBuilt } from '../scripts/client-build.js';
import { printTable } from './report.js';

/**
 * Initial JavaScript of a route: the entry chunk, the route's lazy chunk, and everything they
 * import statically (what the browser must load before the page shows), raw / gzip / brotli.
 * Read from Vite's build manifest.
 */
type Chunk = { file: string; imports?: string[]; dynamicImports?: string[]; isEntry?: boolean; src?: string };
const ROUTES: Record<string, string> = {
  home: 'src/features/home/HomePage.tsx',
  shop: 'src/features/shop/ShopPage.tsx',
  product: 'src/features/product/ProductPage.tsx',
};

export async function run() {
  const root = resolve(fileURLToPath(import.meta.url), '../..');
  ensureClientBuilt(root);
  const dist = join(root, 'client/dist');
  const manifest = JSON.parse(readFileSync(join(dist, '.vite/manifest.json'), 'utf8')) as Record<string, Chunk>;
  const entryKey = Object.keys(manifest).find((k) => manifest[k]!.isEntry)!;
  const closure = (keys: string[], seen = new Set<string>()): Set<string> => {
    for (const k of keys) {
      if (seen.has(k) || !manifest[k]) continue;
      seen.add(k);
      closure(manifest[k]!.imports ?? [], seen);
    }
    return seen;
  };
  const rows = Object.entries(ROUTES)
    .filter(([, src]) => manifest[src])
    .map(([route, src]) => {
      const files = [...closure([entryKey, src])].map((k) => manifest[k]!.file).filter((f) => f.endsWith('.js'));
      const bytes = files.map((f) => readFileSync(join(dist, f)));
      const sum = (f: (b: Buffer) => number) => bytes.reduce((n, b) => n + f(b), 0);
      return {
        route,
        chunks: files.length,
        'raw KB': +(sum((b) => b.length) / 1024).toFixed(1),
        'gzip KB': +(sum((b) => gzipSync(b, { level: 9 }).length) / 1024).toFixed(1),
        'brotli KB': +(sum((b) => brotliCompressSync(b).length) / 1024).toFixed(1),
      };
    });
  if (!existsSync(join(dist, '.vite/manifest.json'))) throw new Error('no manifest');
  printTable('bundle: initial JavaScript per route', rows);
  return rows;
}
