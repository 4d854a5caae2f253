import { test } from 'uvu';
import * as assert from 'uvu/assert';
import { errorMessage } from './errors.js';

const limited = (retryAfterMs: number) =>
  errorMessage({ code: 'rate_limited', message: 'Too many requests.', retryAfterMs });

const WAITS: Array<[ms: number, says: string]> = [
  [400, 'Please try again in 1 second.'],
  [4_000, 'Please try again in 4 seconds.'],
  [89_999, 'Please try again in 90 seconds.'],
  [90_000, 'Please try again in 2 minutes.'],
  [12 * 60_000, 'Please try again in 12 minutes.'],
  [20 * 60_000 + 1, 'Please try again in 21 minutes.'],
];

for (const [ms, says] of WAITS) {
  test(`rate_limited with a wait of ${ms} ms: "${says}"`, () => {
    assert.ok(limited(ms).endsWith(says), limited(ms));
  });
}

test("other errors keep the server's message", () => {
  assert.is(errorMessage({ code: 'conflict', message: 'Only 2 left.' }), 'Only 2 left.');
});

test.run();
