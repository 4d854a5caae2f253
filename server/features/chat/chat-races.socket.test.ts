import { suite } from 'uvu';
import * as assert from 'uvu/assert';
import { eq } from 'drizzle-orm';
import type { CartProposalData, ChatDelta } from '../../../shared/chat.js';
import { chatMessages, chats } from '../../db/schema.js';
import { answerEnd, ask, send, startChatApp } from '../../test/chat-helpers.js';
import { nextEventWhere, type TestApp } from '../../test/harness.js';
import { sessionIdOf } from '../../test/helpers.js';
import { gate, type ScriptedEngine } from '../../test/scripted-engine.js';
import { reserveAnswer } from './chat-answer.js';
import { ok } from '../../test/ack.js';
import { ipcSharedState } from '../../shared-state/ipc-state.js';
import { exited, startStateProcess } from '../../test/shared-state-processes.js';

const test = suite<{ app: TestApp; scripted: ScriptedEngine }>('chat: races and endings');
test.before(async (ctx) => {
  Object.assign(ctx, await startChatApp());
});
test.after(async ({ app }) => app.stop());
test.before.each(({ app }) => app.clock.advance(60_000));

test('[RACE1] deleting the account while an answer streams: the answer stops, the server lives on, nothing is left streaming', async ({
  app,
  scripted,
}) => {
  const { cookie, password } = await app.register();
  const socket = await app.connect(cookie);
  const hold = gate();
  scripted.script({ text: 'Half an answer' }, { gate: hold }, { text: ' never sent' });
  const sent = ok(await send(socket, 'Tell me everything'));
  await hold.reached;
  const res = await app.api('/api/auth/account', { method: 'DELETE', body: { password }, cookie });
  assert.is(res.status, 200);
  hold.open();
  await Promise.all([...app.chat.pending]);
  assert.is(app.chat.streams.all().length, 0, 'the stream ended');
  assert.is(app.ctx.db.select().from(chats).where(eq(chats.id, sent.chat.id)).get(), undefined);
  assert.ok(scripted.turns.at(-1)!.signal.aborted, 'the engine was told to stop');
  const other = await app.connect(await app.guestCookie());
  assert.is((await ask(other, 'Still there?')).end.message.status, 'complete', 'the app still answers');
});

test('[RACE2] two tabs sending the first message in the same turn start one conversation, not two', async ({ app }) => {
  const cookie = await app.guestCookie();
  const [tab1, tab2] = [await app.connect(cookie), await app.connect(cookie)];
  const results = await Promise.all([send(tab1, 'First from tab one'), send(tab2, 'First from tab two')]);
  const sid = await sessionIdOf(app, cookie);
  const started = app.ctx.db.select().from(chats).where(eq(chats.sessionId, sid)).all();
  assert.is(started.length, 1, 'one conversation');
  assert.ok(
    results.every((r) => r.ok || r.error.code === 'conflict'),
    JSON.stringify(results.map((r) => (r.ok ? 'ok' : r.error.code))),
  );
  await Promise.all([...app.chat.pending]);
});

test('[CHAT7] two tabs sending into one conversation at once, while another process answers the limits: one answer, the other meets conflict', async () => {
  const primary = await startStateProcess('serve');
  const { app, scripted } = await startChatApp({}, { shared: ipcSharedState(primary) });
  try {
    const cookie = await app.guestCookie();
    const [tab1, tab2] = [await app.connect(cookie), await app.connect(cookie)];
    const chatId = (await ask(tab1, 'Hello')).sent.chat.id;
    scripted.script({ text: 'One answer' });
    const results = await Promise.all([
      send(tab1, 'Again from one', { chatId }),
      send(tab2, 'Again from two', { chatId }),
    ]);
    assert.equal(results.map((r) => (r.ok ? 'ok' : `${r.error.code}:${r.error.reason}`)).sort(), [
      'conflict:still_answering',
      'ok',
    ]);
    await Promise.all([...app.chat.pending]);
    const rows = app.ctx.db.select().from(chatMessages).where(eq(chatMessages.chatId, chatId)).all();
    assert.is(rows.filter((m) => m.role === 'assistant').length, 2, 'the first answer and one more');
  } finally {
    await app.stop();
    primary.disconnect();
    await exited(primary);
  }
});

test('[RACE3] an answer set up after staff took the conversation over (or closed it) is not started', ({ app }) => {
  const db = app.ctx.db;
  const chat = db
    .insert(chats)
    .values({ sessionId: 'x', department: 'sales', status: 'staff', createdAt: 1, updatedAt: 1, currentAt: 1 })
    .returning()
    .get();
  db.insert(chatMessages)
    .values({ chatId: chat.id, role: 'user', status: 'complete', content: 'hi', createdAt: 1 })
    .run();
  assert.is(
    reserveAnswer(db, { ...chat, status: 'ai' }, 'this-process', 2),
    null,
    'the stale row said ai; the stored one says staff',
  );
  db.update(chats).set({ status: 'closed' }).where(eq(chats.id, chat.id)).run();
  assert.is(reserveAnswer(db, chat, 'this-process', 2), null);
  db.update(chats).set({ status: 'ai' }).where(eq(chats.id, chat.id)).run();
  assert.ok(reserveAnswer(db, chat, 'this-process', 2));
});

test('[RACE4] a proposal answered while its answer still streams is stored at once, with the cart change', async ({
  app,
  scripted,
}) => {
  const socket = await app.connect(await app.guestCookie());
  const hold = gate();
  scripted.script(
    { tool: 'propose_cart_change', args: { slug: 'visionx-65w-gan-charger', colour: 'White' } },
    { gate: hold },
    { text: 'Done.' },
  );
  const cardDelta = nextEventWhere<ChatDelta>(socket, 'chat:delta', (d) => d.kind === 'card');
  const ended = answerEnd(socket);
  const sent = ok(await send(socket, 'A long cable please'));
  const delta = (await cardDelta) as Extract<ChatDelta, { kind: 'card' }>;
  await hold.reached;
  const card = delta.card as CartProposalData;
  ok(
    await socket.emitWithAck('chat:proposal-answer', {
      chatId: sent.chat.id,
      messageId: delta.messageId,
      proposalId: card.id,
      accept: true,
    }),
  );
  const row = app.ctx.db.select().from(chatMessages).where(eq(chatMessages.id, delta.messageId)).get()!;
  assert.equal(
    [row.status, (row.cards[0] as CartProposalData).state],
    ['streaming', 'accepted'],
    'stored before the answer ends',
  );
  hold.open();
  assert.is(((await ended).message.cards[0] as CartProposalData).state, 'accepted');
});

test.run();
