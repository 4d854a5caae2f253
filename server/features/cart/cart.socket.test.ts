import { suite } from 'uvu';
import * as assert from 'uvu/assert';
import { eq } from 'drizzle-orm';
import type { Cart } from '../../../shared/cart.js';
import { carts, variants } from '../../db/schema.js';
import { ok } from '../../test/ack.js';
import { nextEvent, startTestApp, type TestApp } from '../../test/harness.js';
import { recordEvents, sessionIdOf } from '../../test/helpers.js';

const test = suite<{ app: TestApp }>('cart: one live cart per identity');
test.before(async (ctx) => {
  ctx.app = await startTestApp();
});
test.after(async ({ app }) => app.stop());
test.before.each(({ app }) => app.clock.advance(60_000)); // refill rate-limit buckets

/** A variant with plenty in stock, and one with only a few left. */
const roomy = (app: TestApp) =>
  app.ctx.db
    .select()
    .from(variants)
    .all()
    .find((v) => v.stock >= 12)!;
const scarce = (app: TestApp) =>
  app.ctx.db
    .select()
    .from(variants)
    .all()
    .find((v) => v.stock >= 1 && v.stock <= 4)!;

test('add: acked with the new cart priced from the catalog, pushed to the other tab, stored', async ({ app }) => {
  const cookie = await app.guestCookie();
  const [tab1, tab2] = [await app.connect(cookie), await app.connect(cookie)];
  const v = roomy(app);
  const pushed = nextEvent<Cart>(tab2, 'cart:updated');
  const cart = ok(await tab1.emitWithAck('cart:add', { variantId: v.id, quantity: 2 }));
  assert.is(cart.version, 1);
  assert.equal(
    cart.lines.map((l) => [l.variantId, l.quantity, l.unitPriceCents, l.lineTotalCents]),
    [[v.id, 2, v.priceCents, 2 * v.priceCents]],
  );
  assert.is(cart.subtotalCents, 2 * v.priceCents);
  assert.equal(await pushed, cart);
  assert.equal(ok(await tab2.emitWithAck('cart:get', {})), cart);
  assert.is(
    app.ctx.db
      .select()
      .from(carts)
      .where(eq(carts.sessionId, await sessionIdOf(app, cookie)))
      .get()?.version,
    1,
    'stored',
  );
});

test('a signed-in shopper sees the change on every device; other shoppers see nothing', async ({ app }) => {
  const { cookie, email, password } = await app.register();
  const other = await app.api('/api/auth/login', { body: { email, password } });
  const phone = await app.connect(cookie);
  const laptop = await app.connect(other.headers.getSetCookie()[0]!.split(';')[0]!);
  const stranger = await app.connect(await app.guestCookie());
  const strangerSaw = recordEvents(stranger);
  const onLaptop = nextEvent<Cart>(laptop, 'cart:updated');
  const cart = ok(await phone.emitWithAck('cart:add', { variantId: roomy(app).id }));
  assert.equal(await onLaptop, cart);
  assert.equal(
    strangerSaw.filter(([e]) => e === 'cart:updated'),
    [],
  );
});

test('quantities: 1–10 per line, within stock; over stock is a conflict naming what is left', async ({ app }) => {
  const socket = await app.connect(await app.guestCookie());
  const v = roomy(app);
  const s = scarce(app);
  const tooMany = await socket.emitWithAck('cart:add', { variantId: v.id, quantity: 11 });
  assert.is(!tooMany.ok && tooMany.error.code, 'bad_request');
  ok(await socket.emitWithAck('cart:add', { variantId: v.id, quantity: 9 }));
  const eleventh = await socket.emitWithAck('cart:add', { variantId: v.id, quantity: 2 });
  assert.is(!eleventh.ok && eleventh.error.code, 'conflict');
  const over = await socket.emitWithAck('cart:add', { variantId: s.id, quantity: s.stock + 1 });
  assert.ok(
    !over.ok &&
      over.error.code === 'conflict' &&
      over.error.reason === 'stock_limit' &&
      over.error.params?.stock === s.stock,
    JSON.stringify(over),
  );
  const missing = await socket.emitWithAck('cart:add', { variantId: 999_999 });
  assert.is(!missing.ok && missing.error.code, 'not_found');
  const cart = ok(await socket.emitWithAck('cart:get', {}));
  assert.equal(
    cart.lines.map((l) => [l.variantId, l.quantity]),
    [[v.id, 9]],
    'refused requests changed nothing',
  );
  assert.is(cart.version, 1);
});

