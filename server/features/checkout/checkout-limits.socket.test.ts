import { suite } from 'uvu';
import * as assert from 'uvu/assert';
import { orders } from '../../db/schema.js';
import { startTestApp, type TestApp, type TestSocket } from '../../test/harness.js';
import { checkoutForm, fillCart, placeOrder } from '../../test/shop-helpers.js';
import { TEST_CARDS } from '../payments/test-provider.js';
import { spyPaymentProvider } from '../../test/payment-spy.js';
import { REFUSED_CARD_LIMITS } from './checkout.socket.js';
import { ok } from '../../test/ack.js';

// Counts what reaches the provider: a throttled attempt must not.
const payments = spyPaymentProvider();

const test = suite<{ app: TestApp }>('checkout:place: refused cards are throttled (card testing)');
test.before.each(async (ctx) => {
  ctx.app = await startTestApp({}, { payments: payments.provider });
  payments.reset();
});
test.after.each(async ({ app }) => app.stop());

const SESSION_BURST = REFUSED_CARD_LIMITS.session.capacity;
const attempt = async (_app: TestApp, tab: TestSocket, card: string) =>
  tab.emitWithAck('checkout:place', checkoutForm(ok(await tab.emitWithAck('cart:get', {})), card));
const codeOf = (res: { ok: boolean; error?: { code: string } }) => (res.ok ? 'ok' : res.error!.code);

test('after the burst of refused cards a session waits, even with a good card, and nothing is charged meanwhile', async ({
  app,
}) => {
  const tab = await app.connect(await app.guestCookie());
  await fillCart(app, tab, [1]);
  for (let i = 0; i < SESSION_BURST; i++)
    assert.is(codeOf(await attempt(app, tab, TEST_CARDS.declined)), 'conflict', `decline ${i + 1}`);
  const charged = payments.attempts;
  const waiting = await attempt(app, tab, TEST_CARDS.success);
  assert.is(codeOf(waiting), 'rate_limited');
  assert.is(!waiting.ok && waiting.error.retryAfterMs, 60_000);
  assert.is(payments.attempts, charged, 'the throttled attempt never reached the provider');
  assert.is(app.ctx.db.select().from(orders).all().length, 0);
  app.clock.advance(60_000);
  assert.is(codeOf(await attempt(app, tab, TEST_CARDS.success)), 'ok', 'a minute later one more try is allowed');
});

test('orders that go through spend nothing: a shopper can place many in a row', async ({ app }) => {
  const tab = await app.connect(await app.guestCookie());
  for (let i = 0; i < SESSION_BURST + 2; i++) {
    await placeOrder(app, tab);
    app.clock.advance(1000); // keeps the general per-family bucket (20 requests, 10/s) out of the way
  }
  assert.is(app.ctx.db.select().from(orders).all().length, SESSION_BURST + 2);
});

test('per IP: refused cards across fresh sessions add up, then every session from that IP waits', async ({ app }) => {
  const sessions = Math.ceil(REFUSED_CARD_LIMITS.ip.capacity / SESSION_BURST);
  for (let s = 0; s < sessions; s++) {
    const tab = await app.connect(await app.guestCookie());
    await fillCart(app, tab, [1]);
    for (let i = 0; i < SESSION_BURST; i++) assert.is(codeOf(await attempt(app, tab, TEST_CARDS.declined)), 'conflict');
  }
  const fresh = await app.connect(await app.guestCookie());
  await fillCart(app, fresh, [1]);
  assert.is(codeOf(await attempt(app, fresh, TEST_CARDS.success)), 'rate_limited');
});

test.run();
