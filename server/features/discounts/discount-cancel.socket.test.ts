import { suite } from 'uvu';
import * as assert from 'uvu/assert';
import { eq } from 'drizzle-orm';
import { discountCodes } from '../../db/schema.js';
import type { StaffDiscount } from '../../../shared/discounts.js';
import { startChatApp } from '../../test/chat-helpers.js';
import { nextEventWhere, type TestApp, type TestSocket } from '../../test/harness.js';
import { recordEvents, signInStaff } from '../../test/helpers.js';
import { checkoutForm, fillCart } from '../../test/shop-helpers.js';
import { ok } from '../../test/ack.js';
import { insertDiscount } from './discounts.repo.js';

const test = suite<{ app: TestApp }>('discounts: a cancelled order gives its use back');
test.before(async (ctx) => {
  ctx.app = (await startChatApp({}, { socketRateLimit: { capacity: 1000, refillPerSecond: 1000 } })).app;
});
test.after(async ({ app }) => app.stop());
test.before.each(({ app }) => app.clock.advance(3_600_000));

let codes = 0;
function seed(app: TestApp): string {
  const code = `CANCEL-${++codes}`;
  insertDiscount(app.ctx.db, { code, kind: 'percent', value: 10, usageLimit: 1, createdAt: app.clock.now });
  return code;
}
const usedCount = (app: TestApp, code: string) =>
  app.ctx.db.select().from(discountCodes).where(eq(discountCodes.code, code)).get()!.usedCount;
async function orderWith(app: TestApp, code: string) {
  const socket = await app.connect(await app.guestCookie());
  const cart = await fillCart(app, socket, [1]);
  const order = ok(await socket.emitWithAck('checkout:place', { ...checkoutForm(cart), discountCode: code }));
  return { socket, order };
}
const cancel = (socket: TestSocket, number: string) => socket.emitWithAck('orders:cancel', { number });

test('[DISC11] cancelling gives the use back in its transaction; the desks get the list, the shopper does not', async ({
  app,
}) => {
  const staff = await app.connect((await signInStaff(app)).cookie);
  const code = seed(app);
  const { socket, order } = await orderWith(app, code);
  assert.is(usedCount(app, code), 1);
  const seen = recordEvents(socket);
  const pushed = nextEventWhere<StaffDiscount[]>(staff, 'staff:discounts-changed', (list) =>
    list.some((d) => d.code === code && d.usedCount === 0),
  );
  assert.is(ok(await cancel(socket, order.number)).status, 'cancelled');
  assert.is(usedCount(app, code), 0, 'the use is given back');
  await pushed;
  assert.ok(!seen.some(([event]) => event === 'staff:discounts-changed'), 'never to a shopper');
  const next = await orderWith(app, code);
  assert.is(next.order.discountCode, code, 'the last use can be had again');
  assert.is(usedCount(app, code), 1);
});

test('[DISC11] the count never goes below zero; an order without a code changes no code', async ({ app }) => {
  const code = seed(app);
  const { socket, order } = await orderWith(app, code);
  app.ctx.db.update(discountCodes).set({ usedCount: 0 }).where(eq(discountCodes.code, code)).run();
  ok(await cancel(socket, order.number));
  assert.is(usedCount(app, code), 0);
  const other = seed(app);
  const plain = await app.connect(await app.guestCookie());
  const cart = await fillCart(app, plain, [1]);
  const placed = ok(await plain.emitWithAck('checkout:place', checkoutForm(cart)));
  ok(await cancel(plain, placed.number));
  assert.is(usedCount(app, other), 0);
  assert.equal(
    app.ctx.db
      .select()
      .from(discountCodes)
      .all()
      .filter((d) => d.usedCount < 0),
    [],
  );
});

test.run();
