import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { precompressFiles } from '../../scripts/precompress.js';

/** The head of client/index.html as Vite builds it: the server replaces the title and description. */
export const BUILT_INDEX = `<!doctype html>
<html lang="en">
  <head>
    <meta charset="UTF-8" />
    <meta name="description" content="The template's own words" />
    <title>VisionX</title>
    <script type="module" crossorigin src="/assets/index-abc123.js"></script>
  </head>
  <body><div id="root"></div></body>
</html>
`;

/** A small script that compresses well, as built chunks do. */
export const ASSET_JS = `export const words = ${JSON.stringify(Array.from({ length: 200 }, (_, i) => `word ${i % 17}`))};\n`;

/**
 * A built client directory for tests of static serving: index.html, one hashed script, one
 * stylesheet and the favicon, precompressed by the real build step (scripts/precompress.ts).
 */
export function makeClientDir(): { dir: string; remove(): void } {
  const dir = mkdtempSync(join(tmpdir(), 'vx-client-'));
  mkdirSync(join(dir, 'assets'));
  writeFileSync(join(dir, 'index.html'), BUILT_INDEX);
  writeFileSync(join(dir, 'assets/index-abc123.js'), ASSET_JS);
  writeFileSync(join(dir, 'assets/index-def456.css'), `${'.a{color:red}\n'.repeat(100)}`);
  writeFileSync(join(dir, 'favicon.svg'), `<svg xmlns="http://www.w3.org/2000/svg">${'<g/>'.repeat(100)}</svg>`);
  precompressFiles(dir);
  return { dir, remove: () => rmSync(dir, { recursive: true, force: true }) };
}
