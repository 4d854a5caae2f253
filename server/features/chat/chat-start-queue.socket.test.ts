import { suite } from 'uvu';
import * as assert from 'uvu/assert';
import { answerEnd, recordDeltas, send, startChatApp } from '../../test/chat-helpers.js';
import { ok } from '../../test/ack.js';
import { signInStaff } from '../../test/helpers.js';
import type { TestApp } from '../../test/harness.js';
import type { ScriptedEngine } from '../../test/scripted-engine.js';
import { closeChatHub } from './chat-hub.js';
import { createStartQueue } from './start-queue.js';

/**
 * The start queue in the real app ([HOT2]), its turns held by the test: `turn()` runs the next
 * booked turn of the loop, so what waits in the queue can be looked at and stopped.
 */
const test = suite<{ app: TestApp; scripted: ScriptedEngine; turns: (() => void)[] }>('chat: the start queue');
test.before.each(async (ctx) => {
  Object.assign(ctx, await startChatApp());
  ctx.turns = [];
  ctx.app.chat.starts = createStartQueue((run) => ctx.turns.push(run));
});
test.after.each(async ({ app }) => app.stop());

const turn = (turns: (() => void)[]) => turns.shift()!();
const shopper = async (app: TestApp) => app.connect(await app.guestCookie());

test('[HOT2] answers start in the order they were sent, one per turn, each once', async ({ app, scripted, turns }) => {
  const [a, b] = [await shopper(app), await shopper(app)];
  const ends = [answerEnd(a), answerEnd(b)] as const;
  ok(await send(a, 'first'));
  ok(await send(b, 'second'));
  assert.is(app.chat.starts.size, 2);
  assert.equal(scripted.turns, [], 'acked, and no start-up work done yet');
  turn(turns);
  await new Promise((resolve) => setImmediate(resolve));
  assert.equal(
    scripted.turns.map((t) => t.userText),
    ['first'],
  );
  turn(turns);
  const [endA, endB] = await Promise.all(ends);
  assert.equal(
    scripted.turns.map((t) => t.userText),
    ['first', 'second'],
  );
  assert.equal([endA.message.content, endB.message.content], ['You said: first', 'You said: second']);
  assert.equal([turns.length, app.chat.starts.size], [0, 0]);
});

test('[HOT2] a stream stopped while queued leaves the queue and ends stopped, without its start-up work', async ({
  app,
  scripted,
  turns,
}) => {
  const socket = await shopper(app);
  const deltas = recordDeltas(socket);
  const end = answerEnd(socket);
  const sent = ok(await send(socket, 'never mind'));
  assert.is(app.chat.starts.size, 1);
  const stopped = ok(await socket.emitWithAck('chat:stop', { chatId: sent.chat.id }))!;
  assert.equal([stopped.status, stopped.content], ['stopped', '']);
  assert.equal([(await end).message.id, (await end).message.status], [stopped.id, 'stopped']);
  assert.is(app.chat.starts.size, 0, 'left the queue');
  while (turns.length) turn(turns); // the turn booked for it finds nothing
  await new Promise((resolve) => setImmediate(resolve));
  assert.equal([scripted.turns.length, deltas.length], [0, 0], 'no retrieval, no engine call, no delta');
  // The conversation is free again: the next message is answered.
  const next = answerEnd(socket);
  ok(await send(socket, 'hello again', { chatId: sent.chat.id }));
  turn(turns);
  assert.is((await next).message.content, 'You said: hello again');
});

test('[HOT2] taken over by staff while queued: ended stopped; at shutdown: ended interrupted', async ({
  app,
  turns,
}) => {
  const a = await shopper(app);
  const endA = answerEnd(a);
  const sentA = ok(await send(a, 'a person please'));
  const staff = await app.connect((await signInStaff(app)).cookie);
  ok(await staff.emitWithAck('staff:take-over', { chatId: sentA.chat.id }));
  assert.equal([(await endA).message.status, app.chat.starts.size], ['stopped', 0]);
  const b = await shopper(app);
  const sentB = ok(await send(b, 'still there?'));
  assert.is(app.chat.starts.size, 1);
  await closeChatHub(app.chat);
  assert.is(app.chat.starts.size, 0);
  assert.equal(turns.length, 1, 'the booked turn is left to find nothing');
  const row = app.ctx.db.$client
    .prepare('select status, error_code from chat_messages where chat_id = ? and role = ?')
    .get(sentB.chat.id, 'assistant');
  assert.equal(row, { status: 'error', error_code: 'interrupted' });
});

test.run();