test('set quantity, remove, empty; a request that changes nothing keeps the version', async ({ app }) => {
  const socket = await app.connect(await app.guestCookie());
  const v = roomy(app);
  ok(await socket.emitWithAck('cart:add', { variantId: v.id, quantity: 1 }));
  assert.is(ok(await socket.emitWithAck('cart:set-quantity', { variantId: v.id, quantity: 4 })).lines[0]!.quantity, 4);
  assert.is(
    ok(await socket.emitWithAck('cart:set-quantity', { variantId: v.id, quantity: 4 })).version,
    2,
    'same quantity: no change',
  );
  const notThere = await socket.emitWithAck('cart:set-quantity', { variantId: scarce(app).id, quantity: 1 });
  assert.is(!notThere.ok && notThere.error.code, 'not_found');
  assert.is(
    ok(await socket.emitWithAck('cart:remove', { variantId: scarce(app).id })).version,
    2,
    'removing a missing line changes nothing',
  );
  const removed = ok(await socket.emitWithAck('cart:remove', { variantId: v.id }));
  assert.equal([removed.lines.length, removed.version, removed.totalCents], [0, 3, 0]);
  ok(await socket.emitWithAck('cart:add', { variantId: v.id, quantity: 2 }));
  const emptied = ok(await socket.emitWithAck('cart:empty', {}));
  assert.equal([emptied.lines.length, emptied.version], [0, 5]);
});

test("the data export lists the signed-in shopper's cart", async ({ app }) => {
  const { cookie } = await app.register();
  const socket = await app.connect(cookie);
  const v = roomy(app);
  ok(await socket.emitWithAck('cart:add', { variantId: v.id, quantity: 2 }));
  const data = (await (await app.api('/api/auth/export', { cookie })).json()) as {
    cart: { sku: string; quantity: number }[];
  };
  assert.equal(
    data.cart.map((l) => [l.sku, l.quantity]),
    [[v.sku, 2]],
  );
});

const BAD_PAYLOADS: Array<
  [
    event: 'cart:add' | 'cart:set-quantity' | 'cart:remove' | 'cart:empty' | 'cart:get',
    payload: unknown,
    field: string | null,
  ]
> = [
  ['cart:add', {}, 'variantId'],
  ['cart:add', { variantId: '1', quantity: 1 }, 'variantId'],
  ['cart:add', { variantId: -1, quantity: 1 }, 'variantId'],
  ['cart:add', { variantId: 1, quantity: 0 }, 'quantity'],
  ['cart:add', { variantId: 1, quantity: 11 }, 'quantity'],
  ['cart:add', { variantId: 1, quantity: 1.5 }, 'quantity'],
  ['cart:add', { variantId: 1, quantity: 1, priceCents: 1 }, null],
  ['cart:add', 'variant 1', null],
  ['cart:set-quantity', { variantId: 1 }, 'quantity'],
  ['cart:set-quantity', { variantId: 1, quantity: 0 }, 'quantity'],
  ['cart:set-quantity', { variantId: 1, quantity: 11 }, 'quantity'],
  ['cart:set-quantity', { variantId: null, quantity: 2 }, 'variantId'],
  ['cart:remove', {}, 'variantId'],
  ['cart:remove', { variantId: 2.5 }, 'variantId'],
  ['cart:remove', { variantId: 1, userId: 7 }, null],
  ['cart:empty', { cartId: 1 }, null],
  ['cart:get', { userId: 1 }, null],
  ['cart:get', [], null],
];

