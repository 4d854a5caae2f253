import { suite } from 'uvu';
import * as assert from 'uvu/assert';
import { variants } from '../../db/schema.js';
import type { StockChanged } from '../../../shared/catalog.js';
import { rooms } from '../../socket/rooms.js';
import { ok } from '../../test/ack.js';
import { seededRandom } from '../../test/crash/shopper.js';
import { startTestApp, type TestApp } from '../../test/harness.js';
import { insertVerifiedReview, toReview } from '../reviews/reviews.repo.js';
import { applyRemoteChange } from './catalog-cache-tap.js';
import { loadCatalog } from './catalog.repo.js';
import { ratingBreakdown } from './rating-summary.js';
import { announceStock, changeStock } from './stock.js';

/**
 * The cache against the database it stands for. The clock never moves here, so the periodic
 * check never runs: only the patches keep the cache right.
 */
const test = suite<{ app: TestApp }>('catalog cache: equals the database');
test.before(async (ctx) => {
  ctx.app = await startTestApp();
});
test.after(async ({ app }) => app.stop());

/** A review as the reviews feature adds one: committed, then published with the product's new rating. */
function addReview(app: TestApp, productId: number, rating: number): void {
  const row = insertVerifiedReview(app.ctx.db, {
    productId,
    userId: null,
    author: 'Random R.',
    rating,
    title: 'Random',
    body: 'A review from the random walk.',
    createdAt: app.clock.now,
  })!;
  const added = { productId, review: toReview(row), rating: ratingBreakdown(app.ctx.db, productId) };
  app.ctx.publish(rooms.product(productId), 'catalog:review-added', added);
}

for (const seed of [1, 7, 2026]) {
  test(`[CACHE5] after a random run of stock changes, late stock facts and reviews (seed ${seed}), the cache equals a fresh load`, ({
    app,
  }) => {
    const random = seededRandom(seed);
    const pick = <T>(xs: readonly T[]): T => xs[Math.floor(random() * xs.length)]!;
    const { db, catalog } = app.ctx;
    const variantIds = db
      .select({ id: variants.id })
      .from(variants)
      .all()
      .map((v) => v.id);
    const productIds = catalog.records().map((r) => r.product.id); // warms the cache before the first change
    const announced: StockChanged[] = [];
    for (let step = 0; step < 200; step++) {
      const roll = random();
      if (roll < 0.45) {
        const changes = [pick(variantIds), pick(variantIds)]
          .slice(0, roll < 0.1 ? 2 : 1)
          .map((id) => changeStock(db, id, Math.floor(random() * 7) - 3 || 1))
          .filter((c) => c !== null);
        announced.push(...changes);
        announceStock(app.ctx, changes);
      } else if (roll < 0.6 && announced.length) {
        // A fact arriving late (another process's, or out of order): never newer than what is held.
        assert.is(applyRemoteChange(catalog, { kind: 'stock', change: pick(announced) }), false);
      } else if (roll < 0.75) {
        addReview(app, pick(productIds), 1 + Math.floor(random() * 5));
      } else {
        const id = pick(productIds);
        assert.ok(catalog.byId(id)); // reads in between, as browsing does
        catalog.ratingOf(id);
      }
    }
    assert.equal(catalog.records(), loadCatalog(db));
    for (const id of productIds) assert.equal(catalog.ratingOf(id), ratingBreakdown(db, id), `rating of ${id}`);
  });
}

test('[CACHE2] a stock fact older than (or as old as) the one held is ignored; a socket still reads the newer', async ({
  app,
}) => {
  const { db, catalog } = app.ctx;
  const record = catalog.bySlug('vision-go')!;
  const variant = record.variants.find((v) => v.stock >= 2)!;
  const older = changeStock(db, variant.id, -1)!;
  const newer = changeStock(db, variant.id, -1)!;
  assert.is(applyRemoteChange(catalog, { kind: 'stock', change: newer }), true);
  assert.is(applyRemoteChange(catalog, { kind: 'stock', change: older }), false, 'older');
  assert.is(applyRemoteChange(catalog, { kind: 'stock', change: newer }), false, 'the same again');
  const held = catalog.byId(record.product.id)!.variants.find((v) => v.id === variant.id)!;
  assert.equal([held.stock, held.stockVersion], [newer.stock, newer.version]);

  const socket = await app.connect(await app.guestCookie());
  const shown = ok(await socket.emitWithAck('catalog:get', { slug: 'vision-go' })).variants.find(
    (v) => v.id === variant.id,
  )!;
  assert.equal([shown.stock, shown.stockVersion], [newer.stock, newer.version]);
});

test.run();
