import { suite } from 'uvu';
import * as assert from 'uvu/assert';
import type { Order } from '../../../shared/orders.js';
import { nextEventWhere, startTestApp, type TestApp } from '../../test/harness.js';
import { placeOrder, stockOf } from '../../test/shop-helpers.js';
import { advanceDueOrders } from './fulfilment-simulator.js';
import { ok } from '../../test/ack.js';

const STEP = 20_000;
const test = suite<{ app: TestApp }>('orders: history, live status, cancellation, the simulator');
test.before(async (ctx) => {
  ctx.app = await startTestApp();
});
test.after(async ({ app }) => app.stop());
test.before.each(({ app }) => app.clock.advance(60_000));

async function guest(app: TestApp) {
  const cookie = await app.guestCookie();
  return { cookie, tab: await app.connect(cookie), other: await app.connect(cookie) };
}

test('orders:list and orders:get show only your own orders', async ({ app }) => {
  const me = await guest(app);
  const order = await placeOrder(app, me.tab);
  assert.equal(
    ok(await me.other.emitWithAck('orders:list', {})).map((o) => o.number),
    [order.number],
  );
  assert.is(ok(await me.other.emitWithAck('orders:get', { number: order.number.toLowerCase() })).number, order.number);
  const stranger = await guest(app);
  const res = await stranger.tab.emitWithAck('orders:get', { number: order.number });
  assert.is(!res.ok && res.error.code, 'not_found');
  assert.equal(ok(await stranger.tab.emitWithAck('orders:list', {})), []);
  const bad = await stranger.tab.emitWithAck('orders:get', { number: 'VX-1' });
  assert.is(!bad.ok && bad.error.code, 'bad_request');
});

test('cancel while paid: stock returns, every tab is told, the history shows who; then no more cancelling', async ({
  app,
}) => {
  const me = await guest(app);
  const order = await placeOrder(app, me.tab, [2]);
  const variant = app.ctx.db.$client
    .prepare('select variant_id as id from order_lines where sku = ?')
    .get(order.lines[0]!.sku) as { id: number };
  const stock = stockOf(app, variant.id);
  const pushed = nextEventWhere<Order>(me.other, 'order:updated', (o) => o.status === 'cancelled');
  const cancelled = ok(await me.tab.emitWithAck('orders:cancel', { number: order.number }));
  assert.is(cancelled.status, 'cancelled');
  assert.is(cancelled.version, order.version + 1);
  assert.equal(cancelled.events.at(-1)!.actor, 'shopper');
  assert.is(stockOf(app, variant.id), stock + 2);
  assert.equal(await pushed, cancelled);
  const again = await me.tab.emitWithAck('orders:cancel', { number: order.number });
  assert.is(!again.ok && again.error.code, 'conflict');
});

test('the simulator moves paid orders along once they are due, pushing each step', async ({ app }) => {
  const me = await guest(app);
  const order = await placeOrder(app, me.tab);
  await advanceDueOrders(app.ctx, STEP); // moves older tests' orders, not this fresh one
  assert.is(ok(await me.tab.emitWithAck('orders:get', { number: order.number })).status, 'paid', 'not yet due');
  app.clock.advance(STEP);
  const packed = nextEventWhere<Order>(me.other, 'order:updated', (o) => o.number === order.number);
  await advanceDueOrders(app.ctx, STEP);
  assert.equal([(await packed).status, (await packed).version], ['packed', order.version + 1]);
  const cancel = await me.tab.emitWithAck('orders:cancel', { number: order.number });
  assert.ok(
    !cancel.ok && cancel.error.reason === 'order_not_cancellable' && cancel.error.params?.status === 'packed',
    'too late to cancel once packed',
  );
  for (const status of ['shipped', 'delivered']) {
    app.clock.advance(STEP);
    await advanceDueOrders(app.ctx, STEP);
    assert.is(ok(await me.tab.emitWithAck('orders:get', { number: order.number })).status, status);
  }
  app.clock.advance(STEP);
  await advanceDueOrders(app.ctx, STEP);
  const final = ok(await me.tab.emitWithAck('orders:get', { number: order.number }));
  assert.equal(
    final.events.map((e) => e.status),
    ['placed', 'paid', 'packed', 'shipped', 'delivered'],
  );
});

test("a guest's orders become the account's at sign-in", async ({ app }) => {
  const { email, password } = await app.register();
  const me = await guest(app);
  const order = await placeOrder(app, me.tab);
  const res = await app.api('/api/auth/login', { body: { email, password }, cookie: me.cookie });
  const signedIn = await app.connect(res.headers.getSetCookie()[0]!.split(';')[0]!);
  assert.equal(
    ok(await signedIn.emitWithAck('orders:list', {})).map((o) => o.number),
    [order.number],
  );
});

test.run();
