import { suite } from 'uvu';
import * as assert from 'uvu/assert';
import { eq } from 'drizzle-orm';
import type { ChatMessagePush, ChatTranscript } from '../../../shared/chat.js';
import { chatMessages, chats } from '../../db/schema.js';
import { answerEnd, ask, rebuild, recordDeltas, send, startChatApp } from '../../test/chat-helpers.js';
import { nextEvent, nextEventWhere, type TestApp } from '../../test/harness.js';
import { recordEvents } from '../../test/helpers.js';
import { gate, type ScriptedEngine } from '../../test/scripted-engine.js';
import { ok } from '../../test/ack.js';
import { nextRowWhere } from '../../test/desk-rows.js';

const test = suite<{ app: TestApp; scripted: ScriptedEngine }>('chat: send, stream, every tab');
test.before(async (ctx) => {
  Object.assign(ctx, await startChatApp());
});
test.after(async ({ app }) => app.stop());
test.before.each(({ app }) => app.clock.advance(60_000)); // refill the send limiter

const messagesOf = (app: TestApp, chatId: number) =>
  app.ctx.db.select().from(chatMessages).where(eq(chatMessages.chatId, chatId)).orderBy(chatMessages.id).all();

test('[CHAT1] send: stored and acked; the answer streams as numbered deltas and is written once at the end', async ({
  app,
  scripted,
}) => {
  const socket = await app.connect(await app.guestCookie());
  const hold = gate();
  scripted.script({ text: 'The Vision Go ' }, { text: 'costs ' }, { gate: hold }, { text: '$349.00.' });
  const deltas = recordDeltas(socket);
  const added: ChatMessagePush[] = [];
  socket.on('chat:message-added', (p) => added.push(p));
  const ended = answerEnd(socket);
  const sent = ok(await send(socket, '  How much is the Vision Go?  '));
  assert.is(sent.message.content, 'How much is the Vision Go?', 'trimmed');
  assert.is(sent.message.role, 'user');
  assert.is(sent.chat.title, 'How much is the Vision Go?');
  await hold.reached;
  const streaming = messagesOf(app, sent.chat.id).find((m) => m.role === 'assistant')!;
  assert.equal([streaming.status, streaming.content], ['streaming', ''], 'no write per token while streaming');
  hold.open();
  const end = await ended;
  assert.is(end.message.status, 'complete');
  assert.is(end.message.content, 'The Vision Go costs $349.00.');
  assert.equal(
    deltas.map((d) => d.seq),
    [1, 2, 3],
  );
  assert.equal(
    added.map((p) => [p.message.role, p.message.status]),
    [
      ['user', 'complete'],
      ['assistant', 'streaming'],
    ],
  );
  const rows = messagesOf(app, sent.chat.id);
  assert.equal(
    rows.map((r) => [r.role, r.status, r.content]),
    [
      ['user', 'complete', 'How much is the Vision Go?'],
      ['assistant', 'complete', 'The Vision Go costs $349.00.'],
    ],
  );
  assert.type(rows[0]!.sentiment, 'number');
  assert.is(scripted.turns.at(-1)!.userText, 'How much is the Vision Go?');
});

test('[CHAT2] two tabs see the same stream; a tab that opens mid-answer gets the text so far and continues without gap or repeat', async ({
  app,
  scripted,
}) => {
  const cookie = await app.guestCookie();
  const [tab1, tab2, late] = [await app.connect(cookie), await app.connect(cookie), await app.connect(cookie)];
  const { sent: first } = await ask(tab1, 'Hello');
  ok(await tab2.emitWithAck('chat:current', {}));
  const hold = gate();
  scripted.script({ text: 'one ' }, { text: 'two ' }, { gate: hold }, { text: 'three ' }, { text: 'four' });
  const [d1, d2, dLate] = [recordDeltas(tab1), recordDeltas(tab2), recordDeltas(late)];
  ok(await send(tab1, 'Count to four'));
  await hold.reached;
  const snapshot = ok(await late.emitWithAck('chat:current', {})) as ChatTranscript;
  const streaming = snapshot.messages.at(-1)!;
  assert.equal([streaming.status, streaming.content, streaming.seq], ['streaming', 'one two ', 2]);
  const ends = Promise.all([
    answerEnd(tab1, first.chat.id),
    answerEnd(tab2, first.chat.id),
    answerEnd(late, first.chat.id),
  ]);
  hold.open();
  const [end] = await ends;
  assert.equal(d1, d2, 'both tabs got the same deltas');
  const rebuilt = rebuild(snapshot, streaming.id, dLate);
  assert.equal(rebuilt.seqs, [3, 4], 'only what came after the snapshot');
  assert.is(rebuilt.text, end.message.content);
  assert.is(end.message.content, 'one two three four');
});

