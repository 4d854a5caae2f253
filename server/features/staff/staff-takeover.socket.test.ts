import { suite } from 'uvu';
import * as assert from 'uvu/assert';
import { randomUUID } from 'node:crypto';
import { eq } from 'drizzle-orm';
import type { ChatMessagePush, ChatSummary } from '../../../shared/chat.js';
import type { TypingChanged } from '../../../shared/staff.js';
import { chatMessages } from '../../db/schema.js';
import { answerEnd, ask, recordDeltas, send, startChatApp } from '../../test/chat-helpers.js';
import { nextEventWhere, type TestApp, type TestSocket } from '../../test/harness.js';
import { recordEvents, signInStaff } from '../../test/helpers.js';
import { gate, type ScriptedEngine } from '../../test/scripted-engine.js';
import { ok } from '../../test/ack.js';

const test = suite<{ app: TestApp; scripted: ScriptedEngine }>('staff: take over, reply, hand back, close');
test.before(async (ctx) => {
  Object.assign(ctx, await startChatApp());
});
test.after(async ({ app }) => app.stop());
test.before.each(({ app }) => app.clock.advance(60_000));

const staffSocket = async (app: TestApp) => app.connect((await signInStaff(app)).cookie);
const note = (socket: TestSocket, text: string) =>
  nextEventWhere<ChatMessagePush>(
    socket,
    'chat:message-added',
    (p) => p.message.role === 'system' && p.message.content.includes(text),
  );

test('[TAKE1] two staff take over at once: exactly one wins, the other is told who has it and can still watch', async ({
  app,
}) => {
  const shopper = await app.connect(await app.guestCookie());
  const { sent } = await ask(shopper, 'I need help with my order');
  const [a, b] = [await staffSocket(app), await staffSocket(app)];
  const results = await Promise.all([
    a.emitWithAck('staff:take-over', { chatId: sent.chat.id }),
    b.emitWithAck('staff:take-over', { chatId: sent.chat.id }),
  ]);
  const winners = results.filter((r) => r.ok);
  assert.is(winners.length, 1);
  const loser = results.find((r) => !r.ok)!;
  assert.is(!loser.ok && loser.error.code, 'conflict');
  assert.equal(!loser.ok && [loser.error.reason, loser.error.params], ['taken_by', { name: 'Staff' }]);
  const watcher = results[0]!.ok ? b : a;
  const detail = ok(await watcher.emitWithAck('staff:watch', { chatId: sent.chat.id }));
  assert.is(detail.conversation.chat.status, 'staff');
  const cannot = await watcher.emitWithAck('staff:reply', {
    chatId: sent.chat.id,
    text: 'Me too',
    clientId: randomUUID(),
  });
  assert.is(!cannot.ok && cannot.error.code, 'conflict');
  const joins = app.ctx.db
    .select()
    .from(chatMessages)
    .where(eq(chatMessages.chatId, sent.chat.id))
    .all()
    .filter((m) => m.content.includes('joined'));
  assert.is(joins.length, 1, 'one join note');
});

test('[TAKE2] take-over mid-answer stops the engine at once; the partial answer is kept, marked; the shopper sees the join and the reply', async ({
  app,
  scripted,
}) => {
  const shopper = await app.connect(await app.guestCookie());
  const { sent } = await ask(shopper, 'Hello');
  const staff = await staffSocket(app);
  ok(await staff.emitWithAck('staff:watch', { chatId: sent.chat.id }));
  const hold = gate();
  scripted.script({ text: 'Let me look ' }, { text: 'that up…' }, { gate: hold }, { text: 'never said' });
  const staffDeltas = recordDeltas(staff);
  const stopped = answerEnd(shopper);
  ok(await send(shopper, 'Where is my refund?'));
  await hold.reached;
  const joined = note(shopper, 'Staff from VisionX support joined.');
  const row = ok(await staff.emitWithAck('staff:take-over', { chatId: sent.chat.id }));
  assert.equal([row.chat.status, row.assignee?.name, row.chat.assigneeName], ['staff', 'Staff', 'Staff']);
  const partial = await stopped;
  assert.equal([partial.message.status, partial.message.content], ['stopped', 'Let me look that up…']);
  assert.ok(scripted.turns.at(-1)!.signal.aborted);
  assert.equal(
    staffDeltas.map((d) => d.seq),
    [1, 2],
    'staff watched the same stream',
  );
  await joined;
  const replied = nextEventWhere<ChatMessagePush>(shopper, 'chat:message-added', (p) => p.message.role === 'staff');
  const message = ok(
    await staff.emitWithAck('staff:reply', {
      chatId: sent.chat.id,
      text: 'Hi, I am checking your refund now.',
      clientId: randomUUID(),
    }),
  );
  const got = (await replied).message;
  assert.equal([got.id, got.author, got.content], [message.id, 'Staff', 'Hi, I am checking your refund now.']);
  const turns = scripted.turns.length;
  const quiet = recordEvents(shopper);
  ok(await send(shopper, 'Thanks!'));
  await nextEventWhere(staff, 'chat:message-added', (p: ChatMessagePush) => p.message.content === 'Thanks!');
  assert.is(scripted.turns.length, turns, 'the assistant stays quiet while staff have it');
  assert.equal(
    quiet.filter(([e]) => e === 'chat:delta'),
    [],
  );
  hold.open();
});

