import { eq, sql } from 'drizzle-orm';
import { suite } from 'uvu';
import * as assert from 'uvu/assert';
import { reviews, variants } from '../../db/schema.js';
import type { ProductDetail, StockChanged } from '../../../shared/catalog.js';
import { ok } from '../../test/ack.js';
import { nextEvent, startTestApp, type TestApp, type TestSocket } from '../../test/harness.js';
import { recordEvents } from '../../test/helpers.js';
import { buyAndMove, goodReview, shopper } from '../../test/review-helpers.js';
import { checkoutForm, stockOf } from '../../test/shop-helpers.js';
import { CATALOG_RECHECK_MS } from './catalog-cache.js';
import { announceStock, changeStock } from './stock.js';

/**
 * The catalog cache seen from the sockets: what one shopper changes, another's next listing
 * shows, without waiting for the cache's periodic check. Each test keeps the clock's moves
 * between the warming read and the read after well under CATALOG_RECHECK_MS, so only the
 * patch can make it pass; the last test moves it on purpose.
 */
const test = suite<{ app: TestApp; browser: TestSocket; bystander: TestSocket }>('catalog cache: patched by the facts');

test.before(async (ctx) => {
  ctx.app = await startTestApp();
  ctx.browser = await ctx.app.connect(await ctx.app.guestCookie());
  ctx.bystander = await ctx.app.connect(await ctx.app.guestCookie());
});
test.after(async ({ app }) => app.stop());
test.before.each(({ app }) => app.clock.advance(2_000)); // refill the per-session rate limit (20 at 10/s)

const product = async (s: TestSocket, slug: string): Promise<ProductDetail> =>
  ok(await s.emitWithAck('catalog:get', { slug }), `catalog:get ${slug}`);
const cardIn = async (s: TestSocket, q: string, id: number) =>
  ok(await s.emitWithAck('catalog:list', { q, pageSize: 48 })).items.find((c) => c.id === id);

test('[CACHE2] a checkout on one socket: the watcher gets the push, and its next catalog:get shows the new stock', async ({
  app,
  browser,
  bystander,
}) => {
  const before = await product(browser, 'vision-go'); // warms the cache
  const variant = before.variants.find((v) => v.stock >= 3)!;
  ok(await browser.emitWithAck('catalog:watch', { productId: before.id }));
  const bystanderSeen = recordEvents(bystander);
  const pushed = nextEvent<StockChanged>(browser, 'catalog:stock-changed');

  const buyer = await app.connect(await app.guestCookie());
  const cart = ok(await buyer.emitWithAck('cart:add', { variantId: variant.id, quantity: 2 }));
  ok(await buyer.emitWithAck('checkout:place', checkoutForm(cart)));

  const expected = { productId: before.id, variantId: variant.id, stock: variant.stock - 2 };
  assert.equal(await pushed, { ...expected, version: variant.stockVersion + 1 });
  assert.is(stockOf(app, variant.id), variant.stock - 2, 'stored');
  const after = (await product(browser, 'vision-go')).variants.find((v) => v.id === variant.id)!;
  assert.equal([after.stock, after.stockVersion], [variant.stock - 2, variant.stockVersion + 1]);
  const afterOther = (await product(bystander, 'vision-go')).variants.find((v) => v.id === variant.id)!;
  assert.is(afterOther.stock, variant.stock - 2, 'every reader shares the one cache');
  assert.equal(
    bystanderSeen.filter(([e]) => e === 'catalog:stock-changed'),
    [],
    'no push to a socket that does not watch',
  );
});

test('[XPROC1] alone (no adapter across processes) a stock fact patches the cache and is sent nowhere else', async ({
  app,
  browser,
}) => {
  const before = await product(browser, 'vision-x'); // warms the cache
  const variant = before.variants.find((v) => v.stock >= 2)!;
  const sent: unknown[] = [];
  const serverSideEmit = app.io.serverSideEmit;
  app.io.serverSideEmit = ((...args: unknown[]) => sent.push(args) > 0) as typeof app.io.serverSideEmit;
  try {
    const buyer = await app.connect(await app.guestCookie());
    const cart = ok(await buyer.emitWithAck('cart:add', { variantId: variant.id, quantity: 1 }));
    ok(await buyer.emitWithAck('checkout:place', checkoutForm(cart)));
  } finally {
    app.io.serverSideEmit = serverSideEmit;
  }
  assert.is((await product(browser, 'vision-x')).variants.find((v) => v.id === variant.id)!.stock, variant.stock - 1);
  // Socket.IO's in-memory adapter warns on every server-side emit: 588 lines in one journey run.
  assert.equal(sent, [], 'nothing for other processes');
});

