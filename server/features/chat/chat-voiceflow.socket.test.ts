import { suite } from 'uvu';
import * as assert from 'uvu/assert';
import { eq } from 'drizzle-orm';
import type { ChatDelta, ChatSummary, ChatTranscript } from '../../../shared/chat.js';
import { voiceflowUserId } from '../../assistant/voiceflow/user-id.js';
import { chatMessages, chats } from '../../db/schema.js';
import { ok } from '../../test/ack.js';
import { answerEnd, ask, recordDeltas, send } from '../../test/chat-helpers.js';
import {
  choiceTrace,
  completionTraces,
  endTrace,
  handoffTrace,
  startFakeVoiceflow,
  textTrace,
  type FakeVoiceflow,
} from '../../test/fake-voiceflow/fake-voiceflow.js';
import { nextEventWhere, startTestApp, type TestApp } from '../../test/harness.js';
import { signInStaff } from '../../test/helpers.js';
import { VF_KEY, VF_PROJECT, VF_SECRET } from '../../test/voiceflow-fixtures.js';

/**
 * The whole path with ASSISTANT_ENGINE=voiceflow: the app as `npm start` builds it from the
 * environment (a real SQLite file, real sockets), against the local fake Voiceflow runtime.
 */
const test = suite<{ app: TestApp; fake: FakeVoiceflow }>('chat through a Voiceflow agent');
test.before.each(async (ctx) => {
  ctx.fake = await startFakeVoiceflow({ apiKey: VF_KEY, projectId: VF_PROJECT });
  ctx.app = await startTestApp({
    ASSISTANT_ENGINE: 'voiceflow',
    VOICEFLOW_API_KEY: VF_KEY,
    VOICEFLOW_BASE_URL: ctx.fake.baseUrl,
    VOICEFLOW_PROJECT_ID: VF_PROJECT,
  });
});
test.after.each(async ({ app, fake }) => {
  await app.stop();
  await fake.close();
});

const statusOf = (app: TestApp, chatId: number) =>
  app.ctx.db.select({ status: chats.status }).from(chats).where(eq(chats.id, chatId)).get()?.status;
const summaryWhere = (socket: Parameters<typeof recordDeltas>[0], status: ChatSummary['status']) =>
  nextEventWhere<ChatSummary>(socket, 'chat:updated', (s) => s.status === status);

test('[VF1] [VF2] [VF12] deltas stream to both tabs; quick replies are stored, pushed and resumed; the user id is no email', async ({
  app,
  fake,
}) => {
  const { cookie, email } = await app.register(undefined, undefined, 'Ada Lovelace');
  const [tab1, tab2] = [await app.connect(cookie), await app.connect(cookie)];
  fake.enqueue({ type: 'traces', traces: [textTrace('Welcome!')] });
  const { sent } = await ask(tab1, 'Hello');
  ok(await tab2.emitWithAck('chat:current', {}));
  fake.enqueue({
    type: 'traces',
    traces: [...completionTraces(['Your order ', 'has shipped.']), choiceTrace(['Track it', 'Talk to a person'])],
  });
  const [d1, d2] = [recordDeltas(tab1), recordDeltas(tab2)];
  const ends = Promise.all([answerEnd(tab1, sent.chat.id), answerEnd(tab2, sent.chat.id)]);
  ok(await send(tab1, 'Where is my order?', { chatId: sent.chat.id }));
  const [end] = await ends;
  assert.equal(
    d1.map((d) => d.kind),
    ['text', 'text', 'card'],
  );
  assert.equal(d1, d2, 'both tabs got the same deltas');
  const quick = { kind: 'quick-replies', options: ['Track it', 'Talk to a person'] };
  assert.equal((d1[2] as Extract<ChatDelta, { kind: 'card' }>).card, quick);
  assert.equal([end.message.content, end.message.cards], ['Your order has shipped.', [quick]]);
  const row = app.ctx.db.select().from(chatMessages).where(eq(chatMessages.id, end.message.id)).get()!;
  assert.equal(row.cards, [quick]);
  const resumed = ok(await (await app.connect(cookie)).emitWithAck('chat:current', {})) as ChatTranscript;
  assert.equal(resumed.messages.at(-1)!.cards, [quick]);
  // One user id for the conversation, made from its id and the secret: neither the email nor the number.
  const ids = fake.requests.map((r) => r.userId);
  assert.equal(ids, [voiceflowUserId(VF_SECRET, sent.chat.id), voiceflowUserId(VF_SECRET, sent.chat.id)]);
  assert.not.match(JSON.stringify(fake.requests.map((r) => [r.path, r.body])), email);
  assert.is.not(ids[0], String(sent.chat.id));
  assert.is(fake.requests[1]!.body.state.variables.shopper_first_name, 'Ada');
  assert.equal(fake.requests[1]!.body.action, { type: 'text', payload: 'Where is my order?' });
});