test('[TAKE3] typing indicators both ways; hand back resumes the assistant (answering what was left open)', async ({
  app,
}) => {
  const shopper = await app.connect(await app.guestCookie());
  const { sent } = await ask(shopper, 'Hi');
  const staff = await staffSocket(app);
  ok(await staff.emitWithAck('staff:watch', { chatId: sent.chat.id }));
  ok(await staff.emitWithAck('staff:take-over', { chatId: sent.chat.id }));
  const staffTyping = nextEventWhere<TypingChanged>(shopper, 'chat:typing-changed', (t) => t.role === 'staff');
  ok(await staff.emitWithAck('staff:typing', { chatId: sent.chat.id, typing: true }));
  assert.equal(await staffTyping, { chatId: sent.chat.id, role: 'staff', name: 'Staff', typing: true });
  const shopperTyping = nextEventWhere<TypingChanged>(staff, 'chat:typing-changed', (t) => t.role === 'user');
  ok(await shopper.emitWithAck('chat:typing', { chatId: sent.chat.id, typing: true }));
  assert.equal(await shopperTyping, { chatId: sent.chat.id, role: 'user', typing: true });
  ok(await send(shopper, 'Can the bot take it from here? What is your return window?'));
  const answered = answerEnd(shopper);
  const back = note(shopper, 'assistant is back');
  const row = ok(await staff.emitWithAck('staff:hand-back', { chatId: sent.chat.id }));
  assert.equal([row.chat.status, row.assignee], ['ai', null]);
  await back;
  assert.is((await answered).message.content, 'You said: Can the bot take it from here? What is your return window?');
  const { end } = await ask(shopper, 'And shipping?');
  assert.is(end.message.role, 'assistant', 'the assistant answers again');
  const notMine = await staff.emitWithAck('staff:hand-back', { chatId: sent.chat.id });
  assert.is(!notMine.ok && notMine.error.code, 'conflict');
});

test('[TAKE4] close with a resolution note; writing again reopens it with the assistant', async ({ app }) => {
  const shopper = await app.connect(await app.guestCookie());
  const { sent } = await ask(shopper, 'Hi');
  const staff = await staffSocket(app);
  ok(await staff.emitWithAck('staff:take-over', { chatId: sent.chat.id }));
  const empty = await staff.emitWithAck('staff:close', { chatId: sent.chat.id, resolution: '  ' });
  assert.is(!empty.ok && empty.error.code, 'bad_request');
  const updated = nextEventWhere<ChatSummary>(shopper, 'chat:updated', (c) => c.status === 'closed');
  const row = ok(
    await staff.emitWithAck('staff:close', { chatId: sent.chat.id, resolution: 'Explained the return window.' }),
  );
  assert.is(row.chat.status, 'closed');
  await updated;
  const again = await staff.emitWithAck('staff:take-over', { chatId: sent.chat.id });
  assert.is(!again.ok && again.error.code, 'conflict');
  const { sent: reopened } = await ask(shopper, 'One more thing');
  assert.is(reopened.chat.status, 'ai');
});

test('[TAKE5] staff see the deltas of conversations they watch and none of the others', async ({ app }) => {
  const staff = await staffSocket(app);
  const [one, two] = [await app.connect(await app.guestCookie()), await app.connect(await app.guestCookie())];
  const first = (await ask(one, 'First shopper')).sent.chat.id;
  await ask(two, 'Second shopper');
  ok(await staff.emitWithAck('staff:watch', { chatId: first }));
  const deltas = recordDeltas(staff);
  await ask(one, 'Watched question');
  await ask(two, 'Unwatched question');
  assert.ok(deltas.length > 0);
  assert.ok(
    deltas.every((d) => d.chatId === first),
    'only the watched conversation',
  );
  ok(await staff.emitWithAck('staff:unwatch', { chatId: first }));
  const before = deltas.length;
  await ask(one, 'After unwatching');
  assert.is(deltas.length, before);
});

test("[TAKE6] a conversation staff have still spends the shopper's send allowance: a flood is refused, not stored", async ({
  app,
}) => {
  const shopper = await app.connect(await app.guestCookie());
  const { sent } = await ask(shopper, 'I need a person');
  ok(await (await staffSocket(app)).emitWithAck('staff:take-over', { chatId: sent.chat.id }));
  const before = app.ctx.db.select().from(chatMessages).where(eq(chatMessages.chatId, sent.chat.id)).all().length;
  const codes: string[] = [];
  for (let i = 0; i < 8; i++) {
    const res = await send(shopper, `message ${i}`, { chatId: sent.chat.id });
    codes.push(res.ok ? 'ok' : res.error.code);
  }
  assert.ok(codes.includes('rate_limited'), codes.join(', '));
  const stored =
    app.ctx.db.select().from(chatMessages).where(eq(chatMessages.chatId, sent.chat.id)).all().length - before;
  assert.is(stored, codes.filter((c) => c === 'ok').length, 'only the accepted messages are stored');
});

test.run();
