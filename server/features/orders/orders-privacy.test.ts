import { eq } from 'drizzle-orm';
import { suite } from 'uvu';
import * as assert from 'uvu/assert';
import type { Order } from '../../../shared/orders.js';
import { contactMessages, orders } from '../../db/schema.js';
import { GOOD_PASSWORD, startTestApp, type TestApp } from '../../test/harness.js';
import { expectError, userByEmail } from '../../test/helpers.js';
import { placeOrder } from '../../test/shop-helpers.js';
import { ERASED } from './orders-privacy.js';
import { ok } from '../../test/ack.js';

const test = suite<{ app: TestApp }>('orders in the data export and in erasure');
test.before(async (ctx) => {
  ctx.app = await startTestApp();
});
test.after(async ({ app }) => app.stop());
test.before.each(({ app }) => app.clock.advance(60_000));

const deleteAccount = (app: TestApp, cookie: string) =>
  app.api('/api/auth/account', { method: 'DELETE', body: { password: GOOD_PASSWORD }, cookie });
const orderRow = (app: TestApp, number: string) =>
  app.ctx.db.select().from(orders).where(eq(orders.number, number)).get()!;

test('the export lists the account’s orders with lines, address and history', async ({ app }) => {
  const { cookie } = await app.register();
  const order = await placeOrder(app, await app.connect(cookie), [2]);
  const data = (await (await app.api('/api/auth/export', { cookie })).json()) as { orders: Order[] };
  assert.equal(
    data.orders.map((o) => o.number),
    [order.number],
  );
  assert.equal(data.orders[0]!.lines, order.lines);
  assert.equal(data.orders[0]!.address, order.address);
  assert.is(data.orders[0]!.events[0]!.status, 'placed');
});

test('an order still on its way blocks deletion, and nothing changes', async ({ app }) => {
  const { cookie, email } = await app.register();
  const order = await placeOrder(app, await app.connect(cookie));
  const before = orderRow(app, order.number);
  const error = await expectError(await deleteAccount(app, cookie), 409, 'conflict');
  assert.equal([error.reason, error.params], ['orders_in_transit', { numbers: order.number }]);
  assert.ok(userByEmail(app, email), 'the account stays');
  assert.equal(orderRow(app, order.number), before);
});

test('after the order is cancelled the account can go: the sale stays, the person does not', async ({ app }) => {
  const { cookie, email } = await app.register();
  const tab = await app.connect(cookie);
  const order = await placeOrder(app, tab);
  ok(await tab.emitWithAck('orders:cancel', { number: order.number }));
  assert.is((await deleteAccount(app, cookie)).status, 200);
  assert.is(userByEmail(app, email), undefined);
  const row = orderRow(app, order.number);
  assert.equal(
    { userId: row.userId, sessionId: row.sessionId, email: row.email, phone: row.phone, address: row.address },
    {
      userId: null,
      sessionId: null,
      email: ERASED,
      phone: ERASED,
      address: { name: ERASED, line1: ERASED, line2: '', city: ERASED, region: 'CA', postalCode: '', country: 'US' },
    },
  );
  assert.is(row.totalCents, order.totalCents, 'the amounts stay for the books');
  // The exact values the order was placed with, looked for in every column that could hold them: not in the
  // machine-made ones (a pattern such as /555/ matches random order numbers and payment refs, and a time such
  // as 1765031941050 holds "94105": a fresh-clone CI at 14:39:01 UTC failed on it, 2026-12-06).
  const stored = JSON.stringify(
    Object.entries(row).filter(
      ([column, value]) => typeof value !== 'number' && column !== 'number' && column !== 'paymentRef',
    ),
  );
  for (const personal of [
    'Ada Lovelace',
    'ada@example.com',
    '+1 415 555 0100',
    '1 Market St',
    'San Francisco',
    '94105',
  ]) {
    assert.not.ok(stored.includes(personal), `${personal} is erased`);
  }
});

test('erasure leaves guest messages that merely carry the account’s address (it was never verified)', async ({
  app,
}) => {
  const { cookie, email } = await app.register();
  const guest = await app.connect(await app.guestCookie());
  ok(
    await guest.emitWithAck('contact:send', {
      name: 'Ada',
      topic: 'order',
      message: 'Where is my parcel, please?',
      email,
    }),
  );
  assert.is((await deleteAccount(app, cookie)).status, 200);
  const left = app.ctx.db
    .select({ email: contactMessages.email })
    .from(contactMessages)
    .all()
    .map((m) => m.email);
  assert.ok(left.includes(email), 'someone else may have written it');
});

test.run();
