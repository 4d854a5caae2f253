import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { request } from 'node:http';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { suite } from 'uvu';
import * as assert from 'uvu/assert';
import { startTestApp, type TestApp } from '../test/harness.js';
import { BUILT_INDEX } from '../test/client-dir.js';
import { captureLog } from '../test/log-capture.js';

const clientDir = mkdtempSync(join(tmpdir(), 'vx-client-'));
writeFileSync(join(clientDir, 'index.html'), BUILT_INDEX);
mkdirSync(join(clientDir, 'assets'));
writeFileSync(join(clientDir, 'assets', 'app-1234.js'), 'console.log(1)');

const test = suite<{ app: TestApp; logs: ReturnType<typeof captureLog> }>('static files: misses and traversal');

test.before(async (ctx) => {
  ctx.logs = captureLog();
  ctx.app = await startTestApp({}, { clientDir, log: ctx.logs.log });
});
test.before.each(({ logs }) => {
  logs.lines.length = 0;
});
test.after(async ({ app }) => {
  await app.stop();
  rmSync(clientDir, { recursive: true, force: true });
});

/** A GET with the path sent byte for byte: fetch would resolve `..` segments before they reach the server. */
function rawGet(app: TestApp, path: string): Promise<{ status: number; type: string; body: string }> {
  const { hostname, port } = new URL(app.url);
  return new Promise((resolve, reject) => {
    const req = request({ host: hostname, port, path }, (res) => {
      let body = '';
      res.setEncoding('utf8');
      res.on('data', (chunk: string) => (body += chunk));
      res.on('end', () => resolve({ status: res.statusCode!, type: res.headers['content-type'] ?? '', body }));
    });
    req.on('error', reject);
    req.end();
  });
}

async function expectAnswer(app: TestApp, path: string, status: number, code: string) {
  const res = await rawGet(app, path);
  assert.is(res.status, status, `${path}: ${res.status} ${res.body.slice(0, 120)}`);
  assert.match(res.type, 'application/json', path);
  const body = JSON.parse(res.body) as { error: { code: string } };
  assert.is(body.error.code, code, path);
  // No file-system path, errno or stack reaches the client.
  assert.not.match(res.body, /ENOENT|ENOTDIR|\/tmp\/|\/etc\/|data\/images|\n\s+at |Forbidden|decode/, path);
}

const MISSING = [
  '/assets/missing-9999.js',
  '/assets/app-1234.js/',
  '/assets/',
  '/images/no-such-phone/graphite.svg',
  '/images/',
];

test('a missing asset or image is a 404 not_found, and nothing is logged as an error', async ({ app, logs }) => {
  for (const path of MISSING) await expectAnswer(app, path, 404, 'not_found');
  assert.equal(logs.errors(), []);
  const served = await rawGet(app, '/assets/app-1234.js');
  assert.is(served.status, 200, 'real assets are still served');
});

const TRAVERSAL = [
  '/assets/../../../../etc/passwd',
  '/assets/%2e%2e/%2e%2e/%2e%2e/etc/passwd',
  '/assets/..%2f..%2f..%2fetc%2fpasswd',
  '/images/..%2f..%2fpackage.json',
  '/images/%2e%2e%2f%2e%2e%2fcatalog.json',
  '/images/.hidden',
  '/../../etc/passwd',
  '/..%2f..%2fetc%2fpasswd',
  '/shop/%2e%2e%2f%2e%2e%2fpackage.json',
];

test('path traversal and dotfiles are a 404 (never a file outside the root, never the app shell), nothing logged as an error', async ({
  app,
  logs,
}) => {
  for (const path of TRAVERSAL) await expectAnswer(app, path, 404, 'not_found');
  assert.equal(logs.errors(), []);
});

const UNREADABLE = ['/assets/%00', '/assets/app%00.js', '/assets/%E0%A4%A', '/%E0%A4%A', '/staff/%E0%A4%A'];

test('a null byte or broken percent-encoding is a 400 bad_request, nothing logged as an error', async ({
  app,
  logs,
}) => {
  for (const path of UNREADABLE) await expectAnswer(app, path, 400, 'bad_request');
  assert.equal(logs.errors(), []);
});

test('client routes still get the app shell', async ({ app, logs }) => {
  // Paths that name no page get the shell too, answered 404 ([HEAD2]).
  for (const [path, status] of [
    ['/', 200],
    ['/shop', 200],
    ['/orders/VX-1', 200],
    ['/search%20term', 404],
    ['/a..b', 404],
  ] as const) {
    const res = await rawGet(app, path);
    assert.is(res.status, status, path);
    assert.match(res.body, '<div id="root"></div>', path);
  }
  assert.equal(logs.errors(), []);
});

test('a path beginning with // is a path on this host: the 404 shell, nothing logged as an error', async ({
  app,
  logs,
}) => {
  for (const path of ['//a:b/x', '//[', '//evil.com/products/vision-go', '//evil.com', '///']) {
    const res = await rawGet(app, path);
    assert.is(res.status, 404, `${path}: ${res.status} ${res.body.slice(0, 120)}`);
    assert.match(res.body, '<div id="root"></div>', path);
  }
  assert.equal(logs.errors(), []);
});

test.run();
