import { test } from 'uvu';
import * as assert from 'uvu/assert';
import { addressKey } from './address-key.js';

const CASES: Array<[address: string, key: string]> = [
  ['203.0.113.9', '203.0.113.9'],
  ['::ffff:203.0.113.9', '203.0.113.9'], // IPv4-mapped: the IPv4 address
  ['::FFFF:203.0.113.9', '203.0.113.9'],
  ['2001:db8:1:2:3:4:5:6', '2001:db8:1:2::/64'],
  ['2001:db8:1:2:ffff:ffff:ffff:ffff', '2001:db8:1:2::/64'], // same /64: same key
  ['2001:0DB8:0001:0002::1', '2001:db8:1:2::/64'], // leading zeros and case do not matter
  ['2001:db8::1', '2001:db8:0:0::/64'],
  ['2001:db8:0:0:1::', '2001:db8:0:0::/64'],
  ['[2001:db8:1:2::9]', '2001:db8:1:2::/64'],
  ['fe80::1%eth0', 'fe80:0:0:0::/64'],
  ['::1', '0:0:0:0::/64'],
  ['64:ff9b::192.0.2.1', '64:ff9b:0:0::/64'],
  ['unknown', 'unknown'],
];

test('a per-address limit counts IPv4 by address and IPv6 by its /64 prefix', () => {
  for (const [address, key] of CASES) assert.is(addressKey(address), key, address);
  assert.is.not(addressKey('2001:db8:1:2::1'), addressKey('2001:db8:1:3::1'), 'another /64 is another key');
});

test.run();
