import { suite } from 'uvu';
import * as assert from 'uvu/assert';
import { eq } from 'drizzle-orm';
import { checkoutTotals } from '../../../shared/checkout-totals.js';
import { discountCodes, orders, paymentIntents } from '../../db/schema.js';
import { startChatApp } from '../../test/chat-helpers.js';
import { nextEventWhere, type TestApp, type TestSocket } from '../../test/harness.js';
import { signInStaff } from '../../test/helpers.js';
import type { StaffDiscount } from '../../../shared/discounts.js';
import { paymentLedger } from '../../test/payment-ledger.js';
import { checkoutForm, fillCart } from '../../test/shop-helpers.js';
import { ok } from '../../test/ack.js';
import { insertDiscount, type NewDiscount } from './discounts.repo.js';

const money = paymentLedger();
const test = suite<{ app: TestApp }>('discounts at checkout: the server prices, counts once, refunds a lost race');
test.before(async (ctx) => {
  ctx.app = (
    await startChatApp({}, { payments: money.provider, socketRateLimit: { capacity: 1000, refillPerSecond: 1000 } })
  ).app;
});
test.after(async ({ app }) => app.stop());
test.before.each(({ app }) => {
  money.reset();
  app.clock.advance(3_600_000);
});

let codes = 0;
function seed(app: TestApp, values: Partial<NewDiscount> = {}): string {
  const code = values.code ?? `ORDER-${++codes}`;
  insertDiscount(app.ctx.db, { code, kind: 'percent', value: 10, createdAt: app.clock.now, ...values });
  return code;
}
const codeRow = (app: TestApp, code: string) =>
  app.ctx.db.select().from(discountCodes).where(eq(discountCodes.code, code)).get()!;
const orderRow = (app: TestApp, number: string) =>
  app.ctx.db.select().from(orders).where(eq(orders.number, number)).get()!;
const shopperWithCart = async (app: TestApp, quantities = [1]) => {
  const socket = await app.connect(await app.guestCookie());
  return { socket, cart: await fillCart(app, socket, quantities) };
};
/** Until `n` charges wait at the gate; a regression that never charges fails here instead of spinning. */
async function chargesWaiting(n: number) {
  for (let turn = 0; money.waiting() < n; turn++) {
    if (turn === 10_000) assert.unreachable(`${money.waiting()} of ${n} charges reached the gate`);
    await new Promise((r) => setImmediate(r));
  }
}
type Untyped = (e: string, p: unknown) => Promise<{ ok: boolean; data?: unknown; error?: Record<string, unknown> }>;
const place = (socket: TestSocket, payload: unknown) =>
  (socket.emitWithAck as unknown as Untyped)('checkout:place', payload);

test('[DISC7] an order with a code stores it and the server’s totals, and charges the discounted total', async ({
  app,
}) => {
  const { socket, cart } = await shopperWithCart(app, [1, 1]);
  const staff = await app.connect((await signInStaff(app)).cookie);
  const code = seed(app, { value: 15, minOrderCents: cart.subtotalCents });
  const pushed = nextEventWhere<StaffDiscount[]>(staff, 'staff:discounts-changed', (list) =>
    list.some((d) => d.code === code && d.usedCount === 1),
  );
  const want = checkoutTotals(cart.subtotalCents, 'US', 'standard', { kind: 'percent', value: 15 });
  assert.ok(want.discountCents > 0);
  const order = ok(
    await socket.emitWithAck('checkout:place', { ...checkoutForm(cart), discountCode: code.toLowerCase() }),
  );
  assert.equal(
    [
      order.discountCode,
      order.subtotalCents,
      order.discountCents,
      order.shippingCents,
      order.taxCents,
      order.totalCents,
    ],
    [code, want.subtotalCents, want.discountCents, want.shippingCents, want.taxCents, want.totalCents],
  );
  const row = orderRow(app, order.number);
  assert.equal([row.discountCode, row.discountCents, row.totalCents], [code, want.discountCents, want.totalCents]);
  assert.equal(
    money.charges.map((c) => c.amountCents),
    [want.totalCents],
    'the provider was asked for the discounted total',
  );
  assert.is(
    app.ctx.db.select().from(paymentIntents).where(eq(paymentIntents.key, money.charges[0]!.key)).get()?.amountCents,
    want.totalCents,
  );
  assert.is(codeRow(app, code).usedCount, 1);
  await pushed; // the desk's used count follows
  const listed = ok(await socket.emitWithAck('orders:list', {}));
  assert.equal(
    listed.map((o) => [o.discountCode, o.discountCents, o.totalCents]),
    [[code, want.discountCents, want.totalCents]],
  );
});

