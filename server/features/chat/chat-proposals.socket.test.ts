import { suite } from 'uvu';
import * as assert from 'uvu/assert';
import { eq } from 'drizzle-orm';
import type { Cart } from '../../../shared/cart.js';
import type { CartProposalData, ChatDelta, ChatMessagePush } from '../../../shared/chat.js';
import { chatMessages, variants } from '../../db/schema.js';
import { answerEnd, ask, send, startChatApp } from '../../test/chat-helpers.js';
import { cookieFrom, GOOD_PASSWORD, nextEvent, nextEventWhere, type TestApp } from '../../test/harness.js';
import { recordEvents } from '../../test/helpers.js';
import { gate, type ScriptedEngine } from '../../test/scripted-engine.js';
import { ok } from '../../test/ack.js';

const test = suite<{ app: TestApp; scripted: ScriptedEngine }>("chat: proposed cart changes need the shopper's click");
test.before(async (ctx) => {
  Object.assign(ctx, await startChatApp());
});
test.after(async ({ app }) => app.stop());
test.before.each(({ app }) => app.clock.advance(60_000));

const proposalIn = (cards: { kind: string }[]) => cards.find((c): c is CartProposalData => c.kind === 'cart-proposal')!;
const propose = (args: Record<string, unknown>) => ({ tool: 'propose_cart_change', args });

test('[PROP1] the card streams in; the cart changes only on "Add to cart", live in every tab and device', async ({
  app,
  scripted,
}) => {
  const { cookie, email } = await app.register();
  const laptop = await app.connect(cookie);
  const phone = await app.connect(
    cookieFrom(await app.api('/api/auth/login', { body: { email, password: GOOD_PASSWORD } })),
  );
  scripted.script(propose({ slug: 'vision-go', colour: 'Coral', storageGb: 256 }), { text: 'Here it is.' });
  const cardDelta = nextEventWhere<ChatDelta>(laptop, 'chat:delta', (d) => d.kind === 'card');
  const { sent, end } = await ask(laptop, 'Add the coral Vision Go with 256 GB to my cart');
  const streamed = await cardDelta;
  assert.is(streamed.kind === 'card' && streamed.card.kind, 'cart-proposal');
  const card = proposalIn(end.message.cards);
  const variant = app.ctx.db.select().from(variants).where(eq(variants.id, card.variantId)).get()!;
  assert.equal(
    [card.productName, card.colourName, card.storageGb, card.quantity, card.unitPriceCents, card.state],
    ['Vision Go', 'Coral', 256, 1, variant.priceCents, 'pending'],
  );
  assert.is(ok(await laptop.emitWithAck('cart:get', {})).itemCount, 0, 'proposing changed nothing');
  const stored = app.ctx.db.select().from(chatMessages).where(eq(chatMessages.id, end.message.id)).get()!;
  assert.equal(
    stored.toolCalls.map((c) => [c.name, c.ok]),
    [['propose_cart_change', true]],
  );

  const cartOnPhone = nextEvent<Cart>(phone, 'cart:updated');
  const updated = nextEventWhere<ChatMessagePush>(laptop, 'chat:message-updated', () => true);
  const answer = ok(
    await laptop.emitWithAck('chat:proposal-answer', {
      chatId: sent.chat.id,
      messageId: end.message.id,
      proposalId: card.id,
      accept: true,
    }),
  );
  assert.is(proposalIn(answer.message.cards).state, 'accepted');
  assert.equal(
    answer.cart!.lines.map((l) => [l.variantId, l.quantity]),
    [[card.variantId, 1]],
  );
  assert.equal(
    (await cartOnPhone).lines.map((l) => l.variantId),
    [card.variantId],
    'the other device sees the cart',
  );
  assert.is(proposalIn((await updated).message.cards).state, 'accepted');
  const twice = await laptop.emitWithAck('chat:proposal-answer', {
    chatId: sent.chat.id,
    messageId: end.message.id,
    proposalId: card.id,
    accept: true,
  });
  assert.is(!twice.ok && twice.error.code, 'conflict');
  assert.is(ok(await phone.emitWithAck('cart:get', {})).itemCount, 1, 'applied once');
  assert.is(
    proposalIn(app.ctx.db.select().from(chatMessages).where(eq(chatMessages.id, end.message.id)).get()!.cards).state,
    'accepted',
    'stored',
  );
});

