import { suite } from 'uvu';
import * as assert from 'uvu/assert';
import { eq } from 'drizzle-orm';
import type { Cart } from '../../../shared/cart.js';
import type { Order } from '../../../shared/orders.js';
import { cartLines, carts, orders, variants } from '../../db/schema.js';
import { nextEvent, nextEventWhere, startTestApp, type TestApp } from '../../test/harness.js';
import { checkoutForm, fillCart, stockOf } from '../../test/shop-helpers.js';
import { sessionIdOf } from '../../test/helpers.js';
import { TEST_CARDS } from '../payments/test-provider.js';
import { spyPaymentProvider } from '../../test/payment-spy.js';
import { ok } from '../../test/ack.js';

const payments = spyPaymentProvider();

const test = suite<{ app: TestApp }>('checkout:place: exactly once, stock-safe, nothing of the card kept');
test.before(async (ctx) => {
  ctx.app = await startTestApp({}, { payments: payments.provider });
});
test.after(async ({ app }) => app.stop());
test.before.each(({ app }) => {
  app.clock.advance(60_000);
  payments.reset();
});

async function shopper(app: TestApp) {
  const cookie = await app.guestCookie();
  return { cookie, tab: await app.connect(cookie), other: await app.connect(cookie) };
}
const form = checkoutForm;
const fill = fillCart;

test('an order: paid, priced from the catalog, stock taken, cart emptied, every tab told', async ({ app }) => {
  const { tab, other } = await shopper(app);
  const cart = await fill(app, tab, [2, 1]);
  const before = cart.lines.map((l) => stockOf(app, l.variantId));
  const cartPush = nextEventWhere<Cart>(other, 'cart:updated', (c) => c.lines.length === 0);
  const orderPush = nextEvent<Order>(other, 'order:updated');
  const order = ok(await tab.emitWithAck('checkout:place', form(cart)));
  assert.match(order.number, /^VX-[2-9A-HJ-NP-Z]{8}$/);
  assert.is(order.status, 'paid');
  assert.equal(
    order.events.map((e) => [e.status, e.actor]),
    [
      ['placed', 'shopper'],
      ['paid', 'system'],
    ],
  );
  assert.equal(
    order.lines.map((l) => [l.sku, l.quantity, l.unitPriceCents]),
    cart.lines.map((l) => [l.sku, l.quantity, l.unitPriceCents]),
  );
  assert.is(order.subtotalCents, cart.subtotalCents);
  assert.is(order.totalCents, order.subtotalCents + order.shippingCents + order.taxCents);
  assert.equal(order.card, { brand: 'visa', last4: '4242' });
  assert.equal(
    cart.lines.map((l) => stockOf(app, l.variantId)),
    before.map((s, i) => s - cart.lines[i]!.quantity),
  );
  assert.equal((await cartPush).lines, []);
  assert.is((await orderPush).number, order.number);
});

test('the card number and security code are stored nowhere', async ({ app }) => {
  const { tab } = await shopper(app);
  ok(await tab.emitWithAck('checkout:place', form(await fill(app, tab, [1]))));
  const dump = app.ctx.db.$client.serialize().toString('latin1');
  assert.not.ok(dump.includes(TEST_CARDS.success), 'no full card number in the database file');
});

test('a retry with the same key answers the same order and charges and takes stock once', async ({ app }) => {
  const { tab } = await shopper(app);
  const cart = await fill(app, tab, [1]);
  const input = form(cart);
  const stock = stockOf(app, cart.lines[0]!.variantId);
  const [a, b] = await Promise.all([
    tab.emitWithAck('checkout:place', input),
    tab.emitWithAck('checkout:place', input),
  ]);
  const third = await tab.emitWithAck('checkout:place', input);
  assert.is(ok(a).number, ok(b).number);
  assert.is(ok(third).number, ok(a).number);
  assert.is(
    app.ctx.db
      .select()
      .from(orders)
      .where(eq(orders.number, ok(a).number))
      .all().length,
    1,
  );
  assert.is(stockOf(app, cart.lines[0]!.variantId), stock - 1);
});

