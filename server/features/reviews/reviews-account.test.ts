import { eq } from 'drizzle-orm';
import { suite } from 'uvu';
import * as assert from 'uvu/assert';
import { reviews } from '../../db/schema.js';
import { FORMER_CUSTOMER } from '../../../shared/reviews.js';
import { GOOD_PASSWORD, startTestApp, type TestApp } from '../../test/harness.js';
import { refillAuthBucket, userByEmail } from '../../test/helpers.js';
import { buyAndMove, goodReview, productAt, shopper } from '../../test/review-helpers.js';
import { ok } from '../../test/ack.js';

const test = suite<{ app: TestApp }>('reviews and the account: export, erasure');
test.before(async (ctx) => {
  ctx.app = await startTestApp();
});
test.after(async ({ app }) => app.stop());
test.before.each(({ app }) => {
  app.clock.advance(60_000);
  refillAuthBucket(app);
});

async function reviewer(app: TestApp, indexes: number[]) {
  const me = await shopper(app, 'Mary Jackson');
  const added = [];
  for (const i of indexes) {
    const product = productAt(app, i);
    await buyAndMove(app, me.socket, product.variantId);
    added.push(
      ok(
        await me.socket.emitWithAck(
          'reviews:add',
          goodReview(product.id, { rating: 3 + (i % 3), title: `Review ${i}` }),
        ),
      ),
    );
  }
  return { ...me, added };
}

test('the data export lists the user’s own reviews, and nobody else’s', async ({ app }) => {
  const me = await reviewer(app, [0, 1]);
  await reviewer(app, [0]); // someone else's review of the same product
  const res = await app.api('/api/auth/export', { cookie: me.cookie });
  assert.is(res.status, 200);
  const data = (await res.json()) as { reviews: Array<Record<string, unknown>> };
  assert.equal(
    data.reviews,
    me.added.map(({ review }, i) => ({
      product: app.ctx.db.$client.prepare('select name from products where id = ?').pluck().get(review.productId),
      slug: productAt(app, i).slug,
      author: 'Mary J.',
      rating: review.rating,
      title: review.title,
      body: review.body,
      createdAt: review.createdAt,
    })),
  );
});

test('deleting the account keeps the reviews, as "Former customer" with no user; the summary is unchanged', async ({
  app,
}) => {
  const me = await reviewer(app, [2]);
  const [{ review, rating }] = me.added as [(typeof me.added)[number]];
  const userId = userByEmail(app, me.email)!.id;
  const res = await app.api('/api/auth/account', {
    method: 'DELETE',
    body: { password: GOOD_PASSWORD },
    cookie: me.cookie,
  });
  assert.is(res.status, 200, await res.clone().text());
  assert.is(userByEmail(app, me.email), undefined);

  const row = app.ctx.db.select().from(reviews).where(eq(reviews.id, review.id)).get()!;
  assert.equal(
    [row.userId, row.author, row.verified, row.body, row.rating],
    [null, FORMER_CUSTOMER, true, review.body, review.rating],
  );
  assert.equal(app.ctx.db.select().from(reviews).where(eq(reviews.userId, userId)).all(), []);
  const guest = await app.connect(await app.guestCookie());
  const page = ok(await guest.emitWithAck('reviews:list', { productId: review.productId }));
  assert.equal(
    page.reviews.find((r) => r.id === review.id),
    { ...review, author: FORMER_CUSTOMER },
  );
  assert.equal(page.rating, rating);
});

test.run();
