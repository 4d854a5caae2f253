import { suite } from 'uvu';
import * as assert from 'uvu/assert';
import type { CartProposalData, ChatTranscript } from '../../../shared/chat.js';
import { openDatabase } from '../../db/client.js';
import { ok } from '../../test/ack.js';
import { answerEnd, messageRow, send, startChatApp } from '../../test/chat-helpers.js';
import { startTestApp, type TestApp } from '../../test/harness.js';
import { type RedisServer, redisServerOrSkip, startRedisServer } from '../../test/redis-server.js';
import { gate, type ScriptedEngine, type Step } from '../../test/scripted-engine.js';

const proposalIn = (cards: { kind: string }[]) => cards.find((c): c is CartProposalData => c.kind === 'cart-proposal')!;

/**
 * Two apps on one database file and one Redis (the Redis Streams adapter carries their rooms and
 * server-side emits): an answer streams on A, held by the scripted engine, and a tab on B acts on
 * it. What two processes of one shop are to a stream ([XSTREAM2]–[XSTREAM4]).
 */
const redisBin = redisServerOrSkip('chat streams between two apps on Redis (stream-owners.socket.test.ts)');
const test = suite<{ a: TestApp; b: TestApp; scripted: ScriptedEngine; redis: RedisServer; close(): void }>(
  'chat: the owner of an answer is asked by the other processes',
);

if (redisBin) {
  test.before(async (ctx) => {
    ctx.redis = await startRedisServer(redisBin);
    // The stored checkpoint lags: what B shows mid-answer can only come from A.
    const env = { REDIS_URL: ctx.redis.url, ASSISTANT_CHECKPOINT_MS: '60000' };
    const started = await startChatApp(env);
    ctx.a = started.app;
    ctx.scripted = started.scripted;
    const db = openDatabase(ctx.a.dbFile);
    ctx.b = await startTestApp(env, { db, assistant: ctx.a.chat.assistant });
    ctx.close = () => db.$client.close();
  });
  test.after(async ({ a, b, redis, close }) => {
    await b.stop();
    close();
    await a.stop();
    await redis.close();
  });

  /** A shopper with a tab on each app and an answer on A held after its first steps. */
  async function heldOnA({ a, b, scripted }: { a: TestApp; b: TestApp; scripted: ScriptedEngine }, ...first: Step[]) {
    const cookie = await a.guestCookie();
    const [onA, onB] = [await a.connect(cookie), await b.connect(cookie)];
    const hold = gate();
    scripted.script(...first, { gate: hold }, { text: ' The end.' });
    const sent = ok(await send(onA, 'Hello'));
    await hold.reached;
    const chatId = sent.chat.id;
    return { onA, onB, hold, chatId };
  }

  test('[XSTREAM3] a tab on B gets the text so far from A, with its seq', async (ctx) => {
    const { onB, hold, chatId } = await heldOnA(ctx, { text: 'One, ' }, { text: 'two, ' });
    const transcript = ok(await onB.emitWithAck('chat:open', { chatId })) as ChatTranscript;
    const answer = transcript.messages.at(-1)!;
    assert.equal([answer.status, answer.content, answer.seq], ['streaming', 'One, two, ', 2]);
    const end = answerEnd(onB, chatId);
    hold.open();
    assert.is((await end).message.content, 'One, two,  The end.');
  });

  test('[XSTREAM2] Stop from a tab on B stops the answer on A and answers the stored message', async (ctx) => {
    const { onA, onB, chatId } = await heldOnA(ctx, { text: 'Half ' });
    const end = answerEnd(onA, chatId);
    const stopped = ok(await onB.emitWithAck('chat:stop', { chatId }));
    assert.equal([stopped?.status, stopped?.content], ['stopped', 'Half ']);
    assert.equal((await end).message, stopped, 'the tab on A sees it stopped');
    assert.is(messageRow(ctx.a, stopped!.id).status, 'stopped');
  });

  test('[XSTREAM4] a proposal answered from B mid-answer on A is kept by A’s final write', async (ctx) => {
    const propose = { tool: 'propose_cart_change', args: { slug: 'vision-go', colour: 'Coral', storageGb: 256 } };
    const { onA, onB, hold, chatId } = await heldOnA(ctx, propose);
    const transcript = ok(await onB.emitWithAck('chat:open', { chatId })) as ChatTranscript;
    const streaming = transcript.messages.at(-1)!;
    const proposal = proposalIn(streaming.cards);
    const input = { chatId, messageId: streaming.id, proposalId: proposal.id, accept: true };
    const answer = ok(await onB.emitWithAck('chat:proposal-answer', input));
    assert.is(proposalIn(answer.message.cards).state, 'accepted');
    assert.equal(
      answer.cart!.lines.map((l) => l.variantId),
      [proposal.variantId],
    );
    const end = answerEnd(onA, chatId);
    hold.open();
    const final = (await end).message;
    assert.is(proposalIn(final.cards).state, 'accepted', 'A’s final write keeps the card answered on B');
    assert.is(proposalIn(messageRow(ctx.a, final.id).cards).state, 'accepted');
  });
}

test.run();
