import { suite } from 'uvu';
import * as assert from 'uvu/assert';
import type { ProductDetail, StockChanged } from '../../../shared/catalog.js';
import { ok } from '../../test/ack.js';
import { nextEvent, startTestApp, type TestApp, type TestSocket } from '../../test/harness.js';
import { recordEvents } from '../../test/helpers.js';
import { announceStock, changeStock } from './stock.js';

const test = suite<{ app: TestApp; a: TestSocket; b: TestSocket }>('catalog: product pages, live stock, bad queries');

test.before(async (ctx) => {
  ctx.app = await startTestApp();
  ctx.a = await ctx.app.connect(await ctx.app.guestCookie());
  ctx.b = await ctx.app.connect(await ctx.app.guestCookie());
});
test.after(async ({ app }) => app.stop());
test.before.each(({ app }) => app.clock.advance(10_000)); // refill the per-session rate limit

async function product(socket: TestSocket, slug: string): Promise<ProductDetail> {
  return ok(await socket.emitWithAck('catalog:get', { slug }), `catalog:get ${slug}`);
}

test('catalog:get: variants, specs, images per colour, rating summary', async ({ a }) => {
  const p = await product(a, 'vision-x-pro-max-ultra');
  assert.is(p.name, 'Vision X Pro Max Ultra');
  assert.is(Math.min(...p.variants.map((v) => v.priceCents)), 100000);
  assert.equal(Object.keys(p.images).sort(), ['black', 'transparent']);
  assert.ok(p.specs.some((s) => s.value.includes('5000 mAh')));
  assert.is(
    p.rating.distribution.reduce((x, y) => x + y, 0),
    p.rating.count,
  );
  assert.ok(p.rating.count > 0 && p.rating.average! >= 1 && p.rating.average! <= 5);
  const halo = await product(a, 'halo-vision-pro-ultra');
  assert.is(Math.min(...halo.variants.map((v) => v.priceCents)), 150000);
});

test('catalog:get of an unknown slug is not_found; a malformed one bad_request', async ({ a }) => {
  assert.equal(await a.emitWithAck('catalog:get', { slug: 'no-such-phone' }), {
    ok: false,
    error: { code: 'not_found', reason: 'product_not_found' },
  });
  const bad = await a.emitWithAck('catalog:get', { slug: '../etc/passwd' });
  assert.is(!bad.ok && bad.error.code, 'bad_request');
});

test('an image URL is served with a year of caching', async ({ app, a }) => {
  const p = await product(a, 'vision-go');
  const res = await fetch(app.url + p.images.coral!);
  assert.is(res.status, 200);
  assert.match(res.headers.get('content-type')!, /image\/svg\+xml/);
  assert.match(res.headers.get('cache-control')!, /max-age=31536000.*immutable/);
  assert.match(await res.text(), /<title[^>]*>Vision Go in Coral<\/title>/);
});

test('live stock: a change is pushed to every socket watching the product, in version order, and to no one else', async ({
  app,
  a,
  b,
}) => {
  const p = await product(a, 'vision-go');
  const variant = p.variants.find((v) => v.stock >= 3)!;
  const snapshot = ok(await a.emitWithAck('catalog:watch', { productId: p.id }));
  assert.equal(snapshot[variant.id], { stock: variant.stock, version: variant.stockVersion });
  const bSeen = recordEvents(b); // b does not watch this product

  const pushed = nextEvent<StockChanged>(a, 'catalog:stock-changed');
  const change = changeStock(app.ctx.db, variant.id, -2)!;
  announceStock(app.ctx, [change]);
  assert.equal(await pushed, {
    productId: p.id,
    variantId: variant.id,
    stock: variant.stock - 2,
    version: variant.stockVersion + 1,
  });
  assert.is(
    (await product(b, 'vision-go')).variants.find((v) => v.id === variant.id)!.stock,
    variant.stock - 2,
    'the row changed',
  );
  assert.equal(
    bSeen.filter(([e]) => e === 'catalog:stock-changed'),
    [],
  );

  // b starts watching and sees the next change too.
  await b.emitWithAck('catalog:watch', { productId: p.id });
  const toA = nextEvent<StockChanged>(a, 'catalog:stock-changed');
  const toB = nextEvent<StockChanged>(b, 'catalog:stock-changed');
  announceStock(app.ctx, [changeStock(app.ctx.db, variant.id, 1)!]);
  assert.equal((await toA).version, variant.stockVersion + 2);
  assert.equal(await toB, await toA);
});