test('[VF5] a hand-off trace makes the conversation wait for staff; an end trace closes it, and a message reopens it', async ({
  app,
  fake,
}) => {
  const socket = await app.connect(await app.guestCookie());
  fake.enqueue({ type: 'traces', traces: [textTrace('Let me find someone.'), handoffTrace('asked for a person')] });
  const { sent, end } = await ask(socket, 'I want a person');
  assert.is(end.message.status, 'complete');
  assert.is(statusOf(app, sent.chat.id), 'waiting');
  assert.equal(
    end.message.content,
    'Let me find someone.',
    'the hand-off itself shows as the system note, not as answer text',
  );

  const other = await app.connect(await app.guestCookie());
  fake.enqueue({ type: 'traces', traces: [textTrace('Goodbye!'), endTrace()] });
  const closed = summaryWhere(other, 'closed');
  const bye = await ask(other, 'That is all, thanks');
  assert.is((await closed).id, bye.sent.chat.id);
  assert.is(statusOf(app, bye.sent.chat.id), 'closed');
  fake.enqueue({ type: 'traces', traces: [textTrace('Welcome back.')] });
  const again = await ask(other, 'One more thing', { chatId: bye.sent.chat.id });
  assert.equal([again.end.message.content, statusOf(app, bye.sent.chat.id)], ['Welcome back.', 'ai']);
});

test('[VF9] a staff take-over mid-stream stops the answer and the request to Voiceflow; resume shows what was stored; hand back answers again', async ({
  app,
  fake,
}) => {
  const cookie = await app.guestCookie();
  const socket = await app.connect(cookie);
  fake.enqueue({ type: 'traces', traces: completionTraces(['Checking that ', 'for you']), stallAfter: 2 });
  const end = answerEnd(socket);
  const firstText = nextEventWhere<ChatDelta>(socket, 'chat:delta', (d) => d.kind === 'text');
  const sent = ok(await send(socket, 'Is the Vision Go waterproof?'));
  await firstText;
  const staff = await app.connect((await signInStaff(app)).cookie);
  ok(await staff.emitWithAck('staff:take-over', { chatId: sent.chat.id }));
  const stopped = (await end).message;
  assert.equal([stopped.status, stopped.content], ['stopped', 'Checking that ']);
  assert.is(await fake.requests[0]!.closedWithin(3000), true, 'the abort reached Voiceflow');
  const resumed = ok(await (await app.connect(cookie)).emitWithAck('chat:current', {})) as ChatTranscript;
  const shown = resumed.messages.find((m) => m.id === stopped.id)!;
  assert.equal([shown.status, shown.content], ['stopped', 'Checking that ']);

  ok(await staff.emitWithAck('staff:hand-back', { chatId: sent.chat.id }));
  fake.enqueue({ type: 'traces', traces: [textTrace('Yes, IP68.')] });
  const next = await ask(socket, 'So is it?', { chatId: sent.chat.id });
  assert.is(next.end.message.content, 'Yes, IP68.');
  assert.is(fake.requests[1]!.userId, fake.requests[0]!.userId);
});

test('[VF7] a refused key ends the answer in chat:error with its code only', async ({ app, fake }) => {
  fake.enqueue({ type: 'status', status: 401, body: { message: `invalid key ${VF_KEY}` } });
  const socket = await app.connect(await app.guestCookie());
  const { end } = await ask(socket, 'Hello?');
  assert.equal([end.message.status, end.message.error?.code], ['error', 'upstream']);
  assert.not.match(JSON.stringify(end), VF_KEY);
});

test.run();
