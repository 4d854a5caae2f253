import { readFileSync } from 'node:fs';
import { request } from 'node:http';
import { join } from 'node:path';
import { brotliDecompressSync, gunzipSync } from 'node:zlib';
import { suite } from 'uvu';
import * as assert from 'uvu/assert';
import { ASSET_JS, makeClientDir } from '../test/client-dir.js';
import { startTestApp, type TestApp } from '../test/harness.js';

const client = makeClientDir();
const test = suite<{ app: TestApp }>('compressed responses');

test.before(async (ctx) => {
  ctx.app = await startTestApp({}, { clientDir: client.dir });
});
test.after(async ({ app }) => {
  await app.stop();
  client.remove();
});

interface Raw {
  status: number;
  headers: Record<string, string | string[] | undefined>;
  body: Buffer;
}

/** The bytes as sent: fetch would undo the coding and hide what went over the wire. */
function raw(app: TestApp, path: string, headers: Record<string, string> = {}, method = 'GET'): Promise<Raw> {
  const { hostname, port } = new URL(app.url);
  return new Promise((resolve, reject) => {
    const req = request({ host: hostname, port, path, method, headers }, (res) => {
      const chunks: Buffer[] = [];
      res.on('data', (c: Buffer) => chunks.push(c));
      res.on('end', () => resolve({ status: res.statusCode!, headers: res.headers, body: Buffer.concat(chunks) }));
    });
    req.on('error', reject);
    req.end();
  });
}

const decoded = (res: Raw) =>
  res.headers['content-encoding'] === 'br'
    ? brotliDecompressSync(res.body)
    : res.headers['content-encoding'] === 'gzip'
      ? gunzipSync(res.body)
      : res.body;

const JS = '/assets/index-abc123.js';

test('[HEAD6] a hashed script: brotli, gzip or identity by Accept-Encoding, same bytes, immutable, Vary', async ({
  app,
}) => {
  for (const [accept, encoding] of [
    ['gzip, deflate, br, zstd', 'br'],
    ['gzip, deflate', 'gzip'],
    ['br;q=0, gzip', 'gzip'],
    ['identity', undefined],
    ['br;q=0, gzip;q=0', undefined],
  ] as const) {
    const res = await raw(app, JS, { 'accept-encoding': accept });
    assert.is(res.status, 200, accept);
    assert.is(res.headers['content-encoding'], encoding, accept);
    assert.is(res.headers.vary, 'Accept-Encoding', accept);
    assert.match(String(res.headers['content-type']), 'text/javascript', accept);
    assert.is(Number(res.headers['content-length']), res.body.length, accept);
    assert.is(res.headers['cache-control'], 'public, max-age=31536000, immutable', accept);
    assert.is(decoded(res).toString(), ASSET_JS, accept);
    if (encoding) assert.ok(res.body.length < ASSET_JS.length / 3, `${accept}: ${res.body.length} bytes`);
  }
  const none = await raw(app, JS);
  assert.is(none.headers['content-encoding'], undefined, 'no Accept-Encoding: identity');
});

test('[HEAD6] HEAD tells the compressed length without a body; a Range of a compressed file gets it whole', async ({
  app,
}) => {
  const get = await raw(app, JS, { 'accept-encoding': 'br' });
  const head = await raw(app, JS, { 'accept-encoding': 'br' }, 'HEAD');
  assert.is(head.status, 200);
  assert.is(head.body.length, 0);
  assert.is(head.headers['content-length'], get.headers['content-length']);
  assert.is(head.headers['content-encoding'], 'br');
  const ranged = await raw(app, JS, { 'accept-encoding': 'br', range: 'bytes=0-9' });
  assert.is(ranged.status, 200);
  assert.is(decoded(ranged).toString(), ASSET_JS);
  const plainRange = await raw(app, JS, { range: 'bytes=0-9' });
  assert.is(plainRange.status, 206, 'identity keeps byte ranges');
  assert.is(plainRange.body.toString(), ASSET_JS.slice(0, 10));
});

test('[HEAD6] pages: HTML compressed per response, no-cache; stylesheet and favicon precompressed', async ({ app }) => {
  const page = await raw(app, '/shop', { 'accept-encoding': 'gzip, br' });
  assert.is(page.headers['content-encoding'], 'br');
  assert.is(page.headers['cache-control'], 'no-cache');
  // The language depends on the browser's languages and the session's choice ([LANG1]).
  assert.is(page.headers.vary, 'Accept-Encoding, Accept-Language, Cookie');
  assert.match(String(page.headers['content-type']), 'text/html; charset=utf-8');
  assert.is(Number(page.headers['content-length']), page.body.length);
  assert.match(decoded(page).toString(), '<title>Shop · VisionX</title>');
  const gz = await raw(app, '/shop', { 'accept-encoding': 'gzip' });
  assert.is(decoded(gz).toString(), decoded(page).toString());
  const plain = await raw(app, '/shop');
  assert.is(plain.body.toString(), decoded(page).toString());

  const css = await raw(app, '/assets/index-def456.css', { 'accept-encoding': 'gzip' });
  assert.is(css.headers['content-encoding'], 'gzip');
  assert.match(String(css.headers['content-type']), 'text/css');
  const icon = await raw(app, '/favicon.svg', { 'accept-encoding': 'br' });
  assert.is(icon.headers['content-encoding'], 'br');
  assert.match(String(icon.headers['content-type']), 'image/svg+xml');
  assert.is(icon.headers['cache-control'], 'public, max-age=3600', 'unhashed files: an hour');
  assert.is((await raw(app, '/favicon.svg.br')).status, 200, 'the compressed files are plain files too');
});

test('[HEAD6] product drawings compressed in memory, revalidated by ETag; PNGs as they are', async ({ app }) => {
  const path = '/images/vision-go/black.svg';
  const svg = readFileSync(join(import.meta.dirname, '../../data/images/vision-go/black.svg'));
  const br = await raw(app, path, { 'accept-encoding': 'br' });
  assert.is(br.headers['content-encoding'], 'br');
  assert.is(br.headers.vary, 'Accept-Encoding');
  assert.match(String(br.headers['content-type']), 'image/svg+xml');
  assert.is(br.headers['cache-control'], 'public, max-age=31536000, immutable');
  assert.ok(decoded(br).equals(svg));
  assert.ok(br.body.length < svg.length / 2);
  const again = await raw(app, path, { 'accept-encoding': 'br', 'if-none-match': String(br.headers.etag) });
  assert.is(again.status, 304);
  const gz = await raw(app, path, { 'accept-encoding': 'gzip' });
  assert.ok(decoded(gz).equals(svg));
  assert.is.not(gz.headers.etag, br.headers.etag, 'each coding has its own ETag');
  const plain = await raw(app, path);
  assert.is(plain.headers['content-encoding'], undefined);
  assert.ok(plain.body.equals(svg));
  const png = await raw(app, '/images/share/vision-go.png', { 'accept-encoding': 'br' });
  assert.is(png.status, 200);
  assert.is(png.headers['content-encoding'], undefined);
  assert.match(String(png.headers['content-type']), 'image/png');
});

test.run();
