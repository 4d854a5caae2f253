import { readFileSync } from 'node:fs';
import { request } from 'node:http';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { suite } from 'uvu';
import * as assert from 'uvu/assert';
import { makeClientDir } from '../test/client-dir.js';
import { startTestApp, type TestApp } from '../test/harness.js';

const client = makeClientDir();
const clientDir = client.dir;

/** The CSP as a map of directive → sources. */
function directives(csp: string | null): Map<string, string[]> {
  assert.ok(csp, 'a Content-Security-Policy header');
  return new Map(
    csp
      .split(';')
      .map((d) => d.trim().split(/\s+/))
      .map(([name, ...sources]) => [name!, sources]),
  );
}

/** A GET with a Host header fetch would not let us choose. */
function getWithHost(app: TestApp, path: string, host: string): Promise<Record<string, string | string[] | undefined>> {
  return new Promise((done, fail) => {
    request(`${app.url}${path}`, { headers: { host } }, (res) => {
      res.resume();
      done(res.headers);
    })
      .on('error', fail)
      .end();
  });
}

const test = suite<{ app: TestApp }>('security headers');

test.before(async (ctx) => {
  ctx.app = await startTestApp({}, { clientDir });
});
test.after(async ({ app }) => {
  await app.stop();
  client.remove();
});

test('the page: a CSP with no inline script or style, the socket allowed to this host only, no framing', async ({
  app,
}) => {
  const res = await app.api('/');
  assert.is(res.status, 200);
  const csp = res.headers.get('content-security-policy');
  const d = directives(csp);
  assert.not.match(csp!, /unsafe-inline|unsafe-eval|\*/);
  assert.equal(d.get('default-src'), ["'self'"]);
  assert.equal(d.get('script-src'), ["'self'"]);
  assert.equal(d.get('style-src'), ["'self'"]);
  assert.equal(d.get('img-src'), ["'self'", 'data:']);
  assert.equal(d.get('object-src'), ["'none'"]);
  assert.equal(d.get('frame-ancestors'), ["'none'"]);
  const host = new URL(app.url).host;
  assert.equal(d.get('connect-src'), ["'self'", `ws://${host}`, `wss://${host}`]);
  assert.is(res.headers.get('x-content-type-options'), 'nosniff');
  assert.is(res.headers.get('referrer-policy'), 'same-origin');
  assert.is(res.headers.get('x-frame-options'), 'DENY');
  assert.is(res.headers.get('strict-transport-security'), null, 'no HSTS outside production');
});

test('every response carries them: API answers, errors, health', async ({ app }) => {
  for (const path of ['/api/auth/me', '/api/nothing-here', '/healthz', '/readyz', '/images/none.svg']) {
    const res = await app.api(path);
    assert.ok(res.headers.get('content-security-policy')?.includes("frame-ancestors 'none'"), path);
    assert.is(res.headers.get('x-content-type-options'), 'nosniff', path);
  }
});

test('a Host header that is not a host name does not reach the policy', async ({ app }) => {
  const headers = await getWithHost(app, '/healthz', "evil.example; script-src 'unsafe-inline'");
  assert.not.match(String(headers['content-security-policy']), /evil|unsafe-inline/);
  assert.match(String(headers['content-security-policy']), /connect-src 'self'$/);
});

test('the client source has no inline script or style for the CSP to block', () => {
  const root = resolve(fileURLToPath(import.meta.url), '../../..');
  const html = readFileSync(join(root, 'client/index.html'), 'utf8');
  const scripts = [...html.matchAll(/<script\b([^>]*)>/g)].map((m) => m[1]!);
  assert.ok(scripts.length > 0);
  for (const attrs of scripts) assert.match(attrs, /\bsrc=/, `an inline <script${attrs}>`);
  assert.not.match(html, /<style\b|\sstyle=|\son[a-z]+=/i);
});

test.run();

const production = suite('security headers in production');

production('HSTS is sent', async () => {
  const app = await startTestApp({ NODE_ENV: 'production', BCRYPT_COST: '10' });
  try {
    const res = await app.api('/healthz');
    assert.is(res.headers.get('strict-transport-security'), 'max-age=31536000');
  } finally {
    await app.stop();
  }
});

production.run();
