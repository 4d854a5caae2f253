import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { suite } from 'uvu';
import * as assert from 'uvu/assert';
import { createMemoryState } from '../../shared-state/memory-state.js';
import { answersSettled, expectBusy, guestFrom, heldAnswer } from '../../test/answer-helpers.js';
import { ask, startChatApp } from '../../test/chat-helpers.js';
import type { TestApp } from '../../test/harness.js';
import type { ScriptedEngine } from '../../test/scripted-engine.js';
import { MEMBERSHIP_RENEW_MS, MEMBERSHIP_TTL_MS } from '../../shared-state/my-memberships.js';
import { BUSY_RETRY_MS } from './answer-gate.js';

/**
 * Two apps as two processes of one shop: one database file and one shared state (a memory state
 * both are handed, as the primary's is over IPC). The answers at once are the shop's, wherever
 * they run ([XPROC2]). Both clocks move together: the shared state's expiries compare them.
 */
const LIMITS = {
  TRUST_PROXY: '1',
  ASSISTANT_ANSWERS_PER_MINUTE_PER_IP: '10',
  ASSISTANT_ANSWERS_AT_ONCE_PER_IP: '1',
  ASSISTANT_ANSWERS_AT_ONCE: '2',
};

interface Side {
  app: TestApp;
  scripted: ScriptedEngine;
}
const test = suite<{ dir: string; a: Side; b: Side; advance(ms: number): void }>(
  'chat: answers at once across the processes of one shop',
);
test.before(async (ctx) => {
  ctx.dir = mkdtempSync(join(tmpdir(), 'vx-answer-places-'));
  const shared = createMemoryState();
  const env = { ...LIMITS, DATABASE_FILE: join(ctx.dir, 'shop.db') };
  ctx.a = await startChatApp(env, { shared });
  ctx.b = await startChatApp(env, { shared });
  ctx.b.app.clock.now = ctx.a.app.clock.now;
  ctx.advance = (ms) => {
    ctx.a.app.clock.advance(ms);
    ctx.b.app.clock.advance(ms);
  };
});
test.after(async ({ a, b, dir }) => {
  await Promise.all([a.app.stop(), b.app.stop()]);
  rmSync(dir, { recursive: true, force: true });
});
test.before.each(({ advance }) => advance(60_000));

test('[XPROC2] an answer running on A takes its address’s place on B too; once it ends, B answers', async ({
  a,
  b,
}) => {
  const held = await heldAnswer(a.app, a.scripted, await guestFrom(a.app, '10.1.0.1'));
  const onB = await guestFrom(b.app, '10.1.0.1');
  await expectBusy(b.app, onB, BUSY_RETRY_MS);
  held.hold.open();
  await held.ended; // settles once A has given the place back
  const { end } = await ask(onB, 'My turn?');
  assert.is(end.message.status, 'complete');
  await answersSettled(b.app);
});

test('[XPROC2] the shop’s answers at once count both processes: one on each, a third refused on either', async ({
  a,
  b,
}) => {
  const first = await heldAnswer(a.app, a.scripted, await guestFrom(a.app, '10.1.1.1'));
  const second = await heldAnswer(b.app, b.scripted, await guestFrom(b.app, '10.1.1.2'));
  await expectBusy(a.app, await guestFrom(a.app, '10.1.1.3'), BUSY_RETRY_MS);
  await expectBusy(b.app, await guestFrom(b.app, '10.1.1.4'), BUSY_RETRY_MS);
  for (const held of [first, second]) {
    held.hold.open();
    await held.ended;
  }
});

test('[XPROC2] a place is renewed while its answer runs, and lapses when its process stops renewing (it died)', async ({
  a,
  b,
  advance,
}) => {
  const held = await heldAnswer(a.app, a.scripted, await guestFrom(a.app, '10.1.2.1'));
  const onB = await guestFrom(b.app, '10.1.2.1');
  for (let moved = 0; moved <= MEMBERSHIP_TTL_MS; moved += MEMBERSHIP_RENEW_MS) {
    advance(MEMBERSHIP_RENEW_MS);
    await a.app.ctx.memberships.renew(); // what A's timer does
  }
  await expectBusy(b.app, onB, BUSY_RETRY_MS);
  advance(MEMBERSHIP_TTL_MS); // A renews no more, as if it had died
  const { end } = await ask(onB, 'Has the place lapsed?');
  assert.is(end.message.status, 'complete');
  held.hold.open();
  await held.ended;
  await answersSettled(b.app);
});

test.run();