test("[CHAT3] a new conversation in one tab is announced to the session's other tabs", async ({ app }) => {
  const cookie = await app.guestCookie();
  const [tab1, tab2] = [await app.connect(cookie), await app.connect(cookie)];
  assert.is(ok(await tab2.emitWithAck('chat:current', {})), null);
  const changed = nextEvent<{ chatId: number }>(tab2, 'chat:current-changed');
  const { sent } = await ask(tab1, 'Hi there');
  assert.is((await changed).chatId, sent.chat.id);
  const transcript = ok(await tab2.emitWithAck('chat:current', {}))!;
  assert.is(transcript.chat.id, sent.chat.id);
  assert.ok(transcript.current);
  assert.equal(
    transcript.messages.map((m) => [m.role, m.status]),
    [
      ['user', 'complete'],
      ['assistant', 'complete'],
    ],
  );
});

test('[CHAT4] another identity never receives a delta and cannot open, stop or answer in the conversation', async ({
  app,
}) => {
  const owner = await app.connect(await app.guestCookie());
  const { cookie } = await app.register();
  const stranger = await app.connect(cookie);
  const strangerSaw = recordEvents(stranger);
  const { sent } = await ask(owner, 'My private question');
  for (const [event, payload] of [
    ['chat:open', { chatId: sent.chat.id }],
    ['chat:continue', { chatId: sent.chat.id }],
    ['chat:stop', { chatId: sent.chat.id }],
    ['chat:retry', { chatId: sent.chat.id }],
    ['chat:department', { chatId: sent.chat.id, department: 'tech' }],
    ['chat:request-human', { chatId: sent.chat.id }],
    ['chat:send', { chatId: sent.chat.id, text: 'hi', clientId: crypto.randomUUID() }],
    ['chat:proposal-answer', { chatId: sent.chat.id, messageId: 1, proposalId: 'x', accept: true }],
  ] as const) {
    const res = await (
      stranger.emitWithAck as (e: string, p: unknown) => Promise<{ ok: boolean; error?: { code: string } }>
    )(event, payload);
    assert.is(res.ok ? 'ok' : res.error!.code, 'not_found', event);
  }
  await ask(owner, 'Another private question');
  assert.equal(
    strangerSaw.filter(([e]) => e.startsWith('chat:')),
    [],
    'the stranger saw nothing',
  );
  assert.is(ok(await stranger.emitWithAck('chat:list', {})).chats.length, 0);
});

test('[CHAT5] bad input is refused with the field named, and nothing is stored', async ({ app }) => {
  const socket = await app.connect(await app.guestCookie());
  const before = app.ctx.db.select().from(chatMessages).all().length;
  const cases: [unknown, string][] = [
    [{ text: '   ', clientId: crypto.randomUUID() }, 'text'],
    [{ text: 'x'.repeat(2001), clientId: crypto.randomUUID() }, 'text'],
    [{ text: 'hi' }, 'clientId'],
    [{ text: 'hi', clientId: 'not-a-uuid' }, 'clientId'],
    [{ text: 'hi\u0007', clientId: crypto.randomUUID() }, 'text'],
    [{ text: 'hi', clientId: crypto.randomUUID(), userId: 2 }, 'userId'],
    [{ text: 'hi', clientId: crypto.randomUUID(), chatId: -1 }, 'chatId'],
    [{ text: 42, clientId: crypto.randomUUID() }, 'text'],
  ];
  for (const [payload, field] of cases) {
    const res = await (
      socket.emitWithAck as (
        e: string,
        p: unknown,
      ) => Promise<{ ok: boolean; error?: { code: string; fields?: Record<string, string> } }>
    )('chat:send', payload);
    assert.is(res.ok ? 'ok' : res.error!.code, 'bad_request', JSON.stringify(payload).slice(0, 60));
    assert.ok(res.error!.fields?.[field], `field ${field} named`);
  }
  const missing = await send(socket, 'hello', { chatId: 999_999 });
  assert.is(!missing.ok && missing.error.code, 'not_found');
  assert.is(app.ctx.db.select().from(chatMessages).all().length, before, 'nothing stored');
});

