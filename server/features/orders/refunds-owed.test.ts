import { eq } from 'drizzle-orm';
import { suite } from 'uvu';
import * as assert from 'uvu/assert';
import { orders, refundsOwed } from '../../db/schema.js';
import { startTestApp, type TestApp } from '../../test/harness.js';
import { spyPaymentProvider } from '../../test/payment-spy.js';
import { placeOrder } from '../../test/shop-helpers.js';
import { payOwedRefunds, RETRY_REFUND_AFTER_MS } from './refunds-owed.js';
import { ok } from '../../test/ack.js';

const payments = spyPaymentProvider();
const test = suite<{ app: TestApp }>('a cancelled order’s refund is owed until the provider pays it');
test.before.each(async (ctx) => {
  ctx.app = await startTestApp({}, { payments: payments.provider });
  payments.reset();
});
test.after.each(async ({ app }) => app.stop());

async function cancelledOrder(app: TestApp) {
  const tab = await app.connect(await app.guestCookie());
  const order = await placeOrder(app, tab);
  const cancelled = ok(await tab.emitWithAck('orders:cancel', { number: order.number }));
  const row = app.ctx.db.select().from(orders).where(eq(orders.number, order.number)).get()!;
  return {
    cancelled,
    row,
    owed: () => app.ctx.db.select().from(refundsOwed).where(eq(refundsOwed.orderId, row.id)).get(),
  };
}

test('a cancellation records the refund with the cancel and pays it at once', async ({ app }) => {
  const { cancelled, row, owed } = await cancelledOrder(app);
  assert.is(cancelled.status, 'cancelled');
  assert.ok(payments.refunded.has(row.paymentRef));
  assert.equal(
    { chargeId: owed()?.chargeId, amountCents: owed()?.amountCents },
    { chargeId: row.paymentRef, amountCents: row.totalCents },
  );
  assert.type(owed()?.refundedAt, 'number');
});

test('a refund the provider refuses stays owed and the reconciler pays it later, once', async ({ app }) => {
  payments.failRefunds = true;
  const { cancelled, row, owed } = await cancelledOrder(app);
  assert.is(cancelled.status, 'cancelled', 'the cancellation stands; the money follows');
  assert.is(owed()?.refundedAt, null);
  payments.failRefunds = false;
  assert.is(await payOwedRefunds(app.ctx), 0, 'not retried within the first minute');
  app.clock.advance(RETRY_REFUND_AFTER_MS);
  assert.is(await payOwedRefunds(app.ctx), 1);
  assert.ok(payments.refunded.has(row.paymentRef));
  assert.type(owed()?.refundedAt, 'number');
  assert.is(await payOwedRefunds(app.ctx), 0, 'paid refunds are not paid again');
});

test.run();
