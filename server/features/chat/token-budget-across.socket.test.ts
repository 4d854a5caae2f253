import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { suite } from 'uvu';
import * as assert from 'uvu/assert';
import { assistantTokenDays } from '../../db/schema.js';
import { ask, send } from '../../test/chat-helpers.js';
import { startFakeOpenAi, text, type FakeOpenAi } from '../../test/fake-openai/fake-openai.js';
import { startTestApp, type TestApp } from '../../test/harness.js';

const DAY = 24 * 60 * 60_000;

/**
 * Two apps as two processes of one shop on one database file, the `openai` engine against one
 * fake endpoint: the day's token budget is the database's count, so both spend one budget
 * ([XPROC3]). Each process has read the count before the other spent.
 */
const test = suite<{ dir: string; a: TestApp; b: TestApp; fake: FakeOpenAi }>(
  'chat: one daily token budget for every process',
);
test.before(async (ctx) => {
  ctx.fake = await startFakeOpenAi();
  ctx.dir = mkdtempSync(join(tmpdir(), 'vx-budget-across-'));
  const env = {
    OPENAI_BASE_URL: ctx.fake.baseURL,
    OPENAI_API_KEY: 'sk-test-never-shown',
    ASSISTANT_DAILY_TOKEN_BUDGET: '1000',
    DATABASE_FILE: join(ctx.dir, 'shop.db'),
  };
  ctx.a = await startTestApp(env);
  ctx.b = await startTestApp(env);
  ctx.a.clock.now = ctx.b.clock.now = Math.floor(Date.now() / DAY) * DAY + 60_000; // early in a UTC day
});
test.after(async ({ a, b, fake, dir }) => {
  await Promise.all([a.stop(), b.stop()]);
  await fake.close();
  rmSync(dir, { recursive: true, force: true });
});

test('[XPROC3] tokens spent on A count on B: past the day’s budget both refuse', async ({ a, b, fake }) => {
  const onA = await a.connect(await a.guestCookie());
  const onB = await b.connect(await b.guestCookie());
  fake.enqueue(text(['Hi from B.'], { usage: { prompt_tokens: 250, completion_tokens: 50 } }));
  assert.is((await ask(onB, 'Hello')).end.message.status, 'complete');
  fake.enqueue(text(['Hi from A.'], { usage: { prompt_tokens: 700, completion_tokens: 100 } }));
  assert.is((await ask(onA, 'Hello')).end.message.status, 'complete');
  const day = Math.floor(a.clock.now / DAY);
  assert.equal(a.ctx.db.select().from(assistantTokenDays).all(), [{ day, spent: 1100 }], 'one count in the file');
  for (const tab of [onA, onB]) {
    const refused = await send(tab, 'And more?');
    assert.equal(refused.ok ? 'answered' : [refused.error.code, refused.error.reason], [
      'rate_limited',
      'assistant_day_limit',
    ]);
  }
  assert.is(fake.requests.length, 2, 'no model call past the budget');
});

test.run();
