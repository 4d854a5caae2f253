import { test } from 'uvu';
import * as assert from 'uvu/assert';
import { chooseEncoding, type Encoding } from './content-encoding.js';

const BOTH: Encoding[] = ['br', 'gzip'];

const CASES: [string | undefined, Encoding[], Encoding | null][] = [
  ['gzip, deflate, br, zstd', BOTH, 'br'], // Chromium
  ['gzip, deflate, br', BOTH, 'br'],
  ['br;q=0.1, gzip;q=1', BOTH, 'br'], // our preference among the accepted, as servers commonly do
  ['gzip, deflate', BOTH, 'gzip'],
  ['br;q=0, gzip', BOTH, 'gzip'],
  ['BR;Q=0, GZIP', BOTH, 'gzip'],
  ['br;q=0.0, gzip;q=0', BOTH, null],
  ['x-gzip', BOTH, 'gzip'],
  ['*', BOTH, 'br'],
  ['*;q=0', BOTH, null],
  ['gzip;q=0, *', BOTH, 'br'],
  ['br;q=0, *', BOTH, 'gzip'],
  ['identity', BOTH, null],
  ['deflate', BOTH, null],
  ['', BOTH, null],
  [undefined, BOTH, null], // no header: scripts and old proxies get the bytes as they are
  ['br', ['gzip'], null], // only what is on disk
  ['gzip, br', ['gzip'], 'gzip'],
  ['br;q=abc, gzip', BOTH, 'gzip'], // an unreadable q is no consent
];

test('[HEAD6] brotli when accepted with q>0, gzip next, identity otherwise', () => {
  for (const [header, available, expected] of CASES) {
    assert.is(chooseEncoding(header, available), expected, `${header} of ${available.join('+')}`);
  }
});

test.run();
