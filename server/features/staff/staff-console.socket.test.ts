import { suite } from 'uvu';
import * as assert from 'uvu/assert';
import { eq } from 'drizzle-orm';
import type { Order } from '../../../shared/orders.js';
import type { CartProposalData, ChatMessagePush } from '../../../shared/chat.js';
import type { ShopperCartChanged, ShopperOrderChanged, StaffConversation, StaffMember } from '../../../shared/staff.js';
import { callbackRequests } from '../../db/schema.js';
import { ask, startChatApp } from '../../test/chat-helpers.js';
import { nextEvent, nextEventWhere, type TestApp } from '../../test/harness.js';
import { signInStaff } from '../../test/helpers.js';
import { placeOrder } from '../../test/shop-helpers.js';
import type { ScriptedEngine } from '../../test/scripted-engine.js';
import { ok } from '../../test/ack.js';
import { nextRowWhere } from '../../test/desk-rows.js';

const test = suite<{ app: TestApp; scripted: ScriptedEngine }>('staff: the console beside a conversation');
test.before(async (ctx) => {
  Object.assign(ctx, await startChatApp());
});
test.after(async ({ app }) => app.stop());
test.before.each(({ app }) => app.clock.advance(60_000));

test('[DESK1] with nobody online, asking for a person records a callback with the contact and says so', async ({
  app,
}) => {
  const { cookie, email } = await app.register();
  const shopper = await app.connect(cookie);
  const { sent } = await ask(shopper, 'I want to talk to a person');
  const told = nextEventWhere<ChatMessagePush>(shopper, 'chat:message-added', (p) => p.message.role === 'system');
  ok(await shopper.emitWithAck('chat:request-human', { chatId: sent.chat.id }));
  assert.match((await told).message.content, `Nobody from the VisionX support team is online right now.`);
  assert.match((await told).message.content, email);
  const rows = app.ctx.db.select().from(callbackRequests).where(eq(callbackRequests.chatId, sent.chat.id)).all();
  assert.equal(
    rows.map((r) => r.contact),
    [email],
  );
});

test("[DESK2] watching: the shopper's live cart, orders and the assistant's tool actions; a cart change in another tab and a staff order move arrive live", async ({
  app,
  scripted,
}) => {
  const { cookie } = await app.register();
  const [tab1, tab2] = [await app.connect(cookie), await app.connect(cookie)];
  const order = await placeOrder(app, tab1, [1]);
  scripted.script({ tool: 'list_orders', args: {} }, { text: 'You have one order.' });
  const { sent } = await ask(tab1, 'Where is my order?');
  const staff = await app.connect((await signInStaff(app)).cookie);
  const detail = ok(await staff.emitWithAck('staff:watch', { chatId: sent.chat.id }));
  assert.equal(
    detail.orders.map((o) => o.number),
    [order.number],
  );
  assert.equal(
    detail.toolActions.map((a) => [a.name, a.ok]),
    [['list_orders', true]],
  );
  assert.is(detail.cart.itemCount, 0, 'the order emptied the cart');
  assert.is(detail.conversation.shopperTabs, 2);
  assert.is(detail.conversation.shopperName, 'Test Shopper');

  const cartPushed = nextEvent<ShopperCartChanged>(staff, 'staff:shopper-cart');
  const added = ok(await tab2.emitWithAck('cart:add', { variantId: 1, quantity: 1 }));
  const pushed = await cartPushed;
  assert.equal([pushed.chatId, pushed.cart.version, pushed.cart.itemCount], [sent.chat.id, added.version, 1]);

  const shopperSees = nextEventWhere<Order>(tab1, 'order:updated', (o) => o.status === 'packed');
  const staffSees = nextEvent<ShopperOrderChanged>(staff, 'staff:shopper-order');
  const moved = ok(
    await staff.emitWithAck('staff:order-move', { number: order.number, to: 'packed', note: 'Packed by hand' }),
  );
  assert.equal(
    [moved.status, moved.events.at(-1)?.actor, moved.events.at(-1)?.note],
    ['packed', 'staff', 'Packed by hand'],
  );
  assert.is((await shopperSees).number, order.number);
  assert.is((await staffSees).order.status, 'packed');
  const skip = await staff.emitWithAck('staff:order-move', { number: order.number, to: 'delivered', note: '' });
  assert.is(!skip.ok && skip.error.code, 'conflict', 'the state machine still rules');
});