test('[DISC7] no code prices as before; a tampered total is refused by the schema and nothing is charged', async ({
  app,
}) => {
  const { socket, cart } = await shopperWithCart(app);
  const form = checkoutForm(cart);
  for (const extra of [{ totalCents: 1 }, { discountCents: 99_999 }, { discount: { kind: 'percent', value: 100 } }]) {
    const res = await place(socket, { ...form, ...extra });
    assert.is(res.error?.code, 'bad_request');
    assert.equal(Object.keys((res.error?.fields as object) ?? {}), Object.keys(extra));
  }
  assert.is(money.asked, 0);
  const order = ok(await socket.emitWithAck('checkout:place', form));
  const want = checkoutTotals(cart.subtotalCents, 'US', 'standard');
  assert.equal([order.discountCode, order.discountCents, order.totalCents], [null, 0, want.totalCents]);
  assert.equal(
    money.charges.map((c) => c.amountCents),
    [want.totalCents],
  );
});

test('[DISC7] a code that does not apply at checkout is refused with its reason before any charge', async ({ app }) => {
  const { socket, cart } = await shopperWithCart(app);
  const intents = app.ctx.db.select().from(paymentIntents).all().length;
  const cases: Array<[code: string, reason: string]> = [
    ['NOT-A-CODE', 'discount_unknown'],
    [seed(app, { minOrderCents: cart.subtotalCents + 100 }), 'discount_below_minimum'],
    [seed(app, { expiresAt: app.clock.now }), 'discount_expired'],
    [seed(app, { disabledAt: app.clock.now }), 'discount_disabled'],
  ];
  for (const [code, reason] of cases) {
    const res = await place(socket, { ...checkoutForm(cart), discountCode: code });
    assert.is(res.error?.reason, reason, code);
  }
  assert.is(money.asked, 0, 'nothing charged');
  assert.is(app.ctx.db.select().from(paymentIntents).all().length, intents, 'no payment intent opened');
  assert.is(ok(await socket.emitWithAck('cart:get', {})).lines.length, 1, 'the cart is kept');
});

test('[DISC8] usage limit 1, two checkouts at once: exactly one order has it; the other is refused and refunded', async ({
  app,
}) => {
  const code = seed(app, { kind: 'amount', value: 1000, usageLimit: 1 });
  const a = await shopperWithCart(app);
  const b = await shopperWithCart(app);
  money.hold();
  const answers = Promise.all(
    [a, b].map(({ socket, cart }) => place(socket, { ...checkoutForm(cart), discountCode: code })),
  );
  await chargesWaiting(2);
  money.release();
  const [first, second] = await answers;
  const won = [first, second].filter((r) => r!.ok);
  const lost = [first, second].filter((r) => !r!.ok);
  assert.is(won.length, 1, 'one order');
  assert.equal(lost[0]!.error, { code: 'conflict', reason: 'discount_used_up', params: { code } });
  assert.is(codeRow(app, code).usedCount, 1);
  const withCode = app.ctx.db.select().from(orders).where(eq(orders.discountCode, code)).all();
  assert.is(withCode.length, 1);
  assert.is(money.charges.length, 2, 'both were charged before the commit decided');
  const refunded = money.charges.find((c) => c.chargeId !== withCode[0]!.paymentRef)!;
  assert.equal(money.refunds, [{ chargeId: refunded.chargeId, amountCents: refunded.amountCents }]);
  assert.is(
    app.ctx.db.select().from(paymentIntents).where(eq(paymentIntents.key, refunded.key)).get()?.outcome,
    'refunded',
  );
});

test('[DISC8] a code disabled while the card is charged: refused with that reason, refunded, not counted', async ({
  app,
}) => {
  const code = seed(app);
  const { socket, cart } = await shopperWithCart(app);
  money.hold();
  const answer = place(socket, { ...checkoutForm(cart), discountCode: code });
  await chargesWaiting(1);
  app.ctx.db.update(discountCodes).set({ disabledAt: app.clock.now }).where(eq(discountCodes.code, code)).run();
  money.release();
  assert.equal((await answer).error, { code: 'conflict', reason: 'discount_disabled', params: { code } });
  assert.is(money.refunds.length, 1);
  assert.is(codeRow(app, code).usedCount, 0);
  assert.is(app.ctx.db.select().from(orders).where(eq(orders.discountCode, code)).all().length, 0);
});

test('[DISC9] a retried checkout (same key, again and at once) counts the code once and charges once', async ({
  app,
}) => {
  const code = seed(app, { usageLimit: 5 });
  const { socket, cart } = await shopperWithCart(app);
  const input = { ...checkoutForm(cart), discountCode: code };
  money.hold();
  const together = Promise.all([place(socket, input), place(socket, input)]);
  await chargesWaiting(2);
  money.release();
  const numbers = (await together).map((r) => (r.data as { number: string }).number);
  const again = ok(await socket.emitWithAck('checkout:place', input));
  assert.equal(new Set([...numbers, again.number]).size, 1, 'one order');
  assert.is(codeRow(app, code).usedCount, 1);
  assert.is(money.charges.length, 1, 'one charge');
  assert.equal(money.refunds, []);
  const other = await place(socket, { ...input, discountCode: seed(app) });
  assert.equal(
    other.error,
    { code: 'conflict', reason: 'attempt_reused' },
    'the key with another code is another checkout',
  );
});

test.run();