test('[PROP2] "No thanks" leaves the cart alone; a stranger cannot answer; a forged proposal id is not found', async ({
  app,
  scripted,
}) => {
  const socket = await app.connect(await app.guestCookie());
  scripted.script(propose({ slug: 'usb-c-braided-cable-1m', quantity: 2 }));
  const { sent, end } = await ask(socket, 'Two cables please');
  const card = proposalIn(end.message.cards);
  const stranger = await app.connect(await app.guestCookie());
  const strangerSaw = recordEvents(stranger);
  const stolen = await stranger.emitWithAck('chat:proposal-answer', {
    chatId: sent.chat.id,
    messageId: end.message.id,
    proposalId: card.id,
    accept: true,
  });
  assert.is(!stolen.ok && stolen.error.code, 'not_found');
  const forged = await socket.emitWithAck('chat:proposal-answer', {
    chatId: sent.chat.id,
    messageId: end.message.id,
    proposalId: 'made-up',
    accept: true,
  });
  assert.is(!forged.ok && forged.error.code, 'not_found');
  const declined = ok(
    await socket.emitWithAck('chat:proposal-answer', {
      chatId: sent.chat.id,
      messageId: end.message.id,
      proposalId: card.id,
      accept: false,
    }),
  );
  assert.equal([proposalIn(declined.message.cards).state, declined.cart], ['declined', null]);
  assert.is(ok(await socket.emitWithAck('cart:get', {})).itemCount, 0);
  assert.is(ok(await stranger.emitWithAck('cart:get', {})).itemCount, 0);
  assert.equal(
    strangerSaw.filter(([e]) => e !== 'cart:updated'),
    [],
  );
});

test('[PROP3] a proposal that no longer fits the stock fails on the card with the reason, the cart untouched', async ({
  app,
  scripted,
}) => {
  const socket = await app.connect(await app.guestCookie());
  scripted.script(propose({ slug: 'vision-buds-pro', colour: 'White' }));
  const { sent, end } = await ask(socket, 'Add the white buds');
  const card = proposalIn(end.message.cards);
  app.ctx.db.update(variants).set({ stock: 0 }).where(eq(variants.id, card.variantId)).run();
  const answer = ok(
    await socket.emitWithAck('chat:proposal-answer', {
      chatId: sent.chat.id,
      messageId: end.message.id,
      proposalId: card.id,
      accept: true,
    }),
  );
  assert.equal(
    [proposalIn(answer.message.cards).state, proposalIn(answer.message.cards).failure, answer.cart],
    ['failed', { code: 'conflict', reason: 'out_of_stock' }, null],
  );
  assert.is(ok(await socket.emitWithAck('cart:get', {})).itemCount, 0);
});

test('[PROP4] a card can be answered while its answer is still streaming; the final write keeps the answer', async ({
  app,
  scripted,
}) => {
  const socket = await app.connect(await app.guestCookie());
  const hold = gate();
  scripted.script(
    propose({ slug: 'visionx-65w-gan-charger', colour: 'Black' }),
    { gate: hold },
    { text: 'Anything else?' },
  );
  const cardDelta = nextEventWhere<ChatDelta>(socket, 'chat:delta', (d) => d.kind === 'card');
  const ended = answerEnd(socket);
  const sent = ok(await send(socket, 'I need a charger'));
  const delta = await cardDelta;
  await hold.reached;
  assert.is(delta.kind, 'card');
  const card = (delta as Extract<ChatDelta, { kind: 'card' }>).card as CartProposalData;
  const answer = ok(
    await socket.emitWithAck('chat:proposal-answer', {
      chatId: sent.chat.id,
      messageId: delta.messageId,
      proposalId: card.id,
      accept: true,
    }),
  );
  assert.equal([answer.message.status, proposalIn(answer.message.cards).state], ['streaming', 'accepted']);
  hold.open();
  const end = await ended;
  assert.is(proposalIn(end.message.cards).state, 'accepted');
  assert.is(ok(await socket.emitWithAck('cart:get', {})).itemCount, 1);
});

test('[PROP5] the tool refuses what the shop cannot do: unknown product, a missing option, over stock', async ({
  app,
  scripted,
}) => {
  const socket = await app.connect(await app.guestCookie());
  scripted.script(
    propose({ slug: 'iphone-15' }),
    propose({ slug: 'vision-go', colour: 'Purple' }),
    propose({ slug: 'vision-go', quantity: 11 }),
  );
  const { end } = await ask(socket, 'Add things');
  assert.equal(end.message.cards, []);
  const stored = app.ctx.db.select().from(chatMessages).where(eq(chatMessages.id, end.message.id)).get()!;
  assert.equal(
    stored.toolCalls.map((c) => c.ok),
    [false, false, false],
  );
  assert.match(stored.toolCalls[0]!.summary, 'No product');
  assert.match(stored.toolCalls[2]!.summary, 'Invalid arguments');
});

test.run();
