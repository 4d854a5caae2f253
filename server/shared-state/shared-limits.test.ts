import { suite } from 'uvu';
import * as assert from 'uvu/assert';
import { captureLog } from '../test/log-capture.js';
import { goneState } from '../test/shared-state-processes.js';
import { createMemoryState } from './memory-state.js';
import {
  createSharedLimits,
  LimitUnavailableError,
  OUTAGE_LOG_EVERY_MS,
  reserveEach,
  UNAVAILABLE_RETRY_MS,
} from './shared-limits.js';
import type { SharedState } from './shared-state.js';

const T0 = 1_700_000_000_000;
const limit = { capacity: 2, refillPerSecond: 1 };

/** Limits over `shared`, with a clock the test moves and a log it reads. */
function limitsOver(shared: SharedState) {
  const clock = { now: T0 };
  const captured = captureLog();
  const limits = createSharedLimits({ shared, log: captured.log, now: () => clock.now });
  const warnings = () => captured.lines.filter((l) => l.msg === 'shared state unavailable: limit not checked');
  return { clock, limits, warnings };
}

const test = suite<{ gone: SharedState }>('rate limits kept in the shared state');
test.before(async (ctx) => {
  ctx.gone = await goneState();
});

test('[SHARED1] limits of one shape under two names keep their own buckets', async () => {
  const { limits } = limitsOver(createMemoryState());
  const [a, b] = [limits.limiter('mail', limit, 'refuse'), limits.limiter('contact', limit, 'refuse')];
  for (let i = 0; i < 2; i++) assert.equal(await a.take('ip:1', T0), { ok: true });
  assert.is((await a.take('ip:1', T0)).ok, false);
  assert.equal(await b.take('ip:1', T0), { ok: true }, 'the other name is untouched');
});

test('[SHARED6] a limit that refuses when the state cannot answer: rate_limited with a short wait', async ({
  gone,
}) => {
  const { limits, warnings } = limitsOver(gone);
  const mail = limits.limiter('mail', limit, 'refuse');
  for (const call of [() => mail.take('k', T0), () => mail.peek('k', T0)]) {
    try {
      await call();
      assert.unreachable('answered without the shared state');
    } catch (err) {
      assert.instance(err, LimitUnavailableError);
      assert.equal((err as LimitUnavailableError).toBody(), {
        code: 'rate_limited',
        retryAfterMs: UNAVAILABLE_RETRY_MS,
      });
    }
  }
  await mail.giveBack('k', T0); // never throws: a token not given back only makes the limit stricter
  assert.is(warnings().length, 1);
  assert.is(warnings()[0]!.whenUnavailable, 'refuse');
});

test('[SHARED6] a limit that allows when the state cannot answer lets requests through, warning once a minute per limit', async ({
  gone,
}) => {
  const { clock, limits, warnings } = limitsOver(gone);
  const socket = limits.limiter('socket', limit, 'allow');
  for (let i = 0; i < 5; i++) assert.equal(await socket.take('s:cart', clock.now), { ok: true });
  assert.is(warnings().length, 1, 'one warning for five requests');
  assert.equal(
    { limit: warnings()[0]!.limit, cause: warnings()[0]!.cause },
    { limit: 'socket', cause: 'SharedStateUnavailableError: shared state: take with no primary' },
  );
  clock.now += OUTAGE_LOG_EVERY_MS - 1;
  await socket.take('s:cart', clock.now);
  assert.is(warnings().length, 1, 'still within the minute');
  await limits.limiter('chat:send', limit, 'allow').take('s', clock.now);
  assert.is(warnings().length, 2, 'another limit warns for itself');
  clock.now += 1;
  await socket.take('s:cart', clock.now);
  assert.is(warnings().length, 3, 'a minute on, the next warning');
});

test('[SHARED6] tokens reserved together: a refusal or an unanswered limit gives the others back', async ({ gone }) => {
  const memory = createMemoryState();
  const { limits } = limitsOver(memory);
  const session = limits.limiter('cards:session', limit, 'refuse');
  const address = limits.limiter('cards:ip', { capacity: 1, refillPerSecond: 1 }, 'refuse');
  const pair = [
    [session, 's1'],
    [address, 'ip1'],
  ] as const;
  const first = await reserveEach(pair, T0);
  assert.ok(first.ok);
  assert.equal(await reserveEach(pair, T0), { ok: false, retryAfterMs: 1000 });
  assert.equal(await session.peek('s1', T0), { ok: true }, 'the session token went back');
  const offline = limitsOver(gone).limits.limiter('cards:ip', limit, 'refuse');
  try {
    await reserveEach(
      [
        [session, 's2'],
        [offline, 'ip2'],
      ],
      T0,
    );
    assert.unreachable('reserved without the shared state');
  } catch (err) {
    assert.instance(err, LimitUnavailableError);
  }
  for (let i = 0; i < 2; i++) assert.equal(await session.take('s2', T0), { ok: true }, `s2 token ${i + 1} is back`);
});

test.run();
