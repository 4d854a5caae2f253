import { suite } from 'uvu';
import * as assert from 'uvu/assert';
import { eq } from 'drizzle-orm';
import { chatMessages } from '../../db/schema.js';
import { EngineError } from '../../assistant/engine.js';
import { answerEnd, ask, recordDeltas, send, startChatApp } from '../../test/chat-helpers.js';
import type { TestApp } from '../../test/harness.js';
import { gate, type ScriptedEngine } from '../../test/scripted-engine.js';
import { markInterruptedAnswers } from './answer-owner.js';
import { ok } from '../../test/ack.js';

const test = suite<{ app: TestApp; scripted: ScriptedEngine }>('chat: stop, errors, retry');
test.before(async (ctx) => {
  Object.assign(ctx, await startChatApp());
});
test.after(async ({ app }) => app.stop());
test.before.each(({ app }) => app.clock.advance(60_000));

const rowOf = (app: TestApp, id: number) =>
  app.ctx.db.select().from(chatMessages).where(eq(chatMessages.id, id)).get()!;

test('[STOP1] Stop cancels the engine at once and keeps the partial answer, marked stopped, in every tab', async ({
  app,
  scripted,
}) => {
  const cookie = await app.guestCookie();
  const [tab1, tab2] = [await app.connect(cookie), await app.connect(cookie)];
  const { sent } = await ask(tab1, 'Hello');
  ok(await tab2.emitWithAck('chat:current', {}));
  const hold = gate(); // never opened: the engine is stuck, as on a slow upstream
  scripted.script({ text: 'Let me ' }, { text: 'check…' }, { gate: hold }, { text: 'never sent' });
  const ends = [answerEnd(tab1), answerEnd(tab2)];
  ok(await send(tab1, 'Tell me everything'));
  await hold.reached;
  const stopped = ok(await tab2.emitWithAck('chat:stop', { chatId: sent.chat.id }))!;
  assert.equal([stopped.status, stopped.content], ['stopped', 'Let me check…']);
  for (const end of await Promise.all(ends))
    assert.equal([end.message.id, end.message.status], [stopped.id, 'stopped']);
  assert.ok(scripted.turns.at(-1)!.signal.aborted, 'the engine was told to stop');
  assert.equal([rowOf(app, stopped.id).status, rowOf(app, stopped.id).content], ['stopped', 'Let me check…']);
  assert.is(ok(await tab1.emitWithAck('chat:stop', { chatId: sent.chat.id })), null, 'nothing left to stop');
  hold.open();
});

test('[STOP2] Retry after a stop answers the same question again', async ({ app, scripted }) => {
  const socket = await app.connect(await app.guestCookie());
  const hold = gate();
  scripted.script({ text: 'Half' }, { gate: hold });
  const stopped = answerEnd(socket);
  const sent = ok(await send(socket, 'What is the return window?'));
  await hold.reached;
  ok(await socket.emitWithAck('chat:stop', { chatId: sent.chat.id }));
  await stopped;
  scripted.script({ text: 'You have 30 days.' });
  const end = answerEnd(socket);
  const retried = ok(await socket.emitWithAck('chat:retry', { chatId: sent.chat.id }));
  assert.equal([retried.role, retried.status, retried.seq], ['assistant', 'streaming', 0]);
  assert.is((await end).message.content, 'You have 30 days.');
  assert.is(scripted.turns.at(-1)!.userText, 'What is the return window?');
  const again = await socket.emitWithAck('chat:retry', { chatId: sent.chat.id });
  assert.is(!again.ok && again.error.code, 'conflict', 'a complete answer is not retried');
});

test('[ERR1] an engine failure after some text ends with chat:error; the text so far is kept; retry works', async ({
  app,
  scripted,
}) => {
  const socket = await app.connect(await app.guestCookie());
  scripted.script(
    { text: 'The Vision X ' },
    { fail: new EngineError('upstream', 'HTTP 500 from upstream with secret details') },
  );
  const deltas = recordDeltas(socket);
  const failed = await ask(socket, 'Tell me about the Vision X');
  assert.is(failed.end.message.status, 'error');
  assert.is(failed.end.message.content, 'The Vision X ');
  assert.equal(failed.end.message.error, { code: 'upstream' });
  assert.not.match(JSON.stringify(failed.end), 'secret', 'upstream details stay on the server');
  assert.is(deltas.length, 1);
  assert.is(rowOf(app, failed.end.message.id).errorCode, 'upstream');
  const end = answerEnd(socket);
  ok(await socket.emitWithAck('chat:retry', { chatId: failed.sent.chat.id }));
  assert.is((await end).message.status, 'complete');
  const transcript = ok(await socket.emitWithAck('chat:current', {}))!;
  assert.equal(
    transcript.messages.map((m) => m.status),
    ['complete', 'error', 'complete'],
    'the failed answer stays, marked',
  );
  assert.is(scripted.turns.at(-1)!.history.length, 0, 'a failed answer is not fed back to the engine');
});

test('[ERR2] an unexpected engine crash is answered `internal`, and nothing of it travels', async ({
  app,
  scripted,
}) => {
  const socket = await app.connect(await app.guestCookie());
  scripted.script({ fail: new TypeError('cannot read properties of undefined') });
  const { end } = await ask(socket, 'Hi');
  assert.equal(end.message.error, { code: 'internal' });
});

test('[ERR3] answers left streaming by a crashed process are marked interrupted at start', async ({
  app,
  scripted,
}) => {
  const socket = await app.connect(await app.guestCookie());
  const hold = gate();
  scripted.script({ text: 'partial' }, { gate: hold });
  const sent = ok(await send(socket, 'Hello'));
  await hold.reached;
  const streaming = app.ctx.db.select().from(chatMessages).where(eq(chatMessages.status, 'streaming')).all();
  assert.is(streaming.length, 1);
  // What a restart sees; here the process is alive, so only its check is exercised on the row.
  assert.is(markInterruptedAnswers(app.ctx.db, app.clock.now), 1);
  assert.equal([rowOf(app, streaming[0]!.id).status, rowOf(app, streaming[0]!.id).errorCode], ['error', 'interrupted']);
  const end = answerEnd(socket, sent.chat.id);
  hold.open();
  await end;
});

test.run();
