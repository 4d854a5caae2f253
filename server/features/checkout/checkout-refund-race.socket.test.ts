import { eq } from 'drizzle-orm';
import { suite } from 'uvu';
import * as assert from 'uvu/assert';
import { orders, paymentIntents, variants } from '../../db/schema.js';
import { gatedPaymentProvider } from '../../test/gated-payments.js';
import { startTestApp, type TestApp } from '../../test/harness.js';
import { checkoutForm, fillCart, stockOf } from '../../test/shop-helpers.js';

const test = suite<{ app: TestApp; payments: ReturnType<typeof gatedPaymentProvider> }>(
  'checkout:place: a retry while the refund is on its way',
);
test.before.each(async (ctx) => {
  ctx.payments = gatedPaymentProvider();
  ctx.app = await startTestApp({}, { payments: ctx.payments.provider });
});
test.after.each(async ({ app }) => app.stop());

test('the same key sent again while its charge is being refunded places no order on that charge', async ({
  app,
  payments,
}) => {
  const tab = await app.connect(await app.guestCookie());
  const cart = await fillCart(app, tab, [2]);
  const id = cart.lines[0]!.variantId;
  const input = checkoutForm(cart);
  const setStock = (stock: number) => app.ctx.db.update(variants).set({ stock }).where(eq(variants.id, id)).run();

  payments.shut('charge');
  const first = tab.emitWithAck('checkout:place', input);
  await payments.arrived('charge');
  setStock(1); // sold while the card was charged: the order fails and the charge is refunded
  payments.shut('refund');
  payments.open('charge');
  await payments.arrived('refund');

  setStock(5); // a cancellation brings the stock back while the refund is on the network
  const retry = await tab.emitWithAck('checkout:place', input);
  payments.open('refund');
  const answered = await first;

  assert.ok(!answered.ok && answered.error.reason === 'sold_out_during_payment', JSON.stringify(answered));
  assert.ok(!retry.ok && retry.error.code === 'conflict', `the retry was answered ${JSON.stringify(retry)}`);
  assert.is(app.ctx.db.select().from(orders).all().length, 0, 'no order paid by the refunded charge');
  assert.is(stockOf(app, id), 5);
  assert.is(
    app.ctx.db.select().from(paymentIntents).where(eq(paymentIntents.key, input.idempotencyKey)).get()?.outcome,
    'refunded',
  );
});

test.run();
