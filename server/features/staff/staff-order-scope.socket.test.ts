import { suite } from 'uvu';
import * as assert from 'uvu/assert';
import { eq } from 'drizzle-orm';
import type { Order } from '../../../shared/orders.js';
import { orderEvents, orders, staffActions } from '../../db/schema.js';
import { ok } from '../../test/ack.js';
import { ask, startChatApp } from '../../test/chat-helpers.js';
import { nextEventWhere, type TestApp, type TestSocket } from '../../test/harness.js';
import { signInStaff } from '../../test/helpers.js';
import { placeOrder } from '../../test/shop-helpers.js';

const test = suite<{ app: TestApp }>('staff:order-move: only an order in view');
test.before(async (ctx) => {
  ctx.app = (await startChatApp()).app;
});
test.after(async ({ app }) => app.stop());
test.before.each(({ app }) => app.clock.advance(60_000));

/** A shopper (signed in, or a guest) with a paid order and a conversation. */
async function shopperWithOrder(app: TestApp, guest = false) {
  const cookie = guest ? await app.guestCookie() : (await app.register()).cookie;
  const socket = await app.connect(cookie);
  const order = await placeOrder(app, socket, [1]);
  const { sent } = await ask(socket, 'Where is my order?');
  return { socket, order, chatId: sent.chat.id };
}

const move = (staff: TestSocket, number: string, to: 'packed' | 'shipped' = 'packed') =>
  staff.emitWithAck('staff:order-move', { number, to, note: '' });
/** The refusal of a move ('moved' when it was not refused). */
const refusal = async (staff: TestSocket, number: string, to: 'packed' | 'shipped' = 'packed') => {
  const res = await move(staff, number, to);
  return res.ok ? 'moved' : res.error;
};
const statusOf = (app: TestApp, number: string) =>
  app.ctx.db.select({ status: orders.status }).from(orders).where(eq(orders.number, number)).get()?.status;
const NOT_IN_VIEW = { code: 'forbidden', reason: 'order_not_in_view' };

test('[SCOPE2] watching a conversation of the shopper (signed in or guest) lets this socket move their order, named and recorded', async ({
  app,
}) => {
  for (const guest of [false, true]) {
    const { socket, order, chatId } = await shopperWithOrder(app, guest);
    const staff = await app.connect((await signInStaff(app)).cookie);
    ok(await staff.emitWithAck('staff:watch', { chatId }));
    const shopperSees = nextEventWhere<Order>(socket, 'order:updated', (o) => o.status === 'packed');
    const moved = ok(await move(staff, order.number));
    assert.equal(moved.events.at(-1), {
      status: 'packed',
      actor: 'staff',
      note: '',
      at: moved.events.at(-1)!.at,
      by: 'Staff',
    });
    assert.is((await shopperSees).events.at(-1)?.by, 'Staff', 'the shopper sees the first name');
    const row = app.ctx.db.select().from(orders).where(eq(orders.number, order.number)).get()!;
    const event = app.ctx.db.select().from(orderEvents).where(eq(orderEvents.orderId, row.id)).all().at(-1)!;
    assert.equal([event.staffName, typeof event.staffId], ['Staff', 'number']);
    const action = app.ctx.db.select().from(staffActions).where(eq(staffActions.orderId, row.id)).all();
    assert.equal(
      action.map((a) => [a.action, a.chatId, a.staffId, a.detail]),
      [['order-move', chatId, event.staffId, { from: 'paid', to: 'packed' }]],
      guest ? 'guest' : 'signed in',
    );
  }
});

test('[SCOPE3] an order this socket found by searching may be moved (no conversation in the record)', async ({
  app,
}) => {
  const { order } = await shopperWithOrder(app);
  const staff = await app.connect((await signInStaff(app)).cookie);
  assert.equal(await refusal(staff, order.number), NOT_IN_VIEW);
  const found = ok(await staff.emitWithAck('staff:search', { q: order.number.toLowerCase() }));
  assert.ok(found.hits.some((h) => h.orders?.some((o) => o.number === order.number)));
  ok(await move(staff, order.number));
  const row = app.ctx.db.select().from(orders).where(eq(orders.number, order.number)).get()!;
  const [action] = app.ctx.db.select().from(staffActions).where(eq(staffActions.orderId, row.id)).all();
  assert.equal([action?.action, action?.chatId], ['order-move', null]);
  const colleague = await app.connect((await signInStaff(app)).cookie);
  assert.equal(await refusal(colleague, order.number, 'shipped'), NOT_IN_VIEW, "another socket's search is not mine");
});

test('[SCOPE1] out of view: refused like an unknown number, and nothing changes; another tab of mine watching does not count', async ({
  app,
}) => {
  const { order, chatId } = await shopperWithOrder(app);
  const other = await shopperWithOrder(app);
  const { cookie } = await signInStaff(app);
  const [tabA, tabB] = [await app.connect(cookie), await app.connect(cookie)];
  ok(await tabA.emitWithAck('staff:watch', { chatId: other.chatId }));
  assert.equal(await refusal(tabA, order.number), NOT_IN_VIEW, "watching another shopper's conversation");
  assert.equal(await refusal(tabA, 'VX-ZZZZZZZZ'), NOT_IN_VIEW, 'an unknown number: the same answer');
  ok(await tabB.emitWithAck('staff:watch', { chatId }));
  assert.equal(await refusal(tabA, order.number), NOT_IN_VIEW, 'my other tab watches it, not this one');
  assert.is(statusOf(app, order.number), 'paid');
  const searchFound = ok(await tabA.emitWithAck('staff:search', { q: 'Where is my order' }));
  assert.ok(searchFound.hits.length > 0);
  assert.equal(await refusal(tabA, order.number), NOT_IN_VIEW, 'a search that showed no order grants none');
});

test('[SCOPE4] after unwatching (or closing the tab), the order is out of view again', async ({ app }) => {
  const { order, chatId } = await shopperWithOrder(app);
  const staff = await app.connect((await signInStaff(app)).cookie);
  ok(await staff.emitWithAck('staff:watch', { chatId }));
  ok(await move(staff, order.number));
  ok(await staff.emitWithAck('staff:unwatch', { chatId }));
  assert.equal(await refusal(staff, order.number, 'shipped'), NOT_IN_VIEW);
  assert.is(statusOf(app, order.number), 'packed');
});

test.run();