test('stock never goes below zero: the change is refused and nothing is pushed', async ({ app, a }) => {
  const p = await product(a, 'usb-c-braided-cable-2m');
  const v = p.variants[0]!;
  assert.is(changeStock(app.ctx.db, v.id, -(v.stock + 1)), null);
  assert.is((await product(a, p.slug)).variants[0]!.stock, v.stock);
  assert.is(changeStock(app.ctx.db, 999_999, -1), null, 'no such variant');
});

test('catalog:unwatch stops the pushes', async ({ app, a, b }) => {
  const p = await product(a, 'vision-x');
  await a.emitWithAck('catalog:watch', { productId: p.id });
  await b.emitWithAck('catalog:watch', { productId: p.id });
  assert.equal(await a.emitWithAck('catalog:unwatch', { productId: p.id }), { ok: true, data: null });
  const aSeen = recordEvents(a);
  const toB = nextEvent<StockChanged>(b, 'catalog:stock-changed');
  announceStock(app.ctx, [changeStock(app.ctx.db, p.variants[0]!.id, 1)!]);
  await toB; // delivered to b, so a (same server, same tick) would have had it by now
  assert.equal(
    aSeen.filter(([e]) => e === 'catalog:stock-changed'),
    [],
  );
});

test('catalog:watch of an unknown product is not_found', async ({ a }) => {
  const res = await a.emitWithAck('catalog:watch', { productId: 987654 });
  assert.is(!res.ok && res.error.code, 'not_found');
});

const badLists: [string, unknown, string][] = [
  ['negative price', { minPrice: -1 }, 'minPrice'],
  ['fractional cents', { maxPrice: 10.5 }, 'maxPrice'],
  ['min above max', { minPrice: 5000, maxPrice: 100 }, 'maxPrice'],
  ['unknown sort', { sort: 'cheapest' }, 'sort'],
  ['oversize text', { q: 'x'.repeat(121) }, 'q'],
  ['page zero', { page: 0 }, 'page'],
  ['page size too big', { pageSize: 500 }, 'pageSize'],
  ['unknown category', { category: ['tablets'] }, 'category.0'],
  ['too many colours', { colour: Array.from({ length: 21 }, (_, i) => `c${i}`) }, 'colour'],
  ['wrong type', { q: 42 }, 'q'],
  ['unknown field', { userId: 1 }, 'userId'],
  ['not an object', 'phones', '_'],
];
for (const [name, input, field] of badLists) {
  test(`catalog:list rejects ${name}`, async ({ a }) => {
    const res = await a.emitWithAck('catalog:list', input as never);
    assert.is(res.ok, false);
    if (res.ok) return;
    assert.is(res.error.code, 'bad_request');
    assert.ok(
      res.error.fields && field in res.error.fields,
      `fields ${JSON.stringify(res.error.fields)} name ${field}`,
    );
  });
}

test('odd but valid queries answer, never crash: quotes, FTS operators, emoji', async ({ a }) => {
  for (const q of ['"', 'NEAR(a b)', 'phone OR', '*', 'AND AND', '📱 case', "o'brien", '-', '^halo']) {
    ok(await a.emitWithAck('catalog:list', { q }), `catalog:list ${q}`);
  }
});

test('catalog:suggest: products for a prefix; empty text is refused', async ({ a }) => {
  const suggested = ok(await a.emitWithAck('catalog:suggest', { q: 'halo' }));
  assert.is(suggested[0]?.slug, 'halo-vision-pro-ultra');
  assert.ok(suggested.length <= 6);
  const empty = await a.emitWithAck('catalog:suggest', { q: '   ' });
  assert.is(!empty.ok && empty.error.code, 'bad_request');
});

test('catalog:home: featured products and the newest phone', async ({ a }) => {
  const home = ok(await a.emitWithAck('catalog:home', {}));
  assert.is(home.newestPhone?.slug, 'halo-vision-pro-ultra');
  assert.ok(home.featured.length >= 4);
});

test.run();
