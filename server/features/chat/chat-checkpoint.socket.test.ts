import { suite } from 'uvu';
import * as assert from 'uvu/assert';
import type { ChatCard } from '../../../shared/chat.js';
import { answerEnd, committed, messageRow, send, startChatApp } from '../../test/chat-helpers.js';
import type { TestApp } from '../../test/harness.js';
import { gate, type ScriptedEngine } from '../../test/scripted-engine.js';
import { markInterruptedAnswers } from './answer-owner.js';
import { prepareAnswerCheckpoint } from './chat.repo.js';
import { ok } from '../../test/ack.js';

/**
 * Answer checkpoints (docs/decisions/014-answer-checkpoints.md): a tick every ASSISTANT_CHECKPOINT_MS
 * saves what each stream has shown, through the group commit, one write per stream per interval
 * at most. The app's clock is frozen unless a test moves it, so only the test
 * decides when something is due; the real crash is in chat-checkpoint.crash.test.ts.
 */
const INTERVAL = 1000;
const test = suite<{ app: TestApp; scripted: ScriptedEngine }>('chat: answers in progress are checkpointed');
test.before(async (ctx) => {
  Object.assign(ctx, await startChatApp({ ASSISTANT_CHECKPOINT_MS: String(INTERVAL) }));
  // Every write of an answer's content, in order, as the database sees it (a temp trigger lives
  // on this connection only, the app's own).
  ctx.app.ctx.db.$client.exec(`
    create temp table answer_writes (content text not null, status text not null);
    create temp trigger log_answer_writes after update of content on chat_messages
      begin insert into answer_writes values (new.content, new.status); end;`);
});
test.after(async ({ app }) => app.stop());
test.before.each(({ app }) => {
  app.clock.advance(60_000);
  app.ctx.db.$client.exec('delete from temp.answer_writes');
});

const writes = (app: TestApp) =>
  app.ctx.db.$client.prepare('select content, status from temp.answer_writes').all() as {
    content: string;
    status: string;
  }[];
const rowOf = messageRow;

test('[CKPT1] the tick an interval after the last saves the text shown, in one write for many tokens', async ({
  app,
  scripted,
}) => {
  const socket = await app.connect(await app.guestCookie());
  const [early, late, quiet] = [gate(), gate(), gate()];
  const tokens = Array.from({ length: 30 }, (_, i) => ({ text: `t${i} ` }));
  scripted.script(
    ...tokens,
    { gate: early },
    { text: 'almost ' },
    { gate: late },
    { text: 'due. ' },
    { text: 'And ' },
    { text: 'more.' },
    { gate: quiet },
    { text: 'End.' },
  );
  const end = answerEnd(socket);
  const sent = ok(await send(socket, 'Tell me a long story'));
  await early.reached;
  await committed(app);
  assert.equal(writes(app), [], '30 tokens shown at once: no write until the tick an interval later');

  app.clock.advance(INTERVAL - 1);
  early.open();
  await late.reached;
  await committed(app);
  assert.equal(writes(app), [], 'the next tick is 1 ms away');

  app.clock.advance(1);
  late.open();
  await quiet.reached;
  await committed(app);
  const shown = `${tokens.map((t) => t.text).join('')}almost due. And more.`;
  assert.equal(
    writes(app),
    [{ content: shown, status: 'streaming' }],
    'one checkpoint for 34 tokens, holding all of them',
  );
  assert.is(rowOf(app, sent.message.id + 1).content, shown);

  quiet.open();
  await end;
  assert.equal(
    writes(app).map((w) => w.status),
    ['streaming', 'complete'],
    'then only the final write',
  );
  assert.is(rowOf(app, sent.message.id + 1).content, `${shown}End.`);
});

