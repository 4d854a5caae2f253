import { nextRowWhere } from '../../test/desk-rows.js';
import { suite } from 'uvu';
import * as assert from 'uvu/assert';
import { eq } from 'drizzle-orm';
import type { ChatMessagePush, RatingCardData } from '../../../shared/chat.js';
import { chatMessages, chatRatings } from '../../db/schema.js';
import { ask, startChatApp } from '../../test/chat-helpers.js';
import { nextEventWhere, type TestApp } from '../../test/harness.js';
import { captureLog } from '../../test/log-capture.js';
import { recordEvents, signInStaff } from '../../test/helpers.js';
import { ok } from '../../test/ack.js';

const test = suite<{ app: TestApp; logs: ReturnType<typeof captureLog> }>(
  'staff: the shopper rates a resolved conversation',
);
test.before(async (ctx) => {
  ctx.logs = captureLog();
  Object.assign(ctx, await startChatApp({}, { log: ctx.logs.log }));
});
test.after(async ({ app }) => app.stop());
test.before.each(({ app }) => app.clock.advance(60_000));

const ratingCard = (p: ChatMessagePush) => p.message.cards.find((c): c is RatingCardData => c.kind === 'rating');
const ratingsOf = (app: TestApp, chatId: number) =>
  app.ctx.db.select().from(chatRatings).where(eq(chatRatings.chatId, chatId)).all();

/** A shopper's conversation (two tabs), taken over and closed by staff watching it; the card each socket got. */
async function resolved(app: TestApp) {
  const { cookie } = await app.register();
  const [tab1, tab2] = [await app.connect(cookie), await app.connect(cookie)];
  const { sent } = await ask(tab1, 'My screen flickers');
  ok(await tab2.emitWithAck('chat:open', { chatId: sent.chat.id }));
  const staff = await app.connect((await signInStaff(app)).cookie);
  ok(await staff.emitWithAck('staff:watch', { chatId: sent.chat.id }));
  ok(await staff.emitWithAck('staff:take-over', { chatId: sent.chat.id }));
  const seen = [tab1, tab2, staff].map(recordEvents);
  const cards = [tab1, tab2, staff].map((s) =>
    nextEventWhere<ChatMessagePush>(s, 'chat:message-added', (p) => !!ratingCard(p)),
  );
  ok(await staff.emitWithAck('staff:close', { chatId: sent.chat.id, resolution: 'Replaced the cable.' }));
  const [card] = await Promise.all(cards);
  // One more round trip each, so a second card would have arrived by now.
  await Promise.all([tab1, tab2, staff].map((s) => s.emitWithAck('chat:list', {})));
  return { chatId: sent.chat.id, messageId: card!.message.id, tab1, tab2, staff, seen };
}

const cardsSeen = (events: Array<[string, unknown]>) =>
  events.filter(([e, p]) => e === 'chat:message-added' && ratingCard(p as ChatMessagePush)).length;

test('[RATE1] closing adds one rating card to every tab of the shopper and to staff watching; rating it updates the card everywhere and the row', async ({
  app,
}) => {
  const { chatId, messageId, tab1, tab2, staff, seen } = await resolved(app);
  assert.equal(seen.map(cardsSeen), [1, 1, 1], 'the card once per tab and watcher');
  const stored = app.ctx.db.select().from(chatMessages).where(eq(chatMessages.id, messageId)).get()!;
  assert.equal([stored.role, stored.cards], ['system', [{ kind: 'rating', state: 'pending' }]]);

  const updates = [tab1, tab2, staff].map((s) =>
    nextEventWhere<ChatMessagePush>(s, 'chat:message-updated', (p) => p.message.id === messageId),
  );
  const row = nextRowWhere(staff, (r) => r.chat.id === chatId && r.rating !== null);
  const message = ok(
    await tab2.emitWithAck('chat:rate', { chatId, messageId, score: 4, comment: '  Quick and kind.\r\n ' }),
  );
  const rated = { kind: 'rating', state: 'rated', score: 4, comment: 'Quick and kind.' };
  assert.equal(message.cards, [rated]);
  for (const update of await Promise.all(updates)) assert.equal(update.message.cards, [rated]);
  assert.equal((await row).rating, { score: 4, comment: 'Quick and kind.' });
  assert.equal(
    ratingsOf(app, chatId).map((r) => [r.messageId, r.score, r.comment]),
    [[messageId, 4, 'Quick and kind.']],
  );
  const detail = ok(await staff.emitWithAck('staff:watch', { chatId }));
  assert.equal(detail.conversation.rating, { score: 4, comment: 'Quick and kind.' });
  assert.equal(detail.transcript.messages.find((m) => m.id === messageId)?.cards, [rated]);
});

