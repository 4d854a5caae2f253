import { eq } from 'drizzle-orm';
import { suite } from 'uvu';
import * as assert from 'uvu/assert';
import { CheckoutSchema } from '../../../shared/checkout.js';
import { orders, paymentIntents } from '../../db/schema.js';
import { startTestApp, type TestApp, type TestSocket } from '../../test/harness.js';
import { sessionIdOf } from '../../test/helpers.js';
import { spyPaymentProvider } from '../../test/payment-spy.js';
import { checkoutForm, fillCart, placeOrder } from '../../test/shop-helpers.js';
import { TEST_CARDS } from '../payments/test-provider.js';
import { checkoutFingerprint } from './checkout-attempts.js';
import { ABANDONED_AFTER_MS, reconcileAbandonedCharges } from './checkout-reconciler.js';
import { openIntent } from './payment-intents.js';
import { ok } from '../../test/ack.js';

const payments = spyPaymentProvider();
const test = suite<{ app: TestApp }>('abandoned charges are found and refunded');
test.before.each(async (ctx) => {
  ctx.app = await startTestApp({}, { payments: payments.provider });
  payments.reset();
});
test.after.each(async ({ app }) => app.stop());

const intentOf = (app: TestApp, key: string) =>
  app.ctx.db.select().from(paymentIntents).where(eq(paymentIntents.key, key)).get();

/** What a process that died between the charge and the commit leaves behind: an open intent and a charge at the provider. */
async function crashAfterCharge(app: TestApp, cookie: string, tab: TestSocket) {
  const input = checkoutForm(await fillCart(app, tab, [1]));
  const parsed = CheckoutSchema.parse(input);
  const owner = `session:${await sessionIdOf(app, cookie)}`;
  openIntent(app.ctx.db, {
    key: input.idempotencyKey,
    owner,
    requestHash: checkoutFingerprint(parsed),
    amountCents: 1000,
    createdAt: app.clock.now,
  });
  const card = {
    number: parsed.card.number,
    expMonth: parsed.card.expiry.month,
    expYear: parsed.card.expiry.year,
    cvc: parsed.card.cvc,
  };
  const charge = await payments.provider.charge({
    amountCents: 1000,
    currency: 'USD',
    card,
    idempotencyKey: input.idempotencyKey,
  });
  assert.ok(charge.ok);
  return { input, chargeId: charge.chargeId };
}

test('a charge left without an order is refunded once abandoned, and its key can no longer place an order', async ({
  app,
}) => {
  const cookie = await app.guestCookie();
  const tab = await app.connect(cookie);
  const { input, chargeId } = await crashAfterCharge(app, cookie, tab);
  app.clock.advance(ABANDONED_AFTER_MS - 1000);
  assert.is(await reconcileAbandonedCharges(app.ctx), 0, 'a recent intent may still be retried by its shopper');
  assert.is(payments.refunded.size, 0);
  app.clock.advance(1000);
  assert.is(await reconcileAbandonedCharges(app.ctx), 1);
  assert.ok(payments.refunded.has(chargeId));
  assert.is(intentOf(app, input.idempotencyKey)?.outcome, 'refunded');
  const late = await tab.emitWithAck('checkout:place', input);
  assert.ok(!late.ok && late.error.code === 'conflict' && late.error.reason === 'attempt_ended', JSON.stringify(late));
  assert.is(app.ctx.db.select().from(orders).all().length, 0);
  assert.is(await reconcileAbandonedCharges(app.ctx), 0, 'settled intents are not visited again');
});

test('a retry in time completes the order instead, and the reconciler leaves it alone', async ({ app }) => {
  const cookie = await app.guestCookie();
  const tab = await app.connect(cookie);
  const { input, chargeId } = await crashAfterCharge(app, cookie, tab);
  const order = ok(await tab.emitWithAck('checkout:place', input));
  const row = app.ctx.db.select().from(orders).where(eq(orders.number, order.number)).get()!;
  assert.is(row.paymentRef, chargeId, 'the provider replayed the first charge');
  assert.is(intentOf(app, input.idempotencyKey)?.outcome, 'ordered');
  app.clock.advance(ABANDONED_AFTER_MS);
  assert.is(await reconcileAbandonedCharges(app.ctx), 0);
  assert.is(payments.refunded.size, 0);
});

test('every checkout settles its intent: ordered, refused, or refunded', async ({ app }) => {
  const tab = await app.connect(await app.guestCookie());
  await placeOrder(app, tab);
  const declined = checkoutForm(await fillCart(app, tab, [1]), TEST_CARDS.declined);
  assert.is((await tab.emitWithAck('checkout:place', declined)).ok, false);
  const outcomes = app.ctx.db
    .select()
    .from(paymentIntents)
    .all()
    .map((i) => i.outcome)
    .sort();
  assert.equal(outcomes, ['ordered', 'refused']);
  app.clock.advance(ABANDONED_AFTER_MS);
  assert.is(await reconcileAbandonedCharges(app.ctx), 0);
});

test('a refund the provider refuses stays open and is tried again next round', async ({ app }) => {
  const cookie = await app.guestCookie();
  const { input, chargeId } = await crashAfterCharge(app, cookie, await app.connect(cookie));
  app.clock.advance(ABANDONED_AFTER_MS);
  payments.failRefunds = true;
  assert.is(await reconcileAbandonedCharges(app.ctx), 0);
  assert.is(intentOf(app, input.idempotencyKey)?.settledAt, null);
  payments.failRefunds = false;
  assert.is(await reconcileAbandonedCharges(app.ctx), 1);
  assert.ok(payments.refunded.has(chargeId));
});

test.run();
