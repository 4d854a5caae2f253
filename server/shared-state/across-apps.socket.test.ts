import { suite } from 'uvu';
import * as assert from 'uvu/assert';
import type { ChildProcess } from 'node:child_process';
import { openDatabase } from '../db/client.js';
import { startTestApp, type TestApp } from '../test/harness.js';
import { exited, startStateProcess } from '../test/shared-state-processes.js';
import { ipcSharedState } from './ipc-state.js';

/**
 * Two apps on one database file, each asking its limits of a third, real process over IPC: what
 * two workers of `WORKERS=2` are to the limits. A session's allowance is one, wherever its
 * requests land ([SHARED1], [SHARED4]).
 */
const test = suite<{ primary: ChildProcess; a: TestApp; b: TestApp; close(): void }>(
  'rate limits across the processes of one shop',
);
const socketRateLimit = { capacity: 4, refillPerSecond: 0.001 };

test.before(async (ctx) => {
  ctx.primary = await startStateProcess('serve');
  ctx.a = await startTestApp({}, { shared: ipcSharedState(ctx.primary), socketRateLimit });
  const db = openDatabase(ctx.a.dbFile);
  ctx.b = await startTestApp({}, { shared: ipcSharedState(ctx.primary), socketRateLimit, db });
  ctx.close = () => db.$client.close();
});
test.after(async ({ primary, a, b, close }) => {
  await b.stop();
  close();
  await a.stop();
  primary.disconnect();
  await exited(primary);
});

test('[SHARED1] a session’s socket allowance is spent on either process: past it, both refuse', async ({ a, b }) => {
  const cookie = await a.guestCookie();
  const [onA, onB] = [await a.connect(cookie), await b.connect(cookie)];
  const answers = [];
  for (const tab of [onA, onB, onA, onB]) answers.push(await tab.emitWithAck('cart:get', {}));
  assert.ok(
    answers.every((r) => r.ok),
    'four requests, two on each',
  );
  for (const tab of [onA, onB]) {
    const refused = await tab.emitWithAck('cart:get', {});
    assert.equal(refused.ok ? 'ok' : [refused.error.code, refused.error.reason], ['rate_limited', 'too_many_requests']);
  }
  const other = await b.connect(await b.guestCookie());
  assert.ok((await other.emitWithAck('cart:get', {})).ok, 'another session has its own allowance');
});

test.run();