test('the same key with a different checkout is refused', async ({ app }) => {
  const { tab } = await shopper(app);
  const cart = await fill(app, tab, [1]);
  const input = form(cart);
  ok(await tab.emitWithAck('checkout:place', input));
  const res = await tab.emitWithAck('checkout:place', { ...input, shippingMethod: 'express' });
  assert.is(!res.ok && res.error.code, 'conflict');
});

for (const [name, card, reason] of [
  ['declined', TEST_CARDS.declined, 'card_declined'],
  ['insufficient funds', TEST_CARDS.insufficientFunds, 'insufficient_funds'],
] as const) {
  test(`payment ${name}: no order, stock untouched, cart kept, the reason said`, async ({ app }) => {
    const { tab } = await shopper(app);
    const cart = await fill(app, tab, [1]);
    const stock = stockOf(app, cart.lines[0]!.variantId);
    const count = app.ctx.db.select().from(orders).all().length;
    const res = await tab.emitWithAck('checkout:place', form(cart, card));
    assert.ok(
      !res.ok &&
        res.error.code === 'conflict' &&
        res.error.reason === reason &&
        res.error.fields?.['card.number']?.code === reason,
      JSON.stringify(res),
    );
    assert.is(app.ctx.db.select().from(orders).all().length, count);
    assert.is(stockOf(app, cart.lines[0]!.variantId), stock);
    assert.equal(ok(await tab.emitWithAck('cart:get', {})).lines.length, 1);
  });
}

test('an invalid card is a field error', async ({ app }) => {
  const { tab } = await shopper(app);
  const res = await tab.emitWithAck('checkout:place', form(await fill(app, tab, [1]), '4242424242424241'));
  assert.ok(
    !res.ok && res.error.code === 'bad_request' && res.error.fields?.['card.number']?.code === 'card_invalid',
    JSON.stringify(res),
  );
});

test('stock sold while the card was being charged: refunded, no order, nothing taken', async ({ app }) => {
  const { tab } = await shopper(app);
  const cart = await fill(app, tab, [2]);
  const id = cart.lines[0]!.variantId;
  payments.duringCharge = () => app.ctx.db.update(variants).set({ stock: 1 }).where(eq(variants.id, id)).run();
  const count = app.ctx.db.select().from(orders).all().length;
  const res = await tab.emitWithAck('checkout:place', form(cart));
  assert.ok(
    !res.ok && res.error.code === 'conflict' && res.error.reason === 'sold_out_during_payment',
    JSON.stringify(res),
  );
  assert.is(payments.refunded.size, 1);
  assert.is(stockOf(app, id), 1);
  assert.is(app.ctx.db.select().from(orders).all().length, count);
  assert.is(ok(await tab.emitWithAck('cart:get', {})).lines.length, 1, 'cart kept');
});

test('a key whose charge was refunded is spent: its retry places no order on the refunded charge', async ({ app }) => {
  const { tab } = await shopper(app);
  const cart = await fill(app, tab, [2]);
  const id = cart.lines[0]!.variantId;
  const input = form(cart);
  payments.duringCharge = () => app.ctx.db.update(variants).set({ stock: 1 }).where(eq(variants.id, id)).run();
  const sold = await tab.emitWithAck('checkout:place', input);
  assert.ok(!sold.ok && sold.error.reason === 'sold_out_during_payment', JSON.stringify(sold));
  // The stock comes back (a cancellation) and the same attempt is sent again, as a client retries.
  payments.duringCharge = null;
  app.ctx.db.update(variants).set({ stock: 5 }).where(eq(variants.id, id)).run();
  const count = app.ctx.db.select().from(orders).all().length;
  const retry = await tab.emitWithAck('checkout:place', input);
  assert.ok(
    !retry.ok && retry.error.code === 'conflict' && retry.error.reason === 'attempt_ended',
    JSON.stringify(retry),
  );
  assert.is(app.ctx.db.select().from(orders).all().length, count, 'no order paid by the refunded charge');
  assert.is(stockOf(app, id), 5);
  // A new attempt is a new charge.
  const order = ok(await tab.emitWithAck('checkout:place', form(cart)));
  const row = app.ctx.db.select().from(orders).where(eq(orders.number, order.number)).get()!;
  assert.not.ok(payments.refunded.has(row.paymentRef), 'the new order is paid by a fresh charge');
  assert.is(stockOf(app, id), 3);
});