test('[DESK3] overview: rows, presence, counters; a hand-off alerts online staff; rows update as shoppers act', async ({
  app,
}) => {
  const staff = await app.connect((await signInStaff(app)).cookie);
  const overview = ok(await staff.emitWithAck('staff:overview', {}));
  assert.ok(overview.staffOnline.some((m) => m.id === overview.me.id));
  // A push of the list before the colleague (held back by its window) may still be on its way.
  const presence = nextEventWhere<StaffMember[]>(
    staff,
    'staff:presence',
    (m) => m.length === overview.staffOnline.length + 1,
  );
  const colleague = await app.connect((await signInStaff(app)).cookie);
  await presence;
  const shopper = await app.connect(await app.guestCookie());
  // By title: a frame may go out after the answer, its last message then the answer's.
  const row = nextRowWhere(staff, (r) => r.chat.title === 'Frustrated? Never.');
  const { sent } = await ask(shopper, 'Frustrated? Never.');
  const seen = await row;
  assert.equal([seen.shopperName, seen.shopperTabs, seen.chat.status], [null, 1, 'ai']);
  const alert = nextEvent<StaffConversation>(colleague, 'staff:handoff-requested');
  ok(await shopper.emitWithAck('chat:request-human', { chatId: sent.chat.id }));
  const alerted = await alert;
  assert.equal(
    [alerted.chat.id, alerted.chat.status, typeof alerted.waitingSince],
    [sent.chat.id, 'waiting', 'string'],
  );
  const after = ok(await staff.emitWithAck('staff:overview', {}));
  assert.is(after.conversations[0]!.chat.id, sent.chat.id, 'waiting conversations first');
  assert.ok(after.counters.waiting >= 1);
  assert.ok(after.counters.active >= 1);
  assert.is(after.counters.conversationsByHour.length, 12);
  assert.ok(after.counters.conversationsByHour.at(-1)!.count >= 1);
  const valued = nextRowWhere(staff, (r) => r.chat.id === sent.chat.id && r.cartValueCents > 0);
  ok(await shopper.emitWithAck('cart:add', { variantId: 1, quantity: 1 }));
  await valued;
  const gone = nextRowWhere(staff, (r) => r.chat.id === sent.chat.id && r.shopperTabs === 0);
  shopper.disconnect();
  await gone;
});

test("[DESK4] staff propose a product on the assistant's confirm card; only the shopper's click changes the cart", async ({
  app,
}) => {
  const shopper = await app.connect(await app.guestCookie());
  const { sent } = await ask(shopper, 'Which case fits the Vision X?');
  const staff = await app.connect((await signInStaff(app)).cookie);
  const before = await staff.emitWithAck('staff:propose', { chatId: sent.chat.id, slug: 'vision-x-everyday-case' });
  assert.is(!before.ok && before.error.code, 'conflict', 'take over first');
  ok(await staff.emitWithAck('staff:take-over', { chatId: sent.chat.id }));
  const bad = await staff.emitWithAck('staff:propose', { chatId: sent.chat.id, slug: 'no-such-case' });
  assert.is(!bad.ok && bad.error.code, 'conflict');
  const arrives = nextEventWhere<ChatMessagePush>(shopper, 'chat:message-added', (p) => p.message.role === 'staff');
  const message = ok(
    await staff.emitWithAck('staff:propose', { chatId: sent.chat.id, slug: 'vision-x-everyday-case', colour: 'Sand' }),
  );
  const card = (await arrives).message.cards[0] as CartProposalData;
  assert.equal(
    [card.kind, card.productName, card.colourName, card.state],
    ['cart-proposal', 'Vision X Everyday Case', 'Sand', 'pending'],
  );
  assert.is(ok(await shopper.emitWithAck('cart:get', {})).itemCount, 0);
  const answer = ok(
    await shopper.emitWithAck('chat:proposal-answer', {
      chatId: sent.chat.id,
      messageId: message.id,
      proposalId: card.id,
      accept: true,
    }),
  );
  assert.equal(
    answer.cart!.lines.map((l) => l.variantId),
    [card.variantId],
  );
});

test.run();
