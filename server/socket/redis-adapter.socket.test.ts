import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { eq } from 'drizzle-orm';
import { suite } from 'uvu';
import * as assert from 'uvu/assert';
import type { Cart } from '../../shared/cart.js';
import type { StaffDiscount } from '../../shared/discounts.js';
import { carts, discountCodes, variants } from '../db/schema.js';
import { ok } from '../test/ack.js';
import { nextEvent, startTestApp, type TestApp } from '../test/harness.js';
import { recordEvents, sessionIdOf, signInStaff } from '../test/helpers.js';
import { type RedisServer, redisServerOrSkip, startRedisServer } from '../test/redis-server.js';

/** Two apps, as on two machines: one SQLite file, one redis-server, REDIS_URL set on both. */
interface Ctx {
  redis: RedisServer;
  dir: string;
  a: TestApp;
  b: TestApp;
}

const roomy = (app: TestApp) =>
  app.ctx.db
    .select()
    .from(variants)
    .all()
    .find((v) => v.stock >= 5)!;

const bin = redisServerOrSkip('the Socket.IO Redis adapter tests (server/socket/redis-adapter.socket.test.ts)');
if (bin) {
  const test = suite<Ctx>('socket.io across apps through Redis');
  test.before(async (ctx) => {
    ctx.redis = await startRedisServer(bin);
    ctx.dir = mkdtempSync(join(tmpdir(), 'vx-redis-apps-'));
    const env = { REDIS_URL: ctx.redis.url, DATABASE_FILE: join(ctx.dir, 'shop.db'), STAFF_PUSH_WINDOW_MS: '0' };
    ctx.a = await startTestApp(env);
    ctx.b = await startTestApp(env);
  });
  test.after(async ({ a, b, redis, dir }) => {
    await Promise.all([a.stop(), b.stop()]);
    await redis.close();
    rmSync(dir, { recursive: true, force: true });
  });

  test('[REDIS5] a cart change by the shopper’s tab on app A reaches the same shopper’s tab on app B: ack, push, row', async ({
    a,
    b,
  }) => {
    const cookie = await a.guestCookie();
    const onA = await a.connect(cookie);
    const onB = await b.connect(cookie);
    const stranger = await b.connect(await b.guestCookie());
    const strangerSaw = recordEvents(stranger);
    const variant = roomy(a);
    const pushed = nextEvent<Cart>(onB, 'cart:updated');
    const cart = ok(await onA.emitWithAck('cart:add', { variantId: variant.id, quantity: 2 }));
    assert.equal(await pushed, cart, 'the tab on B got the acked cart');
    assert.equal(ok(await onB.emitWithAck('cart:get', {})), cart, 'B reads the same cart');
    const row = b.ctx.db
      .select()
      .from(carts)
      .where(eq(carts.sessionId, await sessionIdOf(b, cookie)))
      .get();
    assert.is(row?.version, cart.version, 'stored once, in the shared file');
    assert.not.ok(
      strangerSaw.some(([event]) => event === 'cart:updated'),
      'another shopper on B saw nothing',
    );
  });

  test('[REDIS5] a staff push from app A reaches a staff console on app B, and no shopper', async ({ a, b }) => {
    const author = await a.connect((await signInStaff(a)).cookie);
    const colleague = await b.connect((await signInStaff(b)).cookie);
    const shopper = await b.connect(await b.guestCookie());
    const shopperSaw = recordEvents(shopper);
    const pushed = nextEvent<StaffDiscount[]>(colleague, 'staff:discounts-changed');
    const created = ok(
      await author.emitWithAck('staff:discount-create', { code: 'ACROSS10', kind: 'amount', value: 500 }),
    );
    const list = await pushed;
    assert.ok(
      list.some((d) => d.code === 'ACROSS10'),
      'B’s console got the list with the new code',
    );
    const row = b.ctx.db.select().from(discountCodes).where(eq(discountCodes.code, 'ACROSS10')).get();
    assert.is(row?.createdAt, created.createdAt, 'stored once, in the shared file');
    assert.not.ok(shopperSaw.some(([event]) => event === 'staff:discounts-changed'));
  });

  test('[REDIS5] a push made while Redis is away goes out once it is back', async ({ a, b, redis }) => {
    const cookie = await a.guestCookie();
    const onA = await a.connect(cookie);
    const onB = await b.connect(cookie);
    await redis.stop();
    const pushed = nextEvent<Cart>(onB, 'cart:updated', 15_000);
    const cart = ok(await onA.emitWithAck('cart:add', { variantId: roomy(a).id }));
    await redis.restart();
    assert.equal(await pushed, cart, 'the change reached B after the restart');
  });

  test.run();
}