test('[CKPT2] a stream that goes quiet is saved by the tick; one that shows nothing new is not written again', async ({
  app,
  scripted,
}) => {
  const socket = await app.connect(await app.guestCookie());
  const [thinking, done] = [gate(), gate()];
  const order: ChatCard = {
    kind: 'order',
    number: 'VX-1001',
    status: 'shipped',
    createdAt: '2026-12-01T10:00:00.000Z',
    totalCents: 59900,
    itemCount: 1,
    updatedAt: '2026-12-02T10:00:00.000Z',
  };
  scripted.script(
    { text: 'Let me look that up. ' },
    { card: order },
    { gate: thinking },
    { text: 'Found it.' },
    { gate: done },
  );
  const end = answerEnd(socket);
  const sent = ok(await send(socket, 'Where is my order?'));
  const answerId = sent.message.id + 1;
  await thinking.reached;
  app.clock.advance(INTERVAL);
  app.chat.checkpoints.tick(); // what the timer does while the engine waits on a tool or the upstream
  app.clock.advance(INTERVAL);
  app.chat.checkpoints.tick(); // a commit slower than the interval: the first tick's write is still on its way
  await committed(app);
  assert.is(writes(app).length, 1, "one tick's write on its way at a time");
  assert.equal(
    [rowOf(app, answerId).content, rowOf(app, answerId).cards],
    ['Let me look that up. ', [order]],
    'text and cards',
  );
  assert.is(rowOf(app, answerId).status, 'streaming');

  app.clock.advance(INTERVAL);
  app.chat.checkpoints.tick();
  await committed(app);
  assert.is(writes(app).length, 1, 'nothing new was shown: no second checkpoint');

  thinking.open();
  await done.reached;
  app.clock.advance(INTERVAL);
  app.chat.checkpoints.tick();
  await committed(app);
  assert.equal(
    writes(app).map((w) => w.content),
    ['Let me look that up. ', 'Let me look that up. Found it.'],
  );
  done.open();
  await end;
  assert.is(rowOf(app, answerId).status, 'complete');
});

test('[CKPT3] a checkpoint landing after the final write or a restart mark changes nothing', async ({
  app,
  scripted,
}) => {
  const socket = await app.connect(await app.guestCookie());
  const hold = gate();
  scripted.script({ text: 'Complete answer.' });
  const end = answerEnd(socket);
  ok(await send(socket, 'Hi'));
  const { message } = await end;
  const save = prepareAnswerCheckpoint(app.ctx.db);
  save(message.id, 'Complete', []);
  assert.equal([rowOf(app, message.id).content, rowOf(app, message.id).status], ['Complete answer.', 'complete']);

  scripted.script({ text: 'Seen before the crash. ' }, { gate: hold });
  const ended = answerEnd(socket);
  const sent = ok(await send(socket, 'And then?'));
  await hold.reached;
  app.clock.advance(INTERVAL);
  app.chat.checkpoints.tick();
  await committed(app);
  // What the next start does to a stream a killed process left behind (the process is alive here).
  assert.is(markInterruptedAnswers(app.ctx.db, app.clock.now), 1);
  save(sent.message.id + 1, 'Seen before the crash. More', []);
  const row = rowOf(app, sent.message.id + 1);
  assert.equal([row.content, row.status, row.errorCode], ['Seen before the crash. ', 'error', 'interrupted']);
  hold.open();
  await ended;
});

test('[CKPT5] one tick saves every stream with unsaved text at once, however recent (one turn: one commit)', async ({
  app,
  scripted,
}) => {
  const [first, second] = [await app.connect(await app.guestCookie()), await app.connect(await app.guestCookie())];
  const [holdFirst, holdSecond] = [gate(), gate()];
  const ends = [answerEnd(first), answerEnd(second)];
  scripted.script({ text: 'First shopper, early. ' }, { gate: holdFirst });
  ok(await send(first, 'Hello'));
  await holdFirst.reached;
  app.clock.advance(INTERVAL / 2);
  scripted.script({ text: 'Second shopper, half an interval later. ' }, { gate: holdSecond });
  ok(await send(second, 'Hello too'));
  await holdSecond.reached;
  app.clock.advance(INTERVAL / 2);
  app.chat.checkpoints.tick();
  await committed(app);
  assert.equal(
    writes(app)
      .map((w) => w.content)
      .sort(),
    ['First shopper, early. ', 'Second shopper, half an interval later. '],
  );
  holdFirst.open();
  holdSecond.open();
  await Promise.all(ends);
});

test.run();
