import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { suite } from 'uvu';
import * as assert from 'uvu/assert';
import type { CatalogChange, ProductDetail, StockChanged } from '../../../shared/catalog.js';
import { ok } from '../../test/ack.js';
import { startTestApp, type TestApp, type TestSocket } from '../../test/harness.js';
import { type RedisServer, redisServerOrSkip, startRedisServer } from '../../test/redis-server.js';
import { buyAndMove, goodReview, shopper } from '../../test/review-helpers.js';
import { checkoutForm } from '../../test/shop-helpers.js';

/**
 * Two apps as two processes of one shop: one SQLite file, one redis-server (the Redis Streams
 * adapter carries `io.serverSideEmit`). No clock moves between the warming read and the read
 * after, so B's periodic check ([CACHE4]) cannot be what shows A's change: only the fact A sent.
 */
interface Ctx {
  redis: RedisServer;
  dir: string;
  a: TestApp;
  b: TestApp;
  onB: TestSocket;
}

/** The next catalog fact of `kind` app `app` receives from another process, once its own listener has applied it. */
const received = (app: TestApp, kind: CatalogChange['kind'] = 'stock') =>
  new Promise<CatalogChange>((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`no ${kind} catalog:changed from the other process`)), 5000);
    const listener = (change: CatalogChange) => {
      if (change.kind !== kind) return;
      clearTimeout(timer);
      app.io.off('catalog:changed', listener);
      resolve(change);
    };
    app.io.on('catalog:changed', listener);
  });

const product = async (s: TestSocket, slug: string): Promise<ProductDetail> =>
  ok(await s.emitWithAck('catalog:get', { slug }), `catalog:get ${slug}`);

const bin = redisServerOrSkip('the catalog cache across processes (catalog-cache-across.socket.test.ts)');
if (bin) {
  const test = suite<Ctx>('catalog cache: the facts of one process reach the others');
  test.before(async (ctx) => {
    ctx.redis = await startRedisServer(bin);
    ctx.dir = mkdtempSync(join(tmpdir(), 'vx-catalog-across-'));
    const env = { REDIS_URL: ctx.redis.url, DATABASE_FILE: join(ctx.dir, 'shop.db') };
    ctx.a = await startTestApp(env);
    ctx.b = await startTestApp(env);
    ctx.onB = await ctx.b.connect(await ctx.b.guestCookie());
  });
  test.after(async ({ a, b, redis, dir }) => {
    await Promise.all([a.stop(), b.stop()]);
    await redis.close();
    rmSync(dir, { recursive: true, force: true });
  });

  test('[XPROC1] a checkout on A: B’s cache shows the new stock at once, and ignores the fact again or an older one', async ({
    a,
    b,
    onB,
  }) => {
    const before = await product(onB, 'vision-go'); // warms B's cache
    const variant = before.variants.find((v) => v.stock >= 3)!;
    const buyer = await a.connect(await a.guestCookie());
    const cart = ok(await buyer.emitWithAck('cart:add', { variantId: variant.id, quantity: 2 }));
    const fact = received(b);
    ok(await buyer.emitWithAck('checkout:place', checkoutForm(cart)));
    const change = await fact;
    const after = (await product(onB, 'vision-go')).variants.find((v) => v.id === variant.id)!;
    assert.equal([after.stock, after.stockVersion], [variant.stock - 2, variant.stockVersion + 1]);
    assert.equal(change, {
      kind: 'stock',
      change: { productId: before.id, variantId: variant.id, stock: after.stock, version: after.stockVersion },
    });

    // [CACHE2] Delivery is unordered and may repeat: only a newer version applies.
    const older: StockChanged = {
      productId: before.id,
      variantId: variant.id,
      stock: 999,
      version: variant.stockVersion,
    };
    for (const late of [change, { kind: 'stock', change: older } as const]) {
      const again = received(b);
      a.io.serverSideEmit('catalog:changed', late);
      await again;
    }
    const still = (await product(onB, 'vision-go')).variants.find((v) => v.id === variant.id)!;
    assert.equal([still.stock, still.stockVersion], [after.stock, after.stockVersion]);
  });

  test('[XPROC1] a review on A: B’s product page and listing show the new rating at once', async ({ a, b, onB }) => {
    const p = await product(onB, 'vision-x');
    const author = await shopper(a);
    await buyAndMove(a, author.socket, p.variants.find((v) => v.stock > 0)!.id, 'delivered');
    const fact = received(b, 'review');
    const added = ok(await author.socket.emitWithAck('reviews:add', goodReview(p.id, { rating: 1 })));
    assert.equal(await fact, { kind: 'review', productId: p.id });
    assert.equal((await product(onB, 'vision-x')).rating, added.rating);
    const card = ok(await onB.emitWithAck('catalog:list', { q: 'vision x', pageSize: 48 })).items.find(
      (c) => c.id === p.id,
    );
    assert.equal(card?.rating, { average: added.rating.average, count: added.rating.count });
  });

  test.run();
}
