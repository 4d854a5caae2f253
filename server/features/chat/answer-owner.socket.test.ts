import { suite } from 'uvu';
import * as assert from 'uvu/assert';
import { ok } from '../../test/ack.js';
import { answerEnd, committed, messageRow, send, startChatApp } from '../../test/chat-helpers.js';
import type { TestApp } from '../../test/harness.js';
import { gate, type ScriptedEngine } from '../../test/scripted-engine.js';
import type { ChatErrorPush } from '../../../shared/chat.js';
import { nextEventWhere } from '../../test/harness.js';
import { ANSWER_HEARTBEAT_MS, ANSWER_STALE_MS, markInterruptedAnswers, sweepDeadOwners } from './answer-owner.js';

/**
 * Streams with an owner (docs/decisions/028-workers-cluster.md): the process relaying an answer
 * touches its heartbeat on the checkpoint timer, and another process's sweep marks it interrupted
 * only once that heartbeat is stale. The app's clock is frozen unless a test moves it.
 */
const test = suite<{ app: TestApp; scripted: ScriptedEngine }>('chat: a streaming answer has an owner and a heartbeat');
test.before(async (ctx) => {
  Object.assign(ctx, await startChatApp({ ASSISTANT_CHECKPOINT_MS: '1000' }));
});
test.after(async ({ app }) => app.stop());

const rowOf = messageRow;

test('[WORK5] the owner keeps its answer alive; the leader’s sweep marks it only when the heartbeat is stale, and tells its tab', async ({
  app,
  scripted,
}) => {
  const socket = await app.connect(await app.guestCookie());
  const hold = gate();
  scripted.script({ text: 'Still thinking' }, { gate: hold });
  const sent = ok(await send(socket, 'Hello?'));
  await hold.reached;
  const id = sent.message.id + 1;
  const reservedAt = app.clock.now;
  assert.equal([rowOf(app, id).owner, rowOf(app, id).heartbeatAt], [app.ctx.instanceId, reservedAt]);
  const other = { staleFor: ANSWER_STALE_MS, except: 'another-process' };

  // The owner's timer beats every period while the answer streams (quiet or not).
  for (let beat = 1; beat <= 4; beat++) {
    app.clock.advance(ANSWER_HEARTBEAT_MS);
    app.chat.checkpoints.tick();
    await committed(app);
    assert.is(rowOf(app, id).heartbeatAt, app.clock.now, `beat ${beat}`);
    assert.is(markInterruptedAnswers(app.ctx.db, app.clock.now, other), 0, 'alive: left alone');
  }
  // The owner stops beating (it died): a period later still alive, three periods later stale.
  app.clock.advance(ANSWER_STALE_MS - 1);
  assert.is(markInterruptedAnswers(app.ctx.db, app.clock.now, other), 0, 'not stale yet');
  const own = { staleFor: ANSWER_STALE_MS, except: app.ctx.instanceId };
  app.clock.advance(1);
  assert.is(markInterruptedAnswers(app.ctx.db, app.clock.now, own), 0, 'a process never marks its own live answers');
  // The leader (another process) sweeps: the answer is marked, and the tab watching it is told.
  const told = nextEventWhere<ChatErrorPush>(socket, 'chat:error', (p) => p.message.id === id);
  assert.is(sweepDeadOwners({ ...app.ctx, instanceId: 'another-process' }), 1, 'stale: marked by another process');
  assert.equal([rowOf(app, id).status, rowOf(app, id).errorCode], ['error', 'interrupted']);
  assert.equal((await told).error, { code: 'interrupted' });
  const ended = answerEnd(socket, sent.chat.id);
  hold.open();
  await ended;
});

test('[WORK5] no heartbeat is written while the process streams nothing', async ({ app }) => {
  const before = app.ctx.db.$client.prepare('select total_changes() as n').get();
  app.clock.advance(10 * ANSWER_HEARTBEAT_MS);
  app.chat.checkpoints.tick();
  await committed(app);
  assert.equal(app.ctx.db.$client.prepare('select total_changes() as n').get(), before);
});

test.run();