test('bad payloads on every cart event: bad_request naming the field, and the cart is untouched', async ({ app }) => {
  const socket = await app.connect(await app.guestCookie());
  const before = ok(await socket.emitWithAck('cart:add', { variantId: roomy(app).id, quantity: 2 }));
  for (const [event, payload, field] of BAD_PAYLOADS) {
    const res = await (
      socket.emitWithAck as (
        e: string,
        p: unknown,
      ) => Promise<{ ok: boolean; error?: { code: string; fields?: Record<string, string> } }>
    )(event, payload);
    const what = `${event} ${JSON.stringify(payload)}`;
    assert.is(res.ok ? 'ok' : res.error!.code, 'bad_request', what);
    if (field) assert.ok(res.error!.fields?.[field], `${what} names ${field}: ${JSON.stringify(res.error)}`);
    app.clock.advance(200); // stay inside the socket bucket
  }
  assert.equal(ok(await socket.emitWithAck('cart:get', {})), before, 'nothing changed, not even the version');
});

test('sign-in merges the guest cart: quantities add, capped by stock; the shopper is told; other devices are updated', async ({
  app,
}) => {
  const { email, password } = await app.register();
  const v = roomy(app);
  const s = scarce(app);
  // The user already has v×2 on another device.
  const deviceCookie = (await app.api('/api/auth/login', { body: { email, password } })).headers
    .getSetCookie()[0]!
    .split(';')[0]!;
  const device = await app.connect(deviceCookie);
  ok(await device.emitWithAck('cart:add', { variantId: v.id, quantity: 2 }));

  const guestCookie = await app.guestCookie();
  const guestSid = await sessionIdOf(app, guestCookie);
  const guest = await app.connect(guestCookie);
  ok(await guest.emitWithAck('cart:add', { variantId: v.id, quantity: 3 }));
  ok(await guest.emitWithAck('cart:add', { variantId: s.id, quantity: s.stock }));
  app.ctx.db
    .update(variants)
    .set({ stock: s.stock - 1 })
    .where(eq(variants.id, s.id))
    .run(); // someone bought one meanwhile

  const onDevice = nextEvent<Cart>(device, 'cart:updated');
  const res = await app.api('/api/auth/login', { body: { email, password }, cookie: guestCookie });
  const body = (await res.json()) as { notices?: unknown[] };
  assert.equal(body.notices, [{ code: 'cart_merged', items: 3 + s.stock - 1, capped: 1 }]);
  const merged = await onDevice;
  assert.equal(
    merged.lines.map((l) => [l.variantId, l.quantity]),
    [
      [v.id, 5],
      [s.id, s.stock - 1],
    ],
  );
  assert.is(
    app.ctx.db.select().from(carts).where(eq(carts.sessionId, guestSid)).get(),
    undefined,
    'the guest cart is gone',
  );
});

test('registration carries the guest cart over too', async ({ app }) => {
  const guestCookie = await app.guestCookie();
  const guest = await app.connect(guestCookie);
  const v = roomy(app);
  ok(await guest.emitWithAck('cart:add', { variantId: v.id, quantity: 1 }));
  const res = await app.api('/api/auth/register', {
    body: { email: `merge-${Date.now()}@example.com`, name: 'Mira', password: 'violet-harbour-42' },
    cookie: guestCookie,
  });
  assert.is(res.status, 201);
  const userCookie = res.headers.getSetCookie()[0]!.split(';')[0]!;
  const socket = await app.connect(userCookie);
  assert.equal(
    ok(await socket.emitWithAck('cart:get', {})).lines.map((l) => [l.variantId, l.quantity]),
    [[v.id, 1]],
  );
});

test.run();
