import { suite } from 'uvu';
import * as assert from 'uvu/assert';
import { chatMessages } from '../../db/schema.js';
import { ask, send } from '../../test/chat-helpers.js';
import { startFakeOpenAi, text, type FakeOpenAi } from '../../test/fake-openai/fake-openai.js';
import { startTestApp, type TestApp } from '../../test/harness.js';
import { rowCount } from '../../test/helpers.js';
import { createAnswerGate } from './answer-gate.js';

const DAY = 24 * 60 * 60_000;

/**
 * ASSISTANT_DAILY_TOKEN_BUDGET with the `openai` engine, against the local fake endpoint: once
 * the day's tokens are used, a shopper's message is refused with a plain sentence and no model
 * call is made; the next UTC day the budget is whole again.
 */
const test = suite<{ app: TestApp; fake: FakeOpenAi }>('chat: the daily token budget');
test.before(async (ctx) => {
  ctx.fake = await startFakeOpenAi();
  ctx.app = await startTestApp({
    OPENAI_BASE_URL: ctx.fake.baseURL,
    OPENAI_API_KEY: 'sk-test-never-shown',
    ASSISTANT_DAILY_TOKEN_BUDGET: '1000',
  });
  ctx.app.clock.now = Math.floor(ctx.app.clock.now / DAY) * DAY + 60_000; // early in a UTC day
});
test.after(async ({ app, fake }) => {
  await app.stop();
  await fake.close();
});

test("[BUDGET1] past the day's budget a message is refused, nothing is stored and the model is not called; tomorrow it answers", async ({
  app,
  fake,
}) => {
  fake.enqueue(text(['Hello! ', 'How can I help?'], { usage: { prompt_tokens: 900, completion_tokens: 150 } }));
  const socket = await app.connect(await app.guestCookie());
  const { end } = await ask(socket, 'Hi');
  assert.is(end.message.status, 'complete');
  const [calls, stored] = [fake.requests.length, rowCount(app, chatMessages)];
  app.clock.advance(60_000);
  const refused = await send(socket, 'Tell me more');
  assert.is(!refused.ok && refused.error.code, 'rate_limited');
  assert.is(!refused.ok && refused.error.reason, 'assistant_day_limit');
  assert.is(fake.requests.length, calls, 'no model call');
  assert.is(rowCount(app, chatMessages), stored, 'nothing stored');
  app.clock.advance(DAY);
  fake.enqueue(text(['Sure.'], { usage: { prompt_tokens: 10, completion_tokens: 2 } }));
  const { end: tomorrow } = await ask(socket, 'Tell me more');
  assert.is(tomorrow.message.content, 'Sure.');
});

test("[BUDGET2] a restart keeps the day's count: it is read back from the database", async ({ app }) => {
  const restarted = (budget: number) =>
    createAnswerGate({ ...app.ctx, config: { ...app.ctx.config, ASSISTANT_DAILY_TOKEN_BUDGET: budget } });
  assert.not.ok(restarted(1050).budgetLeft(app.clock.now - DAY), 'the first day used 1,050 tokens');
  assert.ok(restarted(13).budgetLeft(app.clock.now), 'the second day has used 12 so far');
  assert.not.ok(restarted(12).budgetLeft(app.clock.now));
});

test.run();
