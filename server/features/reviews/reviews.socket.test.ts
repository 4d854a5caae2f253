import { count, eq } from 'drizzle-orm';
import { suite } from 'uvu';
import * as assert from 'uvu/assert';
import { reviews } from '../../db/schema.js';
import type { ReviewAdded } from '../../../shared/reviews.js';
import { nextEventWhere, startTestApp, type TestApp } from '../../test/harness.js';
import { recordEvents } from '../../test/helpers.js';
import { buyAndMove, goodReview, productAt, shopper } from '../../test/review-helpers.js';
import { ok } from '../../test/ack.js';

const test = suite<{ app: TestApp }>('reviews: who may review, adding one, the live push');
test.before(async (ctx) => {
  ctx.app = await startTestApp();
});
test.after(async ({ app }) => app.stop());
test.before.each(({ app }) => app.clock.advance(60_000));

const reviewCount = (app: TestApp, productId: number) =>
  app.ctx.db.select({ n: count() }).from(reviews).where(eq(reviews.productId, productId)).get()!.n;

test('eligibility table: guest, no order, cancelled, on its way, delivered, already reviewed', async ({ app }) => {
  const product = productAt(app, 0);
  const guest = await app.connect(await app.guestCookie());
  const noOrder = await shopper(app);
  const cancelled = await shopper(app);
  await buyAndMove(app, cancelled.socket, product.variantId, 'cancelled');
  const shipped = await shopper(app);
  await buyAndMove(app, shipped.socket, product.variantId, 'shipped');
  const delivered = await shopper(app, 'Grace Brewster Hopper');
  await buyAndMove(app, delivered.socket, product.variantId, 'delivered');
  const reviewed = await shopper(app);
  await buyAndMove(app, reviewed.socket, product.variantId, 'delivered');
  ok(await reviewed.socket.emitWithAck('reviews:add', goodReview(product.id)));

  const table = [
    [guest, 'sign-in'],
    [noOrder.socket, 'not-purchased'],
    [cancelled.socket, 'not-purchased'],
    [shipped.socket, 'not-delivered'],
    [reviewed.socket, 'already-reviewed'],
  ] as const;
  for (const [socket, reason] of table) {
    assert.equal(
      ok(await socket.emitWithAck('reviews:eligibility', { productId: product.id })),
      { canReview: false, reason },
      reason,
    );
  }
  assert.equal(ok(await delivered.socket.emitWithAck('reviews:eligibility', { productId: product.id })), {
    canReview: true,
    postingAs: 'Grace H.',
  });
  // Delivered, but a different product: not this one's to review.
  assert.is(
    ok(await delivered.socket.emitWithAck('reviews:eligibility', { productId: productAt(app, 1).id })).canReview,
    false,
  );
  const missing = await guest.emitWithAck('reviews:eligibility', { productId: 999_999 });
  assert.is(!missing.ok && missing.error.code, 'not_found');
});

test('reviews:add refuses guests and shoppers without a delivered order (forbidden), and stores nothing', async ({
  app,
}) => {
  const product = productAt(app, 2);
  const before = reviewCount(app, product.id);
  const guest = await app.connect(await app.guestCookie());
  const shipped = await shopper(app);
  await buyAndMove(app, shipped.socket, product.variantId, 'shipped');
  for (const [socket, reason] of [
    [guest, 'review_sign_in'],
    [shipped.socket, 'review_not_delivered'],
  ] as const) {
    const res = await socket.emitWithAck('reviews:add', goodReview(product.id));
    assert.is(!res.ok && res.error.code, 'forbidden');
    assert.is(!res.ok && res.error.reason, reason);
  }
  assert.is(reviewCount(app, product.id), before);
});