test('[CACHE2] selling the last unit: the listing card on another socket turns out of stock', async ({
  app,
  browser,
}) => {
  const p = await product(browser, 'halo-vision-pro-ultra-tempered-glass');
  assert.ok((await cardIn(browser, p.name, p.id))?.inStock, 'in stock to begin with');
  // Through the stock path (as cancellations and other checkouts do): every variant but one sold out, one unit left.
  const [last, ...others] = p.variants;
  const changes = [
    ...others.map((v) => changeStock(app.ctx.db, v.id, -v.stock)),
    changeStock(app.ctx.db, last!.id, 1 - last!.stock),
  ];
  announceStock(
    app.ctx,
    changes.filter((c) => c !== null),
  );
  assert.ok((await cardIn(browser, p.name, p.id))?.inStock, 'one left');

  const buyer = await app.connect(await app.guestCookie());
  const cart = ok(await buyer.emitWithAck('cart:add', { variantId: last!.id, quantity: 1 }));
  ok(await buyer.emitWithAck('checkout:place', checkoutForm(cart)));
  assert.is((await cardIn(browser, p.name, p.id))?.inStock, false);
  assert.is(stockOf(app, last!.id), 0, 'stored');
});

test('[CACHE3] a review: the rating in the listing and on the product page changes at once', async ({
  app,
  browser,
}) => {
  const p = await product(browser, 'vision-go');
  const author = await shopper(app);
  await buyAndMove(app, author.socket, p.variants.find((v) => v.stock > 0)!.id, 'delivered');
  app.clock.advance(2_000);
  const before = (await cardIn(browser, 'vision go', p.id))!.rating; // warms (or rechecks) the cache
  const pageBefore = (await product(browser, 'vision-go')).rating;
  const added = ok(await author.socket.emitWithAck('reviews:add', goodReview(p.id, { rating: 1 })));
  const stored = app.ctx.db.select().from(reviews).where(eq(reviews.productId, p.id)).all();
  assert.is(stored.length, before.count + 1, 'stored');

  const after = (await cardIn(browser, 'vision go', p.id))!.rating;
  assert.equal(after, { average: added.rating.average, count: before.count + 1 });
  assert.ok(after.average! < before.average!, 'a one-star review lowers the average');
  const page = (await product(browser, 'vision-go')).rating;
  assert.equal(page, added.rating);
  assert.is(page.distribution[0], pageBefore.distribution[0] + 1);
});

test('[CACHE4] a write behind the cache: shown after the next check; cart and checkout read the database meanwhile', async ({
  app,
  browser,
}) => {
  const p = await product(browser, 'vision-x');
  const variant = p.variants.find((v) => v.stock > 0)!;
  app.ctx.db
    .update(variants)
    .set({ stock: 0, stockVersion: sql`${variants.stockVersion} + 1` })
    .where(eq(variants.id, variant.id))
    .run();
  const stale = (await product(browser, 'vision-x')).variants.find((v) => v.id === variant.id)!;
  assert.is(stale.stock, variant.stock, 'the cache has not seen it yet: it is a cache');
  const refused = await browser.emitWithAck('cart:add', { variantId: variant.id, quantity: 1 });
  assert.is(!refused.ok && refused.error.reason, 'out_of_stock', 'the cart decides from the database');

  app.clock.advance(CATALOG_RECHECK_MS);
  const fresh = (await product(browser, 'vision-x')).variants.find((v) => v.id === variant.id)!;
  assert.equal([fresh.stock, fresh.stockVersion], [0, variant.stockVersion + 1]);
});

test('[CACHE4] a review written behind the cache is counted after the next check', async ({ app, browser }) => {
  const p = await product(browser, 'vision-x');
  const before = (await cardIn(browser, 'vision x', p.id))!.rating;
  app.ctx.db
    .insert(reviews)
    .values({
      productId: p.id,
      userId: null,
      author: 'Imported R.',
      rating: 5,
      title: 'Fine',
      body: 'Imported.',
      createdAt: app.clock.now,
    })
    .run();
  assert.equal((await cardIn(browser, 'vision x', p.id))!.rating, before, 'not yet');
  app.clock.advance(CATALOG_RECHECK_MS);
  assert.is((await cardIn(browser, 'vision x', p.id))!.rating.count, before.count + 1);
});

test.run();
