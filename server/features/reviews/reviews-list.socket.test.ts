import { eq } from 'drizzle-orm';
import { suite } from 'uvu';
import * as assert from 'uvu/assert';
import { products, reviews } from '../../db/schema.js';
import { REVIEWS_PAGE_SIZE } from '../../../shared/reviews.js';
import { startTestApp, type TestApp } from '../../test/harness.js';
import { userByEmail } from '../../test/helpers.js';
import { buyAndMove, goodReview, productAt, shopper } from '../../test/review-helpers.js';
import { insertVerifiedReview } from './reviews.repo.js';
import { ok } from '../../test/ack.js';

const test = suite<{ app: TestApp }>('reviews: the list, the summary, the unique index');
test.before(async (ctx) => {
  ctx.app = await startTestApp();
});
test.after(async ({ app }) => app.stop());
test.before.each(({ app }) => app.clock.advance(60_000));

/** A product the catalog ships without reviews, so the sums below start from zero. */
function unreviewed(app: TestApp, slug: string) {
  const product = app.ctx.db.select().from(products).where(eq(products.slug, slug)).get()!;
  assert.equal(
    app.ctx.db.select().from(reviews).where(eq(reviews.productId, product.id)).all(),
    [],
    `${slug} has no imported reviews`,
  );
  const variantId = (
    app.ctx.db.$client.prepare('select id from variants where product_id = ? and stock > 5').get(product.id) as {
      id: number;
    }
  ).id;
  return { id: product.id, slug, variantId };
}

test('summary maths through the real path: 5, 4, 4 → 4.3 from 3, and catalog:get agrees', async ({ app }) => {
  const product = unreviewed(app, 'usb-c-braided-cable-2m');
  const guest = await app.connect(await app.guestCookie());
  assert.equal(ok(await guest.emitWithAck('reviews:list', { productId: product.id })), {
    reviews: [],
    nextAfter: null,
    rating: { average: null, count: 0, distribution: [0, 0, 0, 0, 0] },
  });
  const seen: number[] = [];
  for (const rating of [5, 4, 4]) {
    const me = await shopper(app);
    await buyAndMove(app, me.socket, product.variantId);
    app.clock.advance(1000);
    const added = ok(await me.socket.emitWithAck('reviews:add', goodReview(product.id, { rating })));
    seen.push(added.rating.average!);
  }
  assert.equal(seen, [5, 4.5, 4.3]);
  const page = ok(await guest.emitWithAck('reviews:list', { productId: product.id }));
  assert.equal(page.rating, { average: 4.3, count: 3, distribution: [0, 0, 0, 2, 1] });
  assert.equal(
    page.reviews.map((r) => r.rating),
    [4, 4, 5],
    'newest first',
  );
  assert.equal(ok(await guest.emitWithAck('catalog:get', { slug: product.slug })).rating, page.rating);
  const card = ok(await guest.emitWithAck('catalog:list', { q: 'braided 2m' })).items.find((c) => c.id === product.id)!;
  assert.equal(card.rating, { average: 4.3, count: 3 });
});

test('pages of ten, newest first, ties on the time broken by id; `after` continues exactly', async ({ app }) => {
  const product = unreviewed(app, 'halo-vision-pro-ultra-tempered-glass');
  const at = app.clock.now;
  // Imported-style rows (no user), two of them written in the same millisecond.
  const times = Array.from({ length: 2 * REVIEWS_PAGE_SIZE + 3 }, (_, i) => at - (i === 5 ? 4 : i) * 1000);
  for (const createdAt of times) {
    app.ctx.db
      .insert(reviews)
      .values({
        productId: product.id,
        userId: null,
        author: 'Imported R.',
        rating: 3,
        title: 't',
        body: 'An imported review.',
        createdAt,
      })
      .run();
  }
  const all = app.ctx.db.select().from(reviews).where(eq(reviews.productId, product.id)).all();
  const expected = [...all].sort((a, b) => b.createdAt - a.createdAt || b.id - a.id).map((r) => r.id);

  const guest = await app.connect(await app.guestCookie());
  const got: number[] = [];
  let after: number | undefined;
  const sizes: number[] = [];
  do {
    const page = ok(
      await guest.emitWithAck(
        'reviews:list',
        after === undefined ? { productId: product.id } : { productId: product.id, after },
      ),
    );
    sizes.push(page.reviews.length);
    got.push(...page.reviews.map((r) => r.id));
    after = page.nextAfter ?? undefined;
  } while (after !== undefined);
  assert.equal(sizes, [REVIEWS_PAGE_SIZE, REVIEWS_PAGE_SIZE, 3]);
  assert.equal(got, expected);

  const foreign = await guest.emitWithAck('reviews:list', { productId: product.id + 1, after: expected[0]! });
  assert.is(!foreign.ok && foreign.error.code, 'bad_request');
  const unknown = await guest.emitWithAck('reviews:list', { productId: product.id, after: 9_999_999 });
  assert.is(!unknown.ok && unknown.error.code, 'not_found');
});

test('the unique index itself refuses a second review by the same shopper (not only the check)', async ({ app }) => {
  const me = await shopper(app);
  const userId = userByEmail(app, me.email)!.id;
  const productId = productAt(app, 0).id;
  const row = {
    productId,
    userId,
    author: 'Ada L.',
    rating: 4,
    title: '',
    body: 'First of two.',
    createdAt: app.clock.now,
  };
  assert.ok(insertVerifiedReview(app.ctx.db, row));
  assert.is(insertVerifiedReview(app.ctx.db, { ...row, body: 'Second of two.' }), null);
  assert.throws(
    () =>
      app.ctx.db
        .insert(reviews)
        .values({ ...row, body: 'Raw insert.' })
        .run(),
    /UNIQUE constraint failed: reviews\.product_id, reviews\.user_id/,
  );
});

test.run();
