import { suite } from 'uvu';
import * as assert from 'uvu/assert';
import { eq } from 'drizzle-orm';
import { discountCodes } from '../../db/schema.js';
import { startChatApp } from '../../test/chat-helpers.js';
import type { TestApp, TestSocket } from '../../test/harness.js';
import { fillCart } from '../../test/shop-helpers.js';
import { ok } from '../../test/ack.js';
import { DISCOUNT_GUESS_LIMITS } from './discount-guard.js';
import { insertDiscount, type NewDiscount } from './discounts.repo.js';

const test = suite<{ app: TestApp }>('discounts: a shopper checks a code against their cart');
test.before(async (ctx) => {
  ctx.app = (await startChatApp()).app;
});
test.after(async ({ app }) => app.stop());
// Past every guessing allowance, so each test starts with full buckets.
test.before.each(({ app }) => app.clock.advance(3_600_000));

type Untyped = (e: string, p: unknown) => Promise<{ ok: boolean; data?: unknown; error?: Record<string, unknown> }>;
/** The clock moves a little, so the socket's own bucket (10/s) never answers instead; guessing buckets barely refill. */
const check = (app: TestApp, socket: TestSocket, payload: unknown) => {
  app.clock.advance(200);
  return (socket.emitWithAck as unknown as Untyped)('checkout:discount-check', payload);
};
let codes = 0;
function seed(app: TestApp, values: Partial<NewDiscount> = {}): string {
  const code = values.code ?? `CHECK-${++codes}`;
  insertDiscount(app.ctx.db, { code, kind: 'percent', value: 10, createdAt: app.clock.now, ...values });
  return code;
}
const usedCount = (app: TestApp, code: string) =>
  app.ctx.db.select().from(discountCodes).where(eq(discountCodes.code, code)).get()!.usedCount;
const shopperWithCart = async (app: TestApp, quantities = [1]) => {
  const socket = await app.connect(await app.guestCookie());
  return { socket, cart: await fillCart(app, socket, quantities) };
};

test('[DISC2] a code that applies answers its terms and what it takes off this cart now; nothing is counted', async ({
  app,
}) => {
  const { socket, cart } = await shopperWithCart(app, [1, 2]);
  const code = seed(app, { value: 15, minOrderCents: cart.subtotalCents });
  app.clock.advance(200);
  const quote = ok(await socket.emitWithAck('checkout:discount-check', { code: ` ${code.toLowerCase()} ` }));
  assert.equal(quote, {
    code,
    kind: 'percent',
    value: 15,
    minOrderCents: cart.subtotalCents,
    discountCents: Math.floor((cart.subtotalCents * 15 + 50) / 100),
    cartVersion: cart.version,
  });
  const amount = seed(app, { kind: 'amount', value: 10_000_000 });
  assert.is(
    ok(await socket.emitWithAck('checkout:discount-check', { code: amount })).discountCents,
    cart.subtotalCents,
    'never more than the subtotal',
  );
  assert.is(usedCount(app, code), 0);
});

test('[DISC3] each refusal says why: unknown, disabled, expired (by the clock), used up, below the minimum (with it)', async ({
  app,
}) => {
  const { socket, cart } = await shopperWithCart(app);
  const now = app.clock.now;
  const expiring = seed(app, { expiresAt: now + 60_000 });
  const cases: Array<[payload: unknown, error: Record<string, unknown>]> = [
    [{ code: 'NO-SUCH-CODE' }, { code: 'not_found', reason: 'discount_unknown', params: { code: 'NO-SUCH-CODE' } }],
    [{ code: 'ten % off!' }, { code: 'not_found', reason: 'discount_unknown', params: { code: 'TEN % OFF!' } }],
    [
      { code: seed(app, { code: 'GONE', disabledAt: now, expiresAt: now - 1 }) },
      { code: 'conflict', reason: 'discount_disabled', params: { code: 'GONE' } },
    ],
    [
      { code: seed(app, { code: 'LAST-YEAR', expiresAt: now - 1 }) },
      { code: 'conflict', reason: 'discount_expired', params: { code: 'LAST-YEAR' } },
    ],
    [
      { code: seed(app, { code: 'ALL-USED', usageLimit: 3 }) },
      { code: 'conflict', reason: 'discount_used_up', params: { code: 'ALL-USED' } },
    ],
    [
      { code: seed(app, { code: 'BIG-SPEND', minOrderCents: cart.subtotalCents + 1 }) },
      {
        code: 'conflict',
        reason: 'discount_below_minimum',
        params: { code: 'BIG-SPEND', minimum: cart.subtotalCents + 1 },
      },
    ],
  ];
  app.ctx.db.update(discountCodes).set({ usedCount: 3 }).where(eq(discountCodes.code, 'ALL-USED')).run();
  for (const [payload, error] of cases) assert.equal((await check(app, socket, payload)).error, error);

  assert.ok((await check(app, socket, { code: expiring })).ok, 'applies before its expiry');
  app.clock.advance(60_000);
  assert.equal((await check(app, socket, { code: expiring })).error?.reason, 'discount_expired', 'not at it');
});

test('[DISC2] an empty cart is refused; bad payloads are refused by the schema', async ({ app }) => {
  const socket = await app.connect(await app.guestCookie());
  const code = seed(app);
  assert.equal((await check(app, socket, { code })).error, { code: 'conflict', reason: 'cart_empty' });
  for (const [payload, fields] of [
    [{ code: '' }, ['code']],
    [{ code: '   ' }, ['code']],
    [{ code: 5 }, ['code']],
    [{ code: 'X'.repeat(65) }, ['code']],
    [{}, ['code']],
    [{ code, cartTotalCents: 1 }, ['cartTotalCents']],
  ] as const) {
    const res = await check(app, socket, payload);
    assert.is(res.error?.code, 'bad_request', JSON.stringify(payload));
    assert.equal(Object.keys((res.error?.fields as object) ?? {}), fields, JSON.stringify(payload));
  }
});

test('[DISC6] guessing is rate limited: refusals spend the allowance, codes that apply do not', async ({ app }) => {
  const { socket } = await shopperWithCart(app);
  const good = seed(app);
  const { capacity, refillPerSecond } = DISCOUNT_GUESS_LIMITS.shopper;
  for (let i = 0; i < capacity; i++) {
    assert.ok((await check(app, socket, { code: good })).ok, 'a good code does not spend');
    assert.equal((await check(app, socket, { code: `GUESS-${i}` })).error?.reason, 'discount_unknown', `guess ${i}`);
  }
  const stopped = await check(app, socket, { code: 'GUESS-X' });
  assert.is(stopped.error?.code, 'rate_limited');
  assert.is(stopped.error?.reason, 'discount_tries_too_often');
  assert.ok((stopped.error?.retryAfterMs as number) > 0);
  assert.is((await check(app, socket, { code: good })).error?.code, 'rate_limited', 'the bucket is empty for anything');
  app.clock.advance(Math.ceil(1000 / refillPerSecond));
  assert.ok((await check(app, socket, { code: good })).ok, 'after the wait it answers again');
});

test.run();
