import { suite } from 'uvu';
import * as assert from 'uvu/assert';
import { and, desc, eq, isNull } from 'drizzle-orm';
import { callbackRequests, chatMessages, chats, chatTags, users } from '../../db/schema.js';
import { ask, startChatApp } from '../../test/chat-helpers.js';
import type { TestApp } from '../../test/harness.js';
import { ok } from '../../test/ack.js';
import { readCart } from '../cart/cart.repo.js';
import { summaryOf, type ChatRow } from '../chat/chat.repo.js';
import { ownerOfChat } from './shopper-of-chat.js';
import { counters, staffRows } from './staff-board.js';

/**
 * [BOARD1] The overview reads its rows' facts for all rows at once (staff-row-facts.ts); each row
 * must be what the single-conversation reads give: summaryOf, readCart's subtotal, the shopper's
 * name, the tags in order, the newest open callback request.
 */
const test = suite<{ app: TestApp }>('staff board: the rows read in one batch');
test.before(async (ctx) => {
  ctx.app = (await startChatApp()).app;
});
test.after(async ({ app }) => app.stop());

function alone(app: TestApp, chat: ChatRow) {
  const { db } = app.ctx;
  const callback = db
    .select({ at: callbackRequests.createdAt })
    .from(callbackRequests)
    .where(and(eq(callbackRequests.chatId, chat.id), isNull(callbackRequests.handledAt)))
    .orderBy(desc(callbackRequests.createdAt))
    .get();
  return {
    chat: summaryOf(db, chat, true),
    shopperName: chat.userId === null ? null : db.select().from(users).where(eq(users.id, chat.userId)).get()!.name,
    cartValueCents: readCart(db, ownerOfChat(chat)).subtotalCents,
    tags: db
      .select()
      .from(chatTags)
      .where(eq(chatTags.chatId, chat.id))
      .orderBy(chatTags.tag)
      .all()
      .map((t) => t.tag),
    callbackRequestedAt: callback ? new Date(callback.at).toISOString() : null,
  };
}

test('[BOARD1] rows read together equal each conversation read alone', async ({ app }) => {
  const { db } = app.ctx;
  const member = await app.connect((await app.register(undefined, undefined, 'Ada Lovelace')).cookie);
  const guest = await app.connect(await app.guestCookie());
  const quiet = await app.connect(await app.guestCookie());
  const first = (await ask(member, 'Hello there')).sent.chat.id;
  const second = (await ask(guest, 'Which case fits?')).sent.chat.id;
  await ask(guest, 'And a charger?', { chatId: second });
  const third = (await ask(quiet, 'Just looking')).sent.chat.id;
  ok(await member.emitWithAck('cart:add', { variantId: 1, quantity: 2 }));
  ok(await guest.emitWithAck('cart:add', { variantId: 2, quantity: 1 }));
  ok(await guest.emitWithAck('cart:add', { variantId: 1, quantity: 1 }));
  db.insert(chatTags)
    .values([
      { chatId: second, tag: 'vip' },
      { chatId: second, tag: 'delivery' },
    ])
    .run();
  const now = app.clock.now;
  db.insert(callbackRequests)
    .values([
      { chatId: first, contact: null, createdAt: now - 2000 },
      { chatId: first, contact: null, createdAt: now - 1000 },
      { chatId: third, contact: null, createdAt: now, handledAt: now },
    ])
    .run();
  // A message being streamed is not the last message shown, and a system note is not either.
  db.insert(chatMessages)
    .values([
      { chatId: third, role: 'system', content: 'note', status: 'complete', createdAt: now },
      { chatId: first, role: 'assistant', content: 'half', status: 'streaming', createdAt: now },
    ])
    .run();
  const all = db.select().from(chats).all();
  assert.ok(all.length >= 3);
  const together = staffRows(app.ctx, app.staff.presence, all);
  for (const [i, chat] of all.entries()) {
    const row = together[i]!;
    const { chat: summary, shopperName, cartValueCents, tags, callbackRequestedAt } = row;
    assert.equal(
      { chat: summary, shopperName, cartValueCents, tags, callbackRequestedAt },
      alone(app, chat),
      `chat ${chat.id}`,
    );
  }
  const byId = new Map(together.map((r) => [r.chat.id, r]));
  // The fixture has each case in it, so the comparison above compared something.
  assert.is(byId.get(first)!.shopperName, 'Ada Lovelace');
  assert.ok(byId.get(second)!.cartValueCents > byId.get(first)!.cartValueCents / 2);
  assert.equal(byId.get(second)!.tags, ['delivery', 'vip']);
  assert.is(byId.get(first)!.callbackRequestedAt, new Date(now - 1000).toISOString());
  assert.is(byId.get(third)!.callbackRequestedAt, null);
  assert.is(byId.get(first)!.chat.lastMessage, alone(app, all.find((c) => c.id === first)!).chat.lastMessage);
  assert.is(byId.get(third)!.chat.messageCount, 3, 'the system note counted');
  assert.equal(
    [byId.get(second)!.shopperMessageCount, byId.get(third)!.shopperMessageCount],
    [2, 1],
    "the shopper's own messages only (a desk's unread counts these)",
  );
  assert.equal(staffRows(app.ctx, app.staff.presence, []), []);
});

test("[BOARD2] the day's counters count a conversation once it has a message, not before", ({ app }) => {
  const { db } = app.ctx;
  const now = app.clock.now;
  const before = counters(app.ctx);
  const chat = db
    .insert(chats)
    .values({ sessionId: 'board2', department: 'sales', createdAt: now, updatedAt: now, currentAt: now })
    .returning()
    .get();
  const empty = counters(app.ctx);
  assert.is(empty.handledByAiToday, before.handledByAiToday, 'no message: not handled');
  assert.equal(empty.conversationsByHour, before.conversationsByHour, 'no message: not started');
  db.insert(chatMessages)
    .values({ chatId: chat.id, role: 'user', content: 'Hi', status: 'complete', createdAt: now })
    .run();
  const started = counters(app.ctx);
  assert.is(started.handledByAiToday, before.handledByAiToday + 1);
  assert.is(started.conversationsByHour.at(-1)!.count, before.conversationsByHour.at(-1)!.count + 1);
});

test.run();
