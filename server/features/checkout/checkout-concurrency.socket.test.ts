import { eq, inArray } from 'drizzle-orm';
import { suite } from 'uvu';
import * as assert from 'uvu/assert';
import { checkoutAttempts, orderLines, orders, variants } from '../../db/schema.js';
import { startTestApp, type TestApp } from '../../test/harness.js';
import { refillAuthBucket } from '../../test/helpers.js';
import { checkoutForm, stockOf } from '../../test/shop-helpers.js';
import { spyPaymentProvider } from '../../test/payment-spy.js';
import { ok } from '../../test/ack.js';

const money = spyPaymentProvider();

const test = suite<{ app: TestApp }>('checkout under concurrency: exactly once, never oversold');
test.before.each(async (ctx) => {
  // A wide socket bucket: these tests are about the transaction, not the rate limit.
  ctx.app = await startTestApp(
    {},
    { payments: money.provider, socketRateLimit: { capacity: 1000, refillPerSecond: 1000 } },
  );
  money.reset();
});
test.after.each(async ({ app }) => app.stop());

const someVariant = (app: TestApp) =>
  app.ctx.db
    .select()
    .from(variants)
    .all()
    .find((v) => v.stock >= 12)!;

test('the same key sent 50 times at once, from two tabs: one order, one charge, every answer that order', async ({
  app,
}) => {
  const cookie = await app.guestCookie();
  const tabs = [await app.connect(cookie), await app.connect(cookie)];
  const variant = someVariant(app);
  const cart = ok(await tabs[0]!.emitWithAck('cart:add', { variantId: variant.id, quantity: 2 }));
  const input = checkoutForm(cart);
  const answers = await Promise.all(
    Array.from({ length: 50 }, (_, i) => tabs[i % 2]!.emitWithAck('checkout:place', input)),
  );
  const numbers = new Set(answers.map((a) => ok(a).number));
  assert.is(numbers.size, 1, 'every answer names the same order');
  assert.is(app.ctx.db.select().from(orders).all().length, 1);
  assert.is(
    app.ctx.db.select().from(checkoutAttempts).where(eq(checkoutAttempts.key, input.idempotencyKey)).all().length,
    1,
  );
  assert.is(stockOf(app, variant.id), variant.stock - 2, 'stock taken once');
  assert.is(money.charged.size - money.refunded.size, 1, 'charged once, net');
});

test('100 buyers for the last 10 units: exactly 10 orders, stock never below zero, everyone else refunded', async ({
  app,
}) => {
  const variant = someVariant(app);
  app.ctx.db.update(variants).set({ stock: 10 }).where(eq(variants.id, variant.id)).run();
  const buyers = [];
  for (let i = 0; i < 100; i++) {
    if (i % 25 === 0) refillAuthBucket(app);
    const tab = await app.connect(await app.guestCookie());
    buyers.push({ tab, cart: ok(await tab.emitWithAck('cart:add', { variantId: variant.id, quantity: 1 })) });
  }
  const answers = await Promise.all(
    buyers.map(({ tab, cart }) => tab.emitWithAck('checkout:place', checkoutForm(cart))),
  );
  const won = answers.filter((a) => a.ok);
  assert.is(won.length, 10);
  for (const lost of answers.filter((a) => !a.ok)) assert.is(!lost.ok && lost.error.code, 'conflict');
  assert.is(stockOf(app, variant.id), 0);
  const sold = app.ctx.db.select().from(orderLines).where(eq(orderLines.variantId, variant.id)).all();
  assert.is(
    sold.reduce((n, l) => n + l.quantity, 0),
    10,
  );
  assert.is(
    app.ctx.db
      .select()
      .from(orders)
      .where(
        inArray(
          orders.id,
          sold.map((l) => l.orderId),
        ),
      )
      .all().length,
    10,
  );
  assert.is(money.charged.size - money.refunded.size, 10, 'only the winners paid');
  for (const { tab } of buyers) tab.disconnect();
});

test.run();
