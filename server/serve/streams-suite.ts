import { eq } from 'drizzle-orm';
import * as assert from 'uvu/assert';
import type { ChatDelta, ChatTranscript } from '../../shared/chat.js';
import type { StaffConversation } from '../../shared/staff.js';
import type { Db } from '../db/client.js';
import { chatMessages } from '../db/schema.js';
import { ok } from '../test/ack.js';
import { answerEnd, rebuild, recordDeltas, send } from '../test/chat-helpers.js';
import { type Cluster, type ClusterSuite, clusterSuite } from '../test/crash/workers-cluster.js';
import { guestCookie, tab } from '../test/crash/workers-server.js';
import { signedInStaff } from '../test/crash/workers-staff.js';
import { splitInto, text } from '../test/fake-openai/fake-openai.js';
import { nextEventWhere, type TestSocket } from '../test/harness.js';

/**
 * Chat streams across processes under WORKERS=2 (docs/decisions/031-streams-across-processes.md):
 * every answer here streams on worker 0 (the shopper's first tab is there) and is acted on from a
 * tab or a staff console on worker 1. Each answer comes from the cluster's fake OpenAI-compatible
 * server, paced (a piece every 120 ms) so it is still streaming when the test acts; the test acts on
 * the first delta. A suite on the cluster server/serve/workers.process.test.ts shares.
 */
const QUESTION = 'What is your return policy, and how long does shipping take?';
const LONG = 30_000;
/** ~4 s: 32 pieces, 120 ms apart. */
const ANSWER = text(splitInto('You can return anything within 30 days; shipping takes 2 to 4 days. '.repeat(2), 32), {
  delayMs: 120,
});

export function streamsSuite(variant: string, open: () => Promise<Cluster>): void {
  const test = clusterSuite(`WORKERS=2: chat streams across processes (${variant})`, open);

  /** One shopper with a tab on each worker; an answer streaming on worker 0 (its `seq`-th delta seen). */
  async function streamingOnWorker0(ctx: ClusterSuite, seq = 1) {
    ctx.model.enqueue(ANSWER);
    const cookie = await guestCookie(ctx.server.direct(0));
    const [a, b] = [await tab(ctx, ctx.server.direct(0), cookie), await tab(ctx, ctx.server.direct(1), cookie)];
    const delta = nextEventWhere<ChatDelta>(a, 'chat:delta', (d) => d.seq === seq, LONG);
    ok(await send(a, QUESTION));
    const { chatId, messageId } = await delta;
    return { a, b, chatId, messageId };
  }

  /** The end of the answer seen by `socket`; awaited later, so a failed assertion first must not leave it unhandled. */
  const endOf = (socket: TestSocket, chatId: number) => {
    const end = answerEnd(socket, chatId, LONG);
    end.catch(() => undefined);
    return end;
  };

  const stored = (db: Db, id: number) => db.select().from(chatMessages).where(eq(chatMessages.id, id)).get()!;

  test('[XSTREAM1] a second send from a tab on worker 1 while worker 0 streams is refused as busy', async (ctx) => {
    const { a, b, chatId, messageId } = await streamingOnWorker0(ctx);
    const second = await send(b, 'And to Canada?', { chatId });
    assert.equal(second, { ok: false, error: { code: 'conflict', reason: 'still_answering' } });
    const end = endOf(a, chatId);
    ok(await a.emitWithAck('chat:stop', { chatId }));
    await end;
    const rows = ctx.db
      .select()
      .from(chatMessages)
      .where(eq(chatMessages.chatId, chatId))
      .orderBy(chatMessages.id)
      .all();
    assert.equal(
      rows.map((r) => [r.role, r.content === 'And to Canada?']),
      [
        ['user', false],
        ['assistant', false],
      ],
      'one question, one answer: the refused message is not stored',
    );
    assert.is(rows[1]!.id, messageId);
  });

  test('[XSTREAM2] Stop pressed in a tab on worker 1 stops the answer streaming on worker 0', async (ctx) => {
    const { a, b, chatId, messageId } = await streamingOnWorker0(ctx);
    ok(await b.emitWithAck('chat:open', { chatId }));
    const [endA, endB] = [endOf(a, chatId), endOf(b, chatId)];
    const stopped = ok(await b.emitWithAck('chat:stop', { chatId }));
    assert.ok(stopped, 'the stop answers with the stopped message');
    assert.is(stopped!.status, 'stopped');
    for (const end of [await endA, await endB]) assert.equal(end.message, stopped, 'both tabs see it stopped');
    const row = stored(ctx.db, messageId);
    assert.is(row.status, 'stopped');
    assert.is(row.content, stopped!.content);
  });

  test('[XSTREAM2] a take-over from staff on worker 1 stops the answer streaming on worker 0 at once', async (ctx) => {
    const { a, b, chatId, messageId } = await streamingOnWorker0(ctx);
    ok(await b.emitWithAck('chat:open', { chatId }));
    const [endA, endB] = [endOf(a, chatId), endOf(b, chatId)];
    const staff = await tab(ctx, ctx.server.direct(1), await signedInStaff(ctx.db, ctx.server.direct(1), 'Cleo'));
    const taken = ok(await staff.emitWithAck('staff:take-over', { chatId })) as StaffConversation;
    assert.is(taken.chat.status, 'staff');
    // The take-over answers only once the answer is stopped and stored: "at once", not when it ends.
    const row = stored(ctx.db, messageId);
    assert.is(row.status, 'stopped', 'stored as a take-over marks it (as on one process)');
    for (const end of [await endA, await endB]) {
      assert.is(end.message.status, 'stopped', 'both of the shopper’s tabs see it stopped');
      assert.is(end.message.content, row.content);
    }
  });

  test('[XSTREAM3] a tab joining on worker 1 mid-answer gets the text so far, then every later delta once', async (ctx) => {
    const { a, b, chatId, messageId } = await streamingOnWorker0(ctx, 3);
    const deltas = recordDeltas(b);
    const [endA, endB] = [endOf(a, chatId), endOf(b, chatId)];
    const transcript = ok(await b.emitWithAck('chat:open', { chatId })) as ChatTranscript;
    const joined = transcript.messages.find((m) => m.id === messageId)!;
    assert.is(joined.status, 'streaming');
    assert.ok((joined.seq ?? 0) >= 3, `the text so far, from worker 0 (seq ${joined.seq})`);
    const end = await endB;
    await endA;
    assert.is(end.message.status, 'complete');
    const { text, seqs } = rebuild(transcript, messageId, deltas);
    const last = seqs.at(-1) ?? joined.seq!;
    assert.equal(
      seqs,
      Array.from({ length: last - joined.seq! }, (_, i) => joined.seq! + 1 + i),
      'every delta after the snapshot, once and in order',
    );
    assert.is(text, stored(ctx.db, messageId).content, 'snapshot + deltas = the stored answer');
  });

  test.run();
}
