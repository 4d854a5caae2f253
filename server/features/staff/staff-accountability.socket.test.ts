import { suite } from 'uvu';
import * as assert from 'uvu/assert';
import { randomUUID } from 'node:crypto';
import { asc, eq } from 'drizzle-orm';
import { orderEvents, orders, staffActions } from '../../db/schema.js';
import { ok } from '../../test/ack.js';
import { ask, startChatApp } from '../../test/chat-helpers.js';
import { namedStaff } from '../../test/desk-helpers.js';
import { nextEventWhere, type TestApp } from '../../test/harness.js';
import { placeOrder } from '../../test/shop-helpers.js';
import type { ChatMessagePush } from '../../../shared/chat.js';

const test = suite<{ app: TestApp }>('staff: every action names who did it');
test.before(async (ctx) => {
  ctx.app = (await startChatApp()).app;
});
test.after(async ({ app }) => app.stop());

test('[ACT1] a shift: take over, reply, note, assign, status, tags, priority, order move, hand back and close are each recorded with who did them; the shopper sees names', async ({
  app,
}) => {
  const sam = await namedStaff(app, 'Sam Carter');
  const ada = await namedStaff(app, 'Ada Lovelace');
  const shopper = await app.connect((await app.register()).cookie);
  const order = await placeOrder(app, shopper, [1]);
  const { sent } = await ask(shopper, 'Where is my order?');
  const chatId = sent.chat.id;
  const clock = () => app.clock.advance(1_000); // one person's pace: within every allowance

  ok(await sam.socket.emitWithAck('staff:watch', { chatId }));
  const joined = nextEventWhere<ChatMessagePush>(shopper, 'chat:message-added', (p) => p.message.role === 'system');
  ok(await sam.socket.emitWithAck('staff:take-over', { chatId }));
  assert.match((await joined).message.content, /^Sam from VisionX support joined\./);
  clock();
  const replied = nextEventWhere<ChatMessagePush>(shopper, 'chat:message-added', (p) => p.message.role === 'staff');
  ok(await sam.socket.emitWithAck('staff:reply', { chatId, text: 'Checking now.', clientId: randomUUID() }));
  assert.is((await replied).message.author, 'Sam', 'the shopper sees the first name');
  clock();
  ok(await sam.socket.emitWithAck('staff:note', { chatId, text: 'Courier asked.', clientId: randomUUID() }));
  clock();
  ok(await sam.socket.emitWithAck('staff:set-tags', { chatId, tags: ['delivery'] }));
  clock();
  ok(await sam.socket.emitWithAck('staff:set-priority', { chatId, priority: 'high' }));
  clock();
  ok(await sam.socket.emitWithAck('staff:order-move', { number: order.number, to: 'packed', note: '' }));
  clock();
  ok(
    await sam.socket.emitWithAck('staff:assign', { chatId, toId: ada.id, note: 'Yours.', expectedAssigneeId: sam.id }),
  );
  clock();
  ok(await ada.socket.emitWithAck('staff:set-status', { chatId, status: 'pending' }));
  clock();
  ok(await ada.socket.emitWithAck('staff:hand-back', { chatId }));
  clock();
  ok(await ada.socket.emitWithAck('staff:close', { chatId, resolution: 'Parcel found.' }));

  const record = app.ctx.db
    .select({ action: staffActions.action, staffId: staffActions.staffId, name: staffActions.staffName })
    .from(staffActions)
    .where(eq(staffActions.chatId, chatId))
    .orderBy(asc(staffActions.id))
    .all()
    .map((a) => [a.action, a.staffId, a.name]);
  const S = [sam.id, 'Sam'] as const;
  const A = [ada.id, 'Ada'] as const;
  assert.equal(record, [
    ['take-over', ...S],
    ['reply', ...S],
    ['note', ...S],
    ['tags', ...S],
    ['priority', ...S],
    ['order-move', ...S],
    ['assign', ...S],
    ['status', ...A],
    ['hand-back', ...A],
    ['close', ...A],
  ]);
  const orderId = app.ctx.db.select({ id: orders.id }).from(orders).where(eq(orders.number, order.number)).get()!.id;
  const moved = app.ctx.db.select().from(orderEvents).where(eq(orderEvents.orderId, orderId)).all().at(-1)!;
  assert.equal([moved.actor, moved.staffId, moved.staffName], ['staff', sam.id, 'Sam']);
});

test.run();
