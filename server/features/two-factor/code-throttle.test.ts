import { test } from 'uvu';
import * as assert from 'uvu/assert';
import { pino } from 'pino';
import { AppError } from '../../errors.js';
import { createMemoryState } from '../../shared-state/memory-state.js';
import { createSharedLimits } from '../../shared-state/shared-limits.js';
import { CODE_LIMITS, createCodeThrottle } from './code-throttle.js';

const throttleOf = () =>
  createCodeThrottle(createSharedLimits({ shared: createMemoryState(), log: pino({ level: 'silent' }), now: () => 0 }));
const wrongCode = () => {
  throw new AppError('unauthorized', undefined, { fields: { code: { code: 'wrong_code' } } });
};
const right = () => 'signed in';

/** The error an attempt was refused with, or null if its work ran. */
const refusal = async (attempt: Promise<unknown>): Promise<AppError | null> => {
  try {
    await attempt;
    return null;
  } catch (err) {
    assert.instance(err, AppError);
    return (err as AppError).code === 'rate_limited' ? (err as AppError) : null;
  }
};

test('[limit] per address: wrong codes for many accounts from one address run out together', async () => {
  const throttle = throttleOf();
  const perAccount = CODE_LIMITS.account.capacity;
  const accounts = CODE_LIMITS.address.capacity / perAccount;
  for (let user = 1; user <= accounts; user++) {
    for (let i = 0; i < perAccount; i++) await refusal(throttle.attempt(user, '203.0.113.9', 0, wrongCode));
  }
  const error = await refusal(throttle.attempt(99, '203.0.113.9', 0, right));
  assert.is(error?.code, 'rate_limited');
  assert.is(error?.retryAfterMs, 1000 / CODE_LIMITS.address.refillPerSecond);
  assert.is(await refusal(throttle.attempt(99, '198.51.100.7', 0, right)), null, 'another address is not held back');
  assert.is(await refusal(throttle.attempt(99, '203.0.113.9', error!.retryAfterMs!, right)), null, 'after the wait');
});

test('[limit] per account: the same account is held back from any address; right codes spend nothing', async () => {
  const throttle = throttleOf();
  for (let i = 0; i < 100; i++) assert.is(await throttle.attempt(7, '203.0.113.9', 0, right), 'signed in');
  for (let i = 0; i < CODE_LIMITS.account.capacity; i++)
    await refusal(throttle.attempt(7, `198.51.100.${i}`, 0, wrongCode));
  assert.is((await refusal(throttle.attempt(7, '192.0.2.1', 0, right)))?.code, 'rate_limited');
  assert.is(await refusal(throttle.attempt(8, '192.0.2.1', 0, right)), null);
});

test('[limit] wrong codes sent together cannot all be tried: each reserves a guess before it runs', async () => {
  const throttle = throttleOf();
  const tried: number[] = [];
  const guesses = Array.from({ length: 20 }, (_, i) =>
    refusal(
      throttle.attempt(5, `198.51.100.${i}`, 0, () => {
        tried.push(i);
        wrongCode();
      }),
    ),
  );
  await Promise.all(guesses);
  assert.is(tried.length, CODE_LIMITS.account.capacity);
});

test.run();
