import { count, eq } from 'drizzle-orm';
import { suite } from 'uvu';
import * as assert from 'uvu/assert';
import { reviews } from '../../db/schema.js';
import { REVIEW_BODY_MAX, REVIEW_TITLE_MAX } from '../../../shared/reviews.js';
import { startTestApp, type TestApp, type TestSocket } from '../../test/harness.js';
import { buyAndMove, goodReview, productAt, shopper } from '../../test/review-helpers.js';
import { ok } from '../../test/ack.js';

const test = suite<{ app: TestApp; socket: TestSocket; productId: number }>(
  'reviews:add bad input: refused, nothing stored',
);
test.before(async (ctx) => {
  ctx.app = await startTestApp();
  const product = productAt(ctx.app, 0);
  const me = await shopper(ctx.app);
  await buyAndMove(ctx.app, me.socket, product.variantId);
  // Eligible: the only thing wrong with each request below is its payload.
  assert.is(ok(await me.socket.emitWithAck('reviews:eligibility', { productId: product.id })).canReview, true);
  ctx.socket = me.socket;
  ctx.productId = product.id;
});
test.after(async ({ app }) => app.stop());
test.before.each(({ app }) => app.clock.advance(60_000));

const matrix: Array<[string, Record<string, unknown>, string]> = [
  ['rating 0', { rating: 0 }, 'rating'],
  ['rating 6', { rating: 6 }, 'rating'],
  ['rating 2.5', { rating: 2.5 }, 'rating'],
  ['rating as a string', { rating: 'five' }, 'rating'],
  ['body too short once trimmed', { body: '  123456789  ' }, 'body'],
  ['body too long', { body: 'b'.repeat(REVIEW_BODY_MAX + 1) }, 'body'],
  ['title too long', { title: 't'.repeat(REVIEW_TITLE_MAX + 1) }, 'title'],
  ['HTML in the body', { body: 'Great <img src=x onerror=alert(1)> phone' }, 'body'],
  ['HTML in the title', { title: '<b>Loud</b>' }, 'title'],
  ['a control character', { body: 'Bell \u0007 rings in here' }, 'body'],
  ['an extra key', { author: 'Somebody Else' }, 'author'],
  ['verified claimed by the client', { verified: true }, 'verified'],
  ['product id negative', { productId: -1 }, 'productId'],
];

test('every bad payload is bad_request naming its field', async ({ app, socket, productId }) => {
  const table = (): number =>
    app.ctx.db.select({ n: count() }).from(reviews).where(eq(reviews.productId, productId)).get()!.n;
  const before = table();
  for (const [name, change, field] of matrix) {
    app.clock.advance(1000);
    const res = await socket.emitWithAck('reviews:add', goodReview(productId, change) as never);
    assert.is(!res.ok && res.error.code, 'bad_request', name);
    assert.equal(Object.keys((!res.ok && res.error.fields) || {}), [field], name);
  }
  assert.is(table(), before, 'nothing stored');
});

test('payloads that are no object at all are refused too', async ({ app, socket }) => {
  const raw = socket as unknown as {
    emitWithAck(event: string, ...args: unknown[]): Promise<{ ok: boolean; error?: { code: string } }>;
  };
  for (const payload of [null, 'review', 5, [], undefined]) {
    app.clock.advance(1000);
    const res = await raw.emitWithAck('reviews:add', payload);
    assert.is(res.error?.code, 'bad_request', JSON.stringify(payload));
  }
  const two = await raw.emitWithAck('reviews:add', goodReview(1), goodReview(1));
  assert.is(two.error?.code, 'bad_request');
});

test('plain text survives exactly, and is answered as text', async ({ socket, productId }) => {
  const body = 'I <3 it.\nBattery: 2 days > 1 day & "fast" charging.';
  const added = ok(
    await socket.emitWithAck('reviews:add', goodReview(productId, { body: `  ${body}\r\n`, title: '' })),
  );
  assert.is(added.review.body, body);
  assert.is(added.review.title, null);
});

test('reviews:list and reviews:eligibility validate their payloads', async ({ socket }) => {
  for (const [event, payload] of [
    ['reviews:list', { productId: 'x' }],
    ['reviews:list', { productId: 1, after: 0 }],
    ['reviews:list', { productId: 1, page: 2 }],
    ['reviews:eligibility', {}],
    ['reviews:eligibility', { productId: 1.5 }],
  ] as const) {
    const res = await socket.emitWithAck(event, payload as never);
    assert.is(!res.ok && res.error.code, 'bad_request', `${event} ${JSON.stringify(payload)}`);
  }
});

test.run();
