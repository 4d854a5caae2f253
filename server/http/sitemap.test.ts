import { suite } from 'uvu';
import * as assert from 'uvu/assert';
import { products } from '../db/schema.js';
import { startTestApp, type TestApp } from '../test/harness.js';

const PUBLIC_URL = 'https://shop.example';
const test = suite<{ app: TestApp }>('sitemap.xml and robots.txt');

test.before(async (ctx) => {
  ctx.app = await startTestApp({ PUBLIC_URL });
});
test.after(({ app }) => app.stop());

test('[HEAD5] the sitemap lists home, the listings, the information pages and every product, absolute', async ({
  app,
}) => {
  const res = await app.api('/sitemap.xml');
  assert.is(res.status, 200);
  assert.match(String(res.headers.get('content-type')), 'application/xml');
  assert.is(res.headers.get('cache-control'), 'public, max-age=3600');
  const xml = await res.text();
  assert.match(
    xml,
    /^<\?xml version="1.0" encoding="UTF-8"\?>\n<urlset xmlns="http:\/\/www.sitemaps.org\/schemas\/sitemap\/0.9">/,
  );
  const locs = [...xml.matchAll(/<url><loc>([^<]*)<\/loc><\/url>/g)].map((m) => m[1]!);
  for (const path of ['/', '/shop', '/shop?category=phones', '/about', '/contact', '/support', '/policies/privacy']) {
    assert.ok(locs.includes(PUBLIC_URL + path), path);
  }
  const slugs = app.ctx.db.select({ slug: products.slug }).from(products).all();
  assert.is(slugs.length, 20);
  for (const { slug } of slugs) assert.ok(locs.includes(`${PUBLIC_URL}/products/${slug}`), slug);
  assert.ok(
    locs.every((loc) => loc.startsWith(`${PUBLIC_URL}/`)),
    'absolute',
  );
  assert.not.ok(
    locs.some((loc) => /\/(cart|checkout|account|staff|orders|signin)/.test(loc)),
    'no private page',
  );
  assert.is(new Set(locs).size, locs.length, 'no duplicates');
});

test('[HEAD5] robots.txt allows the shop, keeps crawlers out of private paths and names the sitemap', async ({
  app,
}) => {
  const res = await app.api('/robots.txt');
  assert.is(res.status, 200);
  assert.match(String(res.headers.get('content-type')), 'text/plain');
  assert.is(res.headers.get('cache-control'), 'public, max-age=3600');
  const lines = (await res.text()).split('\n');
  assert.is(lines[0], 'User-agent: *');
  assert.ok(lines.includes('Allow: /'));
  for (const path of ['/staff', '/account', '/checkout', '/cart', '/api/', '/socket.io/', '/dev/']) {
    assert.ok(lines.includes(`Disallow: ${path}`), path);
  }
  assert.ok(lines.includes(`Sitemap: ${PUBLIC_URL}/sitemap.xml`));
});

test.run();
