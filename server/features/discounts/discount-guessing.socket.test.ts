import { suite } from 'uvu';
import * as assert from 'uvu/assert';
import { startChatApp } from '../../test/chat-helpers.js';
import { cookieFrom, type TestApp, type TestSocket } from '../../test/harness.js';
import { paymentLedger } from '../../test/payment-ledger.js';
import { checkoutForm, fillCart } from '../../test/shop-helpers.js';
import { DISCOUNT_GUESS_LIMITS } from './discount-guard.js';
import { insertDiscount } from './discounts.repo.js';

/** Small enough to reach in a test; every test starts an hour later, with all allowances full. */
const SHOP_REFUSALS_PER_HOUR = 40;
const money = paymentLedger();
const test = suite<{ app: TestApp }>('discounts: guessing is bounded per shopper, per /64 and shop-wide');
test.before(async (ctx) => {
  ctx.app = (
    await startChatApp(
      { TRUST_PROXY: '1', DISCOUNT_REFUSALS_PER_HOUR: String(SHOP_REFUSALS_PER_HOUR) },
      { payments: money.provider, socketRateLimit: { capacity: 1000, refillPerSecond: 1000 } },
    )
  ).app;
});
test.after(async ({ app }) => app.stop());
test.before.each(({ app }) => {
  money.reset();
  app.clock.advance(3_600_000);
});

type Answer = { ok: boolean; data?: unknown; error?: Record<string, unknown> };
type Untyped = (e: string, p: unknown) => Promise<Answer>;
const emit = (socket: TestSocket, event: string, payload: unknown) =>
  (socket.emitWithAck as unknown as Untyped)(event, payload);
let guesses = 0;
const guess = (socket: TestSocket) => emit(socket, 'checkout:discount-check', { code: `GUESS-${++guesses}` });

/** A socket with a cart, from `address` (the proxy's X-Forwarded-For) or the loopback peer. */
async function shopper(app: TestApp, cookie?: string, address?: string) {
  const headers = address ? { 'x-forwarded-for': address } : undefined;
  const socket = await app.connect(cookie ?? (await app.guestCookie()), { headers });
  await fillCart(app, socket, [1]);
  return socket;
}

async function refusals(socket: TestSocket, n: number, what: string) {
  for (let i = 0; i < n; i++) assert.is((await guess(socket)).error?.reason, 'discount_unknown', `${what}: guess ${i}`);
}

test('[DISC6] a signed-in shopper’s refusals are counted per account: a new session does not refill them', async ({
  app,
}) => {
  const account = await app.register();
  const first = await shopper(app, account.cookie);
  await refusals(first, DISCOUNT_GUESS_LIMITS.shopper.capacity, 'first session');
  assert.is((await guess(first)).error?.code, 'rate_limited');
  const signedInAgain = await app.api('/api/auth/login', {
    body: { email: account.email, password: account.password },
  });
  assert.is(signedInAgain.status, 200);
  const second = await shopper(app, cookieFrom(signedInAgain));
  const answer = await guess(second);
  assert.equal(
    [answer.error?.code, answer.error?.reason],
    ['rate_limited', 'discount_tries_too_often'],
    'the account’s allowance',
  );
  const guest = await shopper(app);
  assert.is((await guess(guest)).error?.reason, 'discount_unknown', 'another shopper at the same address is not held');
});

test('[DISC6] IPv6 addresses are counted by their /64: new addresses in it do not get new allowances', async ({
  app,
}) => {
  const { capacity } = DISCOUNT_GUESS_LIMITS.ip;
  const perGuest = 5; // under the shopper allowance, so only the address's can stop them
  for (let spent = 0, host = 1; spent < capacity; host++) {
    const socket = await shopper(app, undefined, `2001:db8:7:1::${host.toString(16)}`);
    const n = Math.min(perGuest, capacity - spent);
    await refusals(socket, n, `host ${host}`);
    spent += n;
  }
  const sameNet = await shopper(app, undefined, '2001:db8:7:1:abcd:ef01:2345:6789');
  assert.is((await guess(sameNet)).error?.code, 'rate_limited', 'another address in the same /64');
  const otherNet = await shopper(app, undefined, '2001:db8:7:2::1');
  assert.is((await guess(otherNet)).error?.reason, 'discount_unknown', 'another /64 has its own allowance');
});

test('[DISC6] refused codes are bounded shop-wide: guesses spread over many addresses stop, then refill', async ({
  app,
}) => {
  const perAddress = 4;
  for (let spent = 0, net = 1; spent < SHOP_REFUSALS_PER_HOUR; net++) {
    await refusals(await shopper(app, undefined, `198.51.100.${net}`), perAddress, `address ${net}`);
    spent += perAddress;
  }
  const fresh = await shopper(app, undefined, '203.0.113.200');
  const stopped = await guess(fresh);
  assert.equal([stopped.error?.code, stopped.error?.reason], ['rate_limited', 'discount_tries_too_often']);
  const wait = stopped.error?.retryAfterMs as number;
  assert.ok(wait > 0 && wait <= 3_600_000 / SHOP_REFUSALS_PER_HOUR, `waits for one token (${wait} ms)`);
  app.clock.advance(wait);
  assert.is((await guess(fresh)).error?.reason, 'discount_unknown', 'one more an hour / limit later');
});

test('[DISC6][DISC8] losing the race for a code’s last use is refused and refunded, but is no guess', async ({
  app,
}) => {
  const code = 'LAST-ONE';
  insertDiscount(app.ctx.db, { code, kind: 'amount', value: 500, usageLimit: 1, createdAt: app.clock.now });
  const sockets = [await shopper(app), await shopper(app)];
  const carts = await Promise.all(sockets.map((s) => emit(s, 'cart:get', {})));
  money.hold();
  const answers = Promise.all(
    sockets.map((s, i) =>
      emit(s, 'checkout:place', { ...checkoutForm(carts[i]!.data as { version: number }), discountCode: code }),
    ),
  );
  for (let turn = 0; money.waiting() < 2; turn++) {
    if (turn === 10_000) assert.unreachable(`${money.waiting()} of 2 charges reached the gate`);
    await new Promise((r) => setImmediate(r));
  }
  money.release();
  const settled = await answers;
  const loser = settled.findIndex((a) => !a.ok);
  assert.equal(settled[loser]!.error, { code: 'conflict', reason: 'discount_used_up', params: { code } });
  assert.is(money.refunds.length, 1, 'the loser’s charge is refunded');
  await refusals(sockets[loser]!, DISCOUNT_GUESS_LIMITS.shopper.capacity, 'after the lost race');
  assert.is((await guess(sockets[loser]!)).error?.code, 'rate_limited', 'the allowance is the full one, no less');
});

test.run();
