import { test } from 'uvu';
import * as assert from 'uvu/assert';
import { AppError } from '../../errors.js';
import { CODE_LIMITS, createCodeThrottle } from './code-throttle.js';

const refusal = (check: () => void): AppError | null => {
  try {
    check();
    return null;
  } catch (err) {
    assert.instance(err, AppError);
    return err as AppError;
  }
};

test('[limit] per address: wrong codes for many accounts from one address run out together', () => {
  const throttle = createCodeThrottle();
  const perAccount = CODE_LIMITS.account.capacity;
  const accounts = CODE_LIMITS.address.capacity / perAccount;
  for (let user = 1; user <= accounts; user++) {
    for (let i = 0; i < perAccount; i++) throttle.failed(user, '203.0.113.9', 0);
  }
  const error = refusal(() => throttle.check(99, '203.0.113.9', 0));
  assert.is(error?.code, 'rate_limited');
  assert.is(error?.retryAfterMs, 1000 / CODE_LIMITS.address.refillPerSecond);
  assert.is(
    refusal(() => throttle.check(99, '198.51.100.7', 0)),
    null,
    'another address is not held back',
  );
  assert.is(
    refusal(() => throttle.check(99, '203.0.113.9', error!.retryAfterMs!)),
    null,
    'after the wait',
  );
});

test('[limit] per account: the same account is held back from any address; checking spends nothing', () => {
  const throttle = createCodeThrottle();
  for (let i = 0; i < 100; i++) throttle.check(7, '203.0.113.9', 0);
  for (let i = 0; i < CODE_LIMITS.account.capacity; i++) throttle.failed(7, `198.51.100.${i}`, 0);
  assert.is(refusal(() => throttle.check(7, '192.0.2.1', 0))?.code, 'rate_limited');
  assert.is(
    refusal(() => throttle.check(8, '192.0.2.1', 0)),
    null,
  );
});

test.run();