test('[RATE2] once: a second rating is refused already_rated; two tabs at once, exactly one wins', async ({ app }) => {
  const { chatId, messageId, tab1, tab2 } = await resolved(app);
  const results = await Promise.all([
    tab1.emitWithAck('chat:rate', { chatId, messageId, score: 5 }),
    tab2.emitWithAck('chat:rate', { chatId, messageId, score: 1 }),
  ]);
  assert.is(results.filter((r) => r.ok).length, 1);
  const loser = results.find((r) => !r.ok)!;
  assert.equal(!loser.ok && [loser.error.code, loser.error.reason], ['conflict', 'already_rated']);
  const again = await tab1.emitWithAck('chat:rate', { chatId, messageId, score: 3 });
  assert.equal(!again.ok && [again.error.code, again.error.reason], ['conflict', 'already_rated']);
  assert.is(ratingsOf(app, chatId).length, 1);
  assert.is(ratingsOf(app, chatId)[0]!.comment, '', 'no comment is an empty one');
});

test('[RATE3] only the own conversation, only its rating card; every malformed rating refused', async ({ app }) => {
  const { chatId, messageId, tab1 } = await resolved(app);
  const stranger = await app.connect(await app.guestCookie());
  const foreign = await stranger.emitWithAck('chat:rate', { chatId, messageId, score: 5 });
  assert.equal(!foreign.ok && [foreign.error.code, foreign.error.reason], ['not_found', 'conversation_not_found']);
  const messages = app.ctx.db.select().from(chatMessages).where(eq(chatMessages.chatId, chatId)).all();
  const note = messages.find((m) => m.role === 'system' && m.cards.length === 0)!;
  const shopperMessage = messages.find((m) => m.role === 'user')!;
  for (const other of [note, shopperMessage]) {
    const notACard = await tab1.emitWithAck('chat:rate', { chatId, messageId: other.id, score: 5 });
    assert.equal(!notACard.ok && [notACard.error.code, notACard.error.reason], ['not_found', 'rating_not_found']);
  }
  const missing = await tab1.emitWithAck('chat:rate', { chatId, messageId: messageId + 1000, score: 5 });
  assert.equal(!missing.ok && [missing.error.code, missing.error.reason], ['not_found', 'rating_not_found']);
  const bad: unknown[] = [
    { chatId, messageId, score: 0 },
    { chatId, messageId, score: 6 },
    { chatId, messageId, score: 4.5 },
    { chatId, messageId, score: '4' },
    { chatId, messageId },
    { chatId, score: 4 },
    { chatId, messageId, score: 4, comment: 'x'.repeat(501) },
    { chatId, messageId, score: 4, comment: 7 },
    { chatId, messageId, score: 4, extra: true },
  ];
  for (const input of bad) {
    const refused = await tab1.emitWithAck('chat:rate', input as never);
    assert.is(!refused.ok && refused.error.code, 'bad_request', JSON.stringify(input).slice(0, 80));
  }
  assert.ok(ok(await tab1.emitWithAck('chat:rate', { chatId, messageId, score: 2, comment: `${'y'.repeat(500)}  ` })));
  assert.is(ratingsOf(app, chatId)[0]!.comment.length, 500, '500 after trimming is allowed');
});

test('[RATE1] the comment is never logged, nor sent to the assistant as context', async ({ app, logs }) => {
  const { chatId, messageId, tab1 } = await resolved(app);
  const before = logs.lines.length;
  ok(await tab1.emitWithAck('chat:rate', { chatId, messageId, score: 1, comment: 'secret-words-of-the-shopper' }));
  await tab1.emitWithAck('chat:rate', { chatId, messageId, score: 1, comment: 'secret-words-of-the-shopper' });
  assert.ok(logs.lines.length > 0, 'the log is captured');
  assert.not.ok(JSON.stringify(logs.lines.slice(before)).includes('secret-words'));
  assert.not.ok(JSON.stringify(logs.lines).includes('secret-words'));
});

test.run();
