import { suite } from 'uvu';
import * as assert from 'uvu/assert';
import { eq } from 'drizzle-orm';
import type { ChatDelta } from '../../../shared/chat.js';
import { chatMessages } from '../../db/schema.js';
import { ask, recordDeltas } from '../../test/chat-helpers.js';
import { startFakeOpenAi, status, text, toolCalls, type FakeOpenAi } from '../../test/fake-openai/fake-openai.js';
import { startTestApp, type TestApp } from '../../test/harness.js';

/**
 * The whole path with a configured OpenAI-compatible endpoint (docs/ARCHITECTURE.md §6: with a
 * key or any compatible server the same UI streams a real model): the app as `npm start` builds
 * it from the environment, over real sockets, against the local fake speaking the SSE wire format.
 */
const test = suite<{ app: TestApp; fake: FakeOpenAi }>('chat through an OpenAI-compatible endpoint');
test.before(async (ctx) => {
  ctx.fake = await startFakeOpenAi();
  ctx.app = await startTestApp({
    OPENAI_BASE_URL: ctx.fake.baseURL,
    OPENAI_API_KEY: 'sk-test-never-shown',
    OPENAI_MODEL: 'fake-model',
  });
});
test.after(async ({ app, fake }) => {
  await app.stop();
  await fake.close();
});
test.before.each(({ app }) => app.clock.advance(60_000));

test("[OAI1] tokens stream as deltas; a tool call runs with the shopper's identity and its card shows; usage is stored", async ({
  app,
  fake,
}) => {
  fake.enqueue(
    toolCalls([{ name: 'product_details', arguments: JSON.stringify({ slug: 'vision-go' }), pieces: 3 }], {
      usage: { prompt_tokens: 900, completion_tokens: 20 },
    }),
    text(['The Vision Go ', 'starts at ', '$349.00.'], { usage: { prompt_tokens: 1200, completion_tokens: 12 } }),
  );
  const socket = await app.connect(await app.guestCookie());
  const deltas = recordDeltas(socket);
  const { end } = await ask(socket, 'How much is the Vision Go?');
  assert.is(end.message.content, 'The Vision Go starts at $349.00.');
  assert.equal(
    deltas.map((d) => d.kind),
    ['card', 'text', 'text', 'text'],
  );
  const card = (deltas[0] as Extract<ChatDelta, { kind: 'card' }>).card;
  assert.equal([card.kind, card.kind === 'product' && card.slug], ['product', 'vision-go']);
  const row = app.ctx.db.select().from(chatMessages).where(eq(chatMessages.id, end.message.id)).get()!;
  assert.equal([row.promptTokens, row.completionTokens], [2100, 32]);
  assert.equal(
    row.toolCalls.map((c) => [c.name, c.ok]),
    [['product_details', true]],
  );
  const [first, second] = [fake.requests[0]!.body, fake.requests[1]!.body];
  assert.is(first.model, 'fake-model');
  assert.ok(first.stream);
  assert.equal(first.messages.at(-1), { role: 'user', content: 'How much is the Vision Go?' });
  assert.ok(
    first.tools.some((t: { function: { name: string } }) => t.function.name === 'propose_cart_change'),
    "the sales department's tools",
  );
  assert.ok(
    second.messages.some((m: { role: string }) => m.role === 'tool'),
    'the tool result went back to the model',
  );
  assert.match(fake.requests[0]!.headers.authorization ?? '', 'Bearer sk-test-never-shown');
});

test("[OAI2] the next turn carries the earlier exchange, the assistant's answer included", async ({ app, fake }) => {
  fake.enqueue(text(['Hello! ', 'How can I help?']), text(['Sure.']));
  const socket = await app.connect(await app.guestCookie());
  await ask(socket, 'Hi');
  await ask(socket, 'Tell me more');
  const history = fake.requests.at(-1)!.body.messages.filter((m: { role: string }) => m.role !== 'system');
  assert.equal(history, [
    { role: 'user', content: 'Hi' },
    { role: 'assistant', content: 'Hello! How can I help?' },
    { role: 'user', content: 'Tell me more' },
  ]);
});

test('[OAI3] an upstream that keeps failing ends in chat:error with its code only; no key or body reaches the shopper', async ({
  app,
  fake,
}) => {
  fake.enqueue(status(500, {}, { error: { message: 'internal key sk-test-never-shown' } }), status(500), status(500));
  const socket = await app.connect(await app.guestCookie());
  const { end } = await ask(socket, 'Hello?', { timeoutMs: 15_000 }); // two retries with backoff first
  assert.is(end.message.status, 'error');
  assert.is(end.message.error?.code, 'upstream');
  assert.not.match(JSON.stringify(end), 'sk-test');
});

test("[OAI4] the model is told today's date from the app clock and to answer in the language of the message", async ({
  app,
  fake,
}) => {
  // A Wednesday in January: the weekday lets the model work out "before Friday?".
  app.clock.now = Date.UTC(2027, 0, 6, 9, 30);
  fake.enqueue(text(['Oui, ', 'elle arrive vendredi.']), text(['Yes.']));
  const socket = await app.connect(await app.guestCookie());
  await ask(socket, 'Bonjour, est-ce que ma commande arrivera avant vendredi ?');
  const french = fake.requests.at(-1)!.body.messages[0].content as string;
  assert.match(french, 'Today is Wednesday 6 January 2027 (2027-01-06, UTC).');
  assert.match(french, 'The shopper writes in French: answer in French.');
  await ask(socket, 'Will my order arrive before Friday?');
  const english = fake.requests.at(-1)!.body.messages[0].content as string;
  assert.match(english, 'Answer in English');
  assert.not.match(english, 'French');
});

test.run();
