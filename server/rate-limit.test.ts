import { suite } from 'uvu';
import * as assert from 'uvu/assert';
import { createRateLimiter } from './rate-limit.js';

const test = suite('token bucket');
const T0 = 1_700_000_000_000;

/** Take `n` tokens at one instant; the verdicts in order. */
const burst = (limiter: ReturnType<typeof createRateLimiter>, key: string, n: number, now: number) =>
  Array.from({ length: n }, () => limiter.take(key, now));

test('a full bucket allows exactly `capacity` requests at one instant', () => {
  const limiter = createRateLimiter({ capacity: 3, refillPerSecond: 1 });
  const verdicts = burst(limiter, 'k', 5, T0);
  assert.equal(verdicts.slice(0, 3), [{ ok: true }, { ok: true }, { ok: true }]);
  assert.equal(verdicts.slice(3), [
    { ok: false, retryAfterMs: 1000 },
    { ok: false, retryAfterMs: 1000 },
  ]);
});

test('refill and retryAfterMs follow the elapsed time', () => {
  const limiter = createRateLimiter({ capacity: 3, refillPerSecond: 1 });
  burst(limiter, 'k', 3, T0);
  const steps: Array<[at: number, verdict: ReturnType<typeof limiter.take>]> = [
    [T0 + 250, { ok: false, retryAfterMs: 750 }],
    [T0 + 750, { ok: false, retryAfterMs: 250 }],
    [T0 + 1000, { ok: true }],
    [T0 + 1000, { ok: false, retryAfterMs: 1000 }],
    [T0 + 2500, { ok: true }],
    [T0 + 2500, { ok: false, retryAfterMs: 500 }],
  ];
  for (const [at, verdict] of steps) assert.equal(limiter.take('k', at), verdict, `at +${at - T0} ms`);
});

test('a long pause refills to capacity, never beyond', () => {
  const limiter = createRateLimiter({ capacity: 3, refillPerSecond: 1 });
  burst(limiter, 'k', 3, T0);
  const later = burst(limiter, 'k', 4, T0 + 3_600_000);
  assert.equal(
    later.map((v) => v.ok),
    [true, true, true, false],
  );
});

test('a fractional refill rate (0.5/s, the /api/auth bucket) waits 2 s per token', () => {
  const limiter = createRateLimiter({ capacity: 30, refillPerSecond: 0.5 });
  assert.ok(burst(limiter, 'ip:1', 30, T0).every((v) => v.ok));
  assert.equal(limiter.take('ip:1', T0), { ok: false, retryAfterMs: 2000 });
  assert.equal(limiter.take('ip:1', T0 + 1000), { ok: false, retryAfterMs: 1000 });
  assert.equal(limiter.take('ip:1', T0 + 2000), { ok: true });
});

test('keys have separate buckets', () => {
  const limiter = createRateLimiter({ capacity: 2, refillPerSecond: 1 });
  burst(limiter, 'a', 2, T0);
  assert.is(limiter.take('a', T0).ok, false);
  assert.is(limiter.take('b', T0).ok, true);
  assert.is(limiter.take('b', T0).ok, true);
  assert.is(limiter.take('b', T0).ok, false);
});

test('the sweep of idle buckets keeps the state of a drained one', () => {
  const limiter = createRateLimiter({ capacity: 10, refillPerSecond: 1 });
  burst(limiter, 'hot', 10, T0);
  for (let i = 0; i < 10_000; i++) limiter.take(`cold:${i}`, T0);
  // The 10 001st key triggers a sweep; 'hot' has refilled only 0.1 token by then.
  assert.ok(limiter.take('new', T0 + 100).ok);
  assert.equal(limiter.take('hot', T0 + 100), { ok: false, retryAfterMs: 900 });
  // Swept-away full buckets start full again.
  assert.ok(burst(limiter, 'cold:0', 10, T0 + 60_000).every((v) => v.ok));
});

test('peek answers like take would, and spends nothing', () => {
  const limiter = createRateLimiter({ capacity: 2, refillPerSecond: 1 });
  assert.equal(limiter.peek('k', T0), { ok: true }, 'an unknown key has a full bucket');
  for (let i = 0; i < 5; i++) assert.equal(limiter.peek('k', T0), { ok: true });
  burst(limiter, 'k', 2, T0);
  assert.equal(limiter.peek('k', T0 + 250), { ok: false, retryAfterMs: 750 });
  assert.equal(limiter.peek('k', T0 + 1000), { ok: true });
  assert.ok(limiter.take('k', T0 + 1000).ok, 'the peeks left the refilled token');
  assert.is(limiter.take('k', T0 + 1000).ok, false);
});

test('giveBack returns a spent token, never past capacity', () => {
  const limiter = createRateLimiter({ capacity: 2, refillPerSecond: 1 });
  burst(limiter, 'k', 2, T0);
  limiter.giveBack('k');
  limiter.giveBack('k');
  limiter.giveBack('k');
  assert.equal(
    burst(limiter, 'k', 3, T0).map((v) => v.ok),
    [true, true, false],
  );
  limiter.giveBack('never-taken');
  assert.ok(limiter.take('never-taken', T0).ok);
});

test.run();