test('a delivered shopper reviews once: ack with the review and summary, the row, then conflict', async ({ app }) => {
  const product = productAt(app, 3);
  const me = await shopper(app, 'Katherine Johnson');
  await buyAndMove(app, me.socket, product.variantId);
  const before = ok(await me.socket.emitWithAck('reviews:list', { productId: product.id })).rating;
  const added = ok(
    await me.socket.emitWithAck('reviews:add', goodReview(product.id, { rating: 5, title: '  Superb  ' })),
  );
  assert.is(added.productId, product.id);
  assert.equal(
    { ...added.review, id: 0, createdAt: '' },
    {
      id: 0,
      productId: product.id,
      author: 'Katherine J.',
      rating: 5,
      title: 'Superb',
      body: goodReview(0).body,
      verified: true,
      createdAt: '',
    },
  );
  assert.is(added.review.createdAt, new Date(app.clock.now).toISOString());
  assert.is(added.rating.count, before.count + 1);
  assert.is(added.rating.distribution[4], before.distribution[4] + 1);
  const row = app.ctx.db.select().from(reviews).where(eq(reviews.id, added.review.id)).get()!;
  assert.equal([row.userId !== null, row.verified, row.title, row.author], [true, true, 'Superb', 'Katherine J.']);

  const again = await me.socket.emitWithAck(
    'reviews:add',
    goodReview(product.id, { body: 'Changed my mind, still good.' }),
  );
  assert.is(!again.ok && again.error.code, 'conflict');
  assert.is(!again.ok && again.error.reason, 'review_already_written');
  assert.is(reviewCount(app, product.id), before.count + 1);
});

test('the push reaches every socket watching the product (author too), and no socket elsewhere', async ({ app }) => {
  const product = productAt(app, 4);
  const other = productAt(app, 5);
  const author = await shopper(app);
  await buyAndMove(app, author.socket, product.variantId);
  const watcher = await app.connect(await app.guestCookie());
  const elsewhere = await app.connect(await app.guestCookie());
  const unwatched = await app.connect(await app.guestCookie());
  ok(await watcher.emitWithAck('catalog:watch', { productId: product.id }));
  ok(await author.socket.emitWithAck('catalog:watch', { productId: product.id }));
  ok(await elsewhere.emitWithAck('catalog:watch', { productId: other.id }));
  const heardElsewhere = recordEvents(elsewhere);
  const heardUnwatched = recordEvents(unwatched);

  const seenByWatcher = nextEventWhere<ReviewAdded>(watcher, 'catalog:review-added', (p) => p.productId === product.id);
  const seenByAuthor = nextEventWhere<ReviewAdded>(
    author.socket,
    'catalog:review-added',
    (p) => p.productId === product.id,
  );
  const added = ok(await author.socket.emitWithAck('reviews:add', goodReview(product.id)));
  assert.equal(await seenByWatcher, added);
  assert.equal(await seenByAuthor, added, 'the author’s other tabs hear of it too; the client merges by id');
  // A round trip on each quiet socket: anything pushed before it would have arrived by now.
  ok(await elsewhere.emitWithAck('reviews:list', { productId: other.id }));
  ok(await unwatched.emitWithAck('reviews:list', { productId: product.id }));
  assert.equal(
    heardElsewhere.filter(([e]) => e === 'catalog:review-added'),
    [],
  );
  assert.equal(
    heardUnwatched.filter(([e]) => e === 'catalog:review-added'),
    [],
  );
});

test('a double submit sent at once: exactly one review, the other answered conflict', async ({ app }) => {
  const product = productAt(app, 6);
  const me = await shopper(app);
  const tab2 = await app.connect(me.cookie);
  await buyAndMove(app, me.socket, product.variantId);
  const before = reviewCount(app, product.id);
  const answers = await Promise.all([
    ...Array.from({ length: 4 }, () => me.socket.emitWithAck('reviews:add', goodReview(product.id))),
    ...Array.from({ length: 4 }, () => tab2.emitWithAck('reviews:add', goodReview(product.id))),
  ]);
  assert.is(answers.filter((a) => a.ok).length, 1);
  assert.equal(
    answers.filter((a) => !a.ok).map((a) => !a.ok && a.error.code),
    Array(7).fill('conflict'),
  );
  assert.is(reviewCount(app, product.id), before + 1);
});

test('requests are rate limited per session like every family', async ({ app }) => {
  const socket = await app.connect(await app.guestCookie());
  const productId = productAt(app, 0).id;
  const answers = await Promise.all(
    Array.from({ length: 25 }, () => socket.emitWithAck('reviews:eligibility', { productId })),
  );
  assert.ok(answers.some((a) => !a.ok && a.error.code === 'rate_limited'));
});

test.run();
