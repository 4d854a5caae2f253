import { test } from 'uvu';
import * as assert from 'uvu/assert';
import { refusalOf } from './discount-rules.js';
import type { DiscountRow } from './discounts.repo.js';

const NOW = 1_000_000;
const row = (over: Partial<DiscountRow> = {}): DiscountRow => ({
  id: 1,
  code: 'SAVE10',
  kind: 'percent',
  value: 10,
  minOrderCents: 5000,
  expiresAt: NOW + 1,
  usageLimit: 3,
  usedCount: 2,
  createdBy: null,
  createdAt: 0,
  disabledAt: null,
  ...over,
});

// the code (or none), the merchandise subtotal → the refusal's reason, or null when it applies
const cases: [string, DiscountRow | undefined, number, string | null][] = [
  ['applies', row(), 5000, null],
  ['the minimum is met at exactly the minimum', row(), 5000, null],
  ['one cent under the minimum', row(), 4999, 'discount_below_minimum'],
  ['no minimum', row({ minOrderCents: 0 }), 1, null],
  ['unknown', undefined, 5000, 'discount_unknown'],
  [
    'disabled wins over expired and used up',
    row({ disabledAt: 1, expiresAt: NOW, usedCount: 3 }),
    5000,
    'discount_disabled',
  ],
  ['expired at its moment', row({ expiresAt: NOW }), 5000, 'discount_expired'],
  ['no expiry', row({ expiresAt: null }), 5000, null],
  ['used up at its limit', row({ usedCount: 3 }), 5000, 'discount_used_up'],
  ['expired wins over used up', row({ usedCount: 3, expiresAt: NOW - 1 }), 5000, 'discount_expired'],
  ['no limit', row({ usageLimit: null, usedCount: 10_000 }), 5000, null],
  ['used up wins over the minimum', row({ usedCount: 3 }), 1, 'discount_used_up'],
];
for (const [name, code, subtotal, want] of cases) {
  test(`[DISC3] ${name} → ${want ?? 'applies'}`, () => {
    assert.is(refusalOf(code, subtotal, NOW)?.reason ?? null, want);
  });
}

test('[DISC3] below the minimum carries the minimum', () => {
  assert.equal(refusalOf(row(), 100, NOW), { reason: 'discount_below_minimum', params: { minimum: 5000 } });
});

test.run();