test('[CHAT6] a resend with the same client id stores nothing twice and starts no second answer', async ({
  app,
  scripted,
}) => {
  const socket = await app.connect(await app.guestCookie());
  const clientId = crypto.randomUUID();
  const { sent: first } = await ask(socket, 'Once only', { clientId });
  const turns = scripted.turns.length;
  const again = ok(await send(socket, 'Once only', { clientId }));
  assert.is(again.message.id, first.message.id);
  assert.is(messagesOf(app, first.chat.id).length, 2);
  assert.is(scripted.turns.length, turns, 'no second answer');
});

test('[CHAT7] one answer at a time; messages are rate limited per session', async ({ app, scripted }) => {
  const socket = await app.connect(await app.guestCookie());
  const hold = gate();
  scripted.script({ text: 'Thinking…' }, { gate: hold });
  const ended = answerEnd(socket);
  ok(await send(socket, 'First'));
  await hold.reached;
  const busy = await send(socket, 'Second');
  assert.is(!busy.ok && busy.error.code, 'conflict');
  hold.open();
  await ended;
  for (let i = 0; i < 4; i++) await ask(socket, `Message ${i}`);
  const limited = await send(socket, 'One too many');
  assert.is(!limited.ok && limited.error.code, 'rate_limited');
  assert.ok(!limited.ok && limited.error.retryAfterMs! > 0);
});

test('[CHAT8] department: routed from the first messages; the shopper can switch (a note and a push)', async ({
  app,
}) => {
  const socket = await app.connect(await app.guestCookie());
  const { sent } = await ask(socket, 'My phone will not charge any more');
  assert.is(sent.chat.department, 'tech');
  const pushed = nextEventWhere<{ department: string }>(socket, 'chat:updated', () => true);
  const note = nextEventWhere<ChatMessagePush>(socket, 'chat:message-added', (p) => p.message.role === 'system');
  assert.is(
    ok(await socket.emitWithAck('chat:department', { chatId: sent.chat.id, department: 'service' })).department,
    'service',
  );
  assert.is((await pushed).department, 'service');
  assert.is((await note).message.content, 'You are now talking to Customer service.');
  const { sent: next } = await ask(socket, 'Which phone should I buy?');
  assert.is(next.chat.department, 'service', 'a chosen department stays');
  const bad = await socket.emitWithAck('chat:department', { chatId: sent.chat.id, department: 'billing' as 'sales' });
  assert.is(!bad.ok && bad.error.code, 'bad_request');
});

test('[CHAT9] frustration flags the conversation for staff; asking for a person makes it wait', async ({ app }) => {
  const socket = await app.connect(await app.guestCookie());
  const staff = await app.connect((await (await import('../../test/helpers.js')).signInStaff(app)).cookie);
  const flagged = nextRowWhere(staff, (row) => row.chat.flagged === true);
  const { sent: calm } = await ask(socket, 'Hello, what colours does the Vision X come in?');
  assert.is(app.ctx.db.select().from(chats).where(eq(chats.id, calm.chat.id)).get()!.flagged, false);
  const { sent: angry } = await ask(socket, 'This is ridiculous, my order STILL has not arrived, third time I ask!!');
  assert.ok(app.ctx.db.select().from(chats).where(eq(chats.id, angry.chat.id)).get()!.flagged);
  assert.is(angry.chat.flagged, undefined, 'the flag is for staff, not shown to the shopper');
  await flagged;
  const alerted = nextEvent<{ chat: { id: number } }>(staff, 'staff:handoff-requested');
  const waiting = ok(await socket.emitWithAck('chat:request-human', { chatId: calm.chat.id }));
  assert.is((await alerted).chat.id, calm.chat.id, 'online staff are alerted');
  assert.is(waiting.status, 'waiting');
  assert.is(app.ctx.db.select().from(chats).where(eq(chats.id, calm.chat.id)).get()!.status, 'waiting');
  const notes = messagesOf(app, calm.chat.id).filter((m) => m.role === 'system');
  assert.is(notes.length, 1);
  ok(await socket.emitWithAck('chat:request-human', { chatId: calm.chat.id }));
  assert.is(messagesOf(app, calm.chat.id).filter((m) => m.role === 'system').length, 1, 'asking again adds nothing');
});

test.run();
