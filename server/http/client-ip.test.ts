import { test } from 'uvu';
import * as assert from 'uvu/assert';
import { clientIp } from './client-ip.js';

const CASES: Array<[xff: string | string[] | undefined, hops: number, expected: string]> = [
  [undefined, 0, '10.0.0.1'],
  ['203.0.113.9', 0, '10.0.0.1'], // no proxy trusted: the header is the client's own words
  ['203.0.113.9', 1, '203.0.113.9'],
  ['6.6.6.6, 203.0.113.9', 1, '203.0.113.9'], // a spoofed entry to the left is ignored
  ['6.6.6.6, 203.0.113.9, 10.0.0.2', 2, '203.0.113.9'],
  ['203.0.113.9', 3, '203.0.113.9'], // fewer entries than hops: the furthest known
  [['6.6.6.6', '203.0.113.9'], 1, '203.0.113.9'], // repeated headers join in order
  [' , 203.0.113.9 ,', 1, '203.0.113.9'],
];

test('the client IP is read from the right, trusting exactly the configured proxies', () => {
  for (const [xff, hops, expected] of CASES) {
    assert.is(
      clientIp('10.0.0.1', xff === undefined ? {} : { 'x-forwarded-for': xff }, hops),
      expected,
      `${JSON.stringify(xff)} with ${hops}`,
    );
  }
});

test.run();