test('the cart changed in another tab while the card was charged: refunded, no order, the cart kept', async ({
  app,
}) => {
  const { cookie, tab } = await shopper(app);
  const cart = await fill(app, tab, [1]);
  const extra = app.ctx.db
    .select()
    .from(variants)
    .all()
    .find((v) => v.stock > 3 && v.id !== cart.lines[0]!.variantId)!;
  const cartRow = app.ctx.db
    .select()
    .from(carts)
    .where(eq(carts.sessionId, await sessionIdOf(app, cookie)))
    .get()!;
  // What another tab's cart:add does, landing while the payment call is in flight.
  payments.duringCharge = () => {
    app.ctx.db.insert(cartLines).values({ cartId: cartRow.id, variantId: extra.id, quantity: 1, addedAt: 0 }).run();
    app.ctx.db
      .update(carts)
      .set({ version: cart.version + 1 })
      .where(eq(carts.id, cartRow.id))
      .run();
  };
  const count = app.ctx.db.select().from(orders).all().length;
  const res = await tab.emitWithAck('checkout:place', form(cart));
  assert.ok(!res.ok && res.error.reason === 'cart_changed_during_payment', JSON.stringify(res));
  assert.is(payments.refunded.size, 1);
  assert.is(app.ctx.db.select().from(orders).all().length, count);
  assert.is(ok(await tab.emitWithAck('cart:get', {})).lines.length, 2, 'both lines kept');
});

test('a cart that changed since it was reviewed, or an empty one, is a conflict', async ({ app }) => {
  const { tab } = await shopper(app);
  const empty = await tab.emitWithAck('checkout:place', form({ version: 1 } as Cart));
  assert.ok(!empty.ok && empty.error.reason === 'cart_empty');
  const cart = await fill(app, tab, [1]);
  ok(await tab.emitWithAck('cart:set-quantity', { variantId: cart.lines[0]!.variantId, quantity: 2 }));
  const stale = await tab.emitWithAck('checkout:place', form(cart));
  assert.ok(!stale.ok && stale.error.code === 'conflict' && stale.error.reason === 'cart_changed');
});

test('bad input: the field is named and nothing happens', async ({ app }) => {
  const { tab } = await shopper(app);
  const cart = await fill(app, tab, [1]);
  const input = form(cart);
  const res = await tab.emitWithAck('checkout:place', { ...input, address: { ...input.address, postalCode: '941' } });
  assert.ok(
    !res.ok &&
      res.error.code === 'bad_request' &&
      res.error.fields?.['address.postalCode']?.code === 'postal_code' &&
      res.error.fields['address.postalCode'].country === 'US',
    JSON.stringify(res),
  );
  assert.is(ok(await tab.emitWithAck('cart:get', {})).lines.length, 1);
});

test('a checkout that is empty or has no address object is a bad_request naming the fields; nothing charged', async ({
  app,
}) => {
  const { tab } = await shopper(app);
  const cart = await fill(app, tab, [1]);
  const empty = await tab.emitWithAck('checkout:place', {} as never);
  assert.ok(!empty.ok && empty.error.code === 'bad_request', JSON.stringify(empty));
  assert.ok(
    !empty.ok && empty.error.fields?.address && empty.error.fields.card && empty.error.fields.idempotencyKey,
    JSON.stringify(empty),
  );
  for (const address of [null, 'Main St 1', 7, []]) {
    const res = await tab.emitWithAck('checkout:place', { ...form(cart), address } as never);
    assert.ok(
      !res.ok && res.error.code === 'bad_request' && Object.keys(res.error.fields ?? {}).join() === 'address',
      JSON.stringify(res),
    );
  }
  assert.is(payments.attempts, 0);
  assert.is(ok(await tab.emitWithAck('cart:get', {})).lines.length, 1);
});

test.run();
