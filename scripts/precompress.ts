import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { brotliCompressSync, constants, gzipSync } from 'node:zlib';
import type { Plugin } from 'vite';
import { COMPRESSIBLE } from '../server/http/content-encoding.js';

/**
 * Writes `<file>.br` (brotli, quality 11) and `<file>.gz` (gzip, level 9) beside every text file of
 * the built client, for server/http/precompressed.ts to send by Accept-Encoding (SPEC [HEAD6]).
 * Maximum quality costs a few seconds once per build instead of CPU on every request. HTML is
 * left out: the server writes each page's <head> into it and compresses it per response.
 * A coding that would not make the file smaller is not written.
 */
export function precompressFiles(dir: string): { file: string; bytes: number; br?: number; gzip?: number }[] {
  const written = [];
  for (const entry of readdirSync(dir, { recursive: true, withFileTypes: true })) {
    const file = join(entry.parentPath, entry.name);
    const path = relative(dir, file);
    if (!entry.isFile() || !COMPRESSIBLE.test(path) || path.endsWith('.html') || path.startsWith('.')) continue;
    const original = readFileSync(file);
    const br = brotliCompressSync(original, {
      params: {
        [constants.BROTLI_PARAM_QUALITY]: constants.BROTLI_MAX_QUALITY,
        [constants.BROTLI_PARAM_MODE]: constants.BROTLI_MODE_TEXT,
        [constants.BROTLI_PARAM_SIZE_HINT]: original.length,
      },
    });
    const gzip = gzipSync(original, { level: 9 });
    const row: { file: string; bytes: number; br?: number; gzip?: number } = { file: path, bytes: original.length };
    if (br.length < original.length) {
      writeFileSync(`${file}.br`, br);
      row.br = br.length;
    }
    if (gzip.length < original.length) {
      writeFileSync(`${file}.gz`, gzip);
      row.gzip = gzip.length;
    }
    written.push(row);
  }
  return written;
}

/** The Vite plugin: precompress the output once the bundle is written. */
export function precompress(): Plugin {
  let outDir = '';
  return {
    name: 'visionx-precompress',
    apply: 'build',
    configResolved(config) {
      outDir = join(config.root, config.build.outDir);
    },
    closeBundle() {
      precompressFiles(outDir);
    },
  };
}
