import type { StaffConversation } from '../../../shared/staff.js';
import { suite } from 'uvu';
import * as assert from 'uvu/assert';
import { eq } from 'drizzle-orm';
import type { ChatMessagePush } from '../../../shared/chat.js';
import { chats } from '../../db/schema.js';
import { answerEnd, ask, send, startChatApp } from '../../test/chat-helpers.js';
import { nextEvent, nextEventWhere, type TestApp } from '../../test/harness.js';
import { signInStaff } from '../../test/helpers.js';
import { gate, type ScriptedEngine } from '../../test/scripted-engine.js';
import { ok } from '../../test/ack.js';

const test = suite<{ app: TestApp; scripted: ScriptedEngine }>(
  'staff: who has a conversation, when people race or leave',
);
test.before(async (ctx) => {
  Object.assign(ctx, await startChatApp());
});
test.after(async ({ app }) => app.stop());
test.before.each(({ app }) => app.clock.advance(60_000));

const staffSocket = async (app: TestApp) => app.connect((await signInStaff(app)).cookie);

test('[LEAVE1] a conversation held by someone who went offline can be taken over by a colleague (and not while they are online)', async ({
  app,
}) => {
  const shopper = await app.connect(await app.guestCookie());
  const { sent } = await ask(shopper, 'Hello');
  const [a, b] = [await staffSocket(app), await staffSocket(app)];
  ok(await a.emitWithAck('staff:take-over', { chatId: sent.chat.id }));
  const online = await b.emitWithAck('staff:take-over', { chatId: sent.chat.id });
  assert.is(!online.ok && online.error.code, 'conflict', 'not while the holder is online');
  const gone = nextEventWhere<{ id: number }[]>(b, 'staff:presence', () => true);
  a.disconnect();
  await gone;
  const row = ok(await b.emitWithAck('staff:take-over', { chatId: sent.chat.id }));
  assert.is(row.chat.status, 'staff');
  ok(
    await b.emitWithAck('staff:reply', { chatId: sent.chat.id, text: 'I am here now.', clientId: crypto.randomUUID() }),
  );
});

test('[LEAVE2] when the holder stays away, their conversations wait for a person again and the shopper is told', async ({
  app,
}) => {
  const shopper = await app.connect(await app.guestCookie());
  const { sent } = await ask(shopper, 'Hello');
  const a = await staffSocket(app);
  ok(await a.emitWithAck('staff:take-over', { chatId: sent.chat.id }));
  const told = nextEventWhere<ChatMessagePush>(shopper, 'chat:message-added', (p) =>
    p.message.content.includes('had to leave'),
  );
  const { releaseConversationsOf } = await import('./staff-actions.js');
  const holder = app.ctx.db.select().from(chats).where(eq(chats.id, sent.chat.id)).get()!.assigneeId!;
  const colleague = await staffSocket(app);
  const alerted = nextEventWhere<StaffConversation>(
    colleague,
    'staff:handoff-requested',
    (r) => r.chat.id === sent.chat.id,
  );
  // What the away timer does after STAFF_AWAY_MS (2 minutes of real time) without a reconnect.
  releaseConversationsOf(app.staff, holder);
  await told;
  const stored = app.ctx.db.select().from(chats).where(eq(chats.id, sent.chat.id)).get()!;
  assert.equal(
    [stored.status, stored.assigneeId, typeof stored.waitingSince, stored.deskStatus, stored.awaitingReplySince],
    ['waiting', null, 'number', 'open', app.clock.now],
  );
  // Alerted as any hand-off, with a reply owed (its due time set).
  assert.equal([(await alerted).chat.status, typeof (await alerted).replyDueAt], ['waiting', 'string']);
  const { end } = await ask(shopper, 'Anyone?');
  assert.is(end.message.role, 'assistant', 'the assistant helps meanwhile');
});

test('[RACE5] close and take-over at once: exactly one wins, and the loser is told', async ({ app, scripted }) => {
  const shopper = await app.connect(await app.guestCookie());
  const { sent } = await ask(shopper, 'Hello');
  const [a, b] = [await staffSocket(app), await staffSocket(app)];
  const hold = gate();
  scripted.script({ text: 'Thinking' }, { gate: hold });
  const stopped = answerEnd(shopper);
  ok(await send(shopper, 'A slow question'));
  await hold.reached;
  const [closed, taken] = await Promise.all([
    a.emitWithAck('staff:close', { chatId: sent.chat.id, resolution: 'Answered elsewhere' }),
    b.emitWithAck('staff:take-over', { chatId: sent.chat.id }),
  ]);
  await stopped;
  hold.open();
  assert.is([closed.ok, taken.ok].filter(Boolean).length, 1, JSON.stringify([closed, taken]));
  const stored = app.ctx.db.select().from(chats).where(eq(chats.id, sent.chat.id)).get()!;
  assert.is(stored.status, closed.ok ? 'closed' : 'staff');
});

test('[TYPE1] only the staff member who has the conversation shows as typing', async ({ app }) => {
  const shopper = await app.connect(await app.guestCookie());
  const { sent } = await ask(shopper, 'Hello');
  const staff = await staffSocket(app);
  const before = await staff.emitWithAck('staff:typing', { chatId: sent.chat.id, typing: true });
  assert.is(!before.ok && before.error.code, 'conflict');
  ok(await staff.emitWithAck('staff:take-over', { chatId: sent.chat.id }));
  const shown = nextEvent(shopper, 'chat:typing-changed');
  ok(await staff.emitWithAck('staff:typing', { chatId: sent.chat.id, typing: true }));
  await shown;
});

test.run();
