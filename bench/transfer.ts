import { chromium } from '@playwright/test';
import { request } from 'node:http';
import { ensureClientBuilt } from '../scripts/client-build.js';
import { startBenchServer } from './lib/app-child.js';
import { printTable } from './report.js';
import { resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { chromiumPath } from '../e2e/chromium.js';

/**
 * Bytes a first visit transfers per page (docs/PERFORMANCE.md, transfer; SPEC [HEAD6]): the
 * HTML and every script, stylesheet and image Chromium fetched for it (Resource Timing), each
 * requested again as identity, gzip and brotli, body bytes summed. `browser` is what Chromium
 * itself received (encodedBodySize), which should equal the brotli column.
 */
const PORT = Number(process.env.BENCH_TRANSFER_PORT ?? 3347);
const PAGES = ['/', '/shop', '/products/vision-x', '/cart', '/policies/shipping', '/about'];
const CODINGS = ['identity', 'gzip', 'br'] as const;

function bodyBytes(url: string, acceptEncoding: string): Promise<number> {
  return new Promise((done, fail) => {
    const req = request(url, { headers: { 'accept-encoding': acceptEncoding } }, (res) => {
      let bytes = 0;
      res.on('data', (chunk: Buffer) => (bytes += chunk.length));
      res.on('end', () => done(bytes));
    });
    req.on('error', fail);
    req.end();
  });
}

const kB = (bytes: number) => Math.round(bytes / 102.4) / 10;

export async function run() {
  ensureClientBuilt(resolve(fileURLToPath(import.meta.url), '../..'));
  const server = await startBenchServer('servers/app-server.ts', PORT, 'transfer-app-server');
  const browser = await chromium.launch({ executablePath: chromiumPath() });
  const rows = [];
  try {
    for (const path of PAGES) {
      // A fresh context per page: a first visit, nothing cached.
      const context = await browser.newContext({ viewport: { width: 1280, height: 720 } });
      const page = await context.newPage();
      await page.goto(server.url + path, { waitUntil: 'networkidle' });
      const fetched = await page.evaluate(() =>
        [...performance.getEntriesByType('navigation'), ...performance.getEntriesByType('resource')].map((e) => ({
          url: e.name,
          encoded: (e as PerformanceResourceTiming).encodedBodySize,
        })),
      );
      await context.close();
      const files = fetched.filter((f) => f.url.startsWith(server.url) && !f.url.includes('/socket.io/'));
      const sums = Object.fromEntries(
        await Promise.all(
          CODINGS.map(async (coding) => {
            const sizes = await Promise.all(files.map((f) => bodyBytes(f.url, coding)));
            return [coding, sizes.reduce((a, b) => a + b, 0)] as const;
          }),
        ),
      ) as Record<(typeof CODINGS)[number], number>;
      rows.push({
        page: path,
        files: files.length,
        'identity kB': kB(sums.identity),
        'gzip kB': kB(sums.gzip),
        'br kB': kB(sums.br),
        'browser kB': kB(files.reduce((n, f) => n + f.encoded, 0)),
        'br saves': `${Math.round((1 - sums.br / sums.identity) * 100)}%`,
      });
    }
  } finally {
    await browser.close();
    await server.stop();
  }
  printTable('Bytes transferred by a first visit, per page (HTML + JS + CSS + images)', rows);
  return rows;
}
