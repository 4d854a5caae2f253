import { test } from 'uvu';
import * as assert from 'uvu/assert';
import { checkoutTotals, discountOff } from './checkout-totals.js';
import type { DiscountTerms } from './discounts.js';

const pct = (value: number): Pick<DiscountTerms, 'kind' | 'value'> => ({ kind: 'percent', value });
const amt = (value: number): Pick<DiscountTerms, 'kind' | 'value'> => ({ kind: 'amount', value });

// terms, subtotal → cents off
const off: [Pick<DiscountTerms, 'kind' | 'value'>, number, number][] = [
  [pct(10), 12300, 1230],
  [pct(10), 12345, 1235], // 1234.5 rounds half up
  [pct(15), 999, 150], // 149.85
  [pct(33), 1001, 330], // 330.33
  [pct(50), 1, 1], // 0.5 rounds up, never more than the subtotal
  [pct(1), 49, 0], // 0.49
  [pct(100), 45678, 45678],
  [amt(500), 12300, 500],
  [amt(12300), 12300, 12300],
  [amt(50000), 12300, 12300], // larger than the subtotal: down to zero, never below
  [amt(500), 0, 0],
];
for (const [terms, subtotal, want] of off) {
  test(`[DISC4] ${terms.kind} ${terms.value} off ${subtotal} → ${want}`, () => {
    assert.is(discountOff(terms, subtotal), want);
  });
}

test('[DISC5] the tax is on the discounted subtotal, rounded half up, and the total adds up', () => {
  assert.equal(checkoutTotals(12300, 'US', 'standard', pct(10)), {
    subtotalCents: 12300,
    discountCents: 1230,
    shippingCents: 0, // 11070 left, over US 9900
    taxCents: 886, // 885.6
    totalCents: 11070 + 886,
  });
});

test('[DISC5] the free-shipping threshold is judged after the discount', () => {
  // 10000 reaches US 9900 before the discount; 9000 after it does not.
  assert.is(checkoutTotals(10000, 'US', 'standard').shippingCents, 0);
  assert.is(checkoutTotals(10000, 'US', 'standard', pct(10)).shippingCents, 595);
  assert.is(checkoutTotals(10000, 'US', 'standard', amt(100)).shippingCents, 0, '9900 left: still free');
  assert.is(checkoutTotals(10000, 'US', 'express', pct(10)).shippingCents, 1495, 'express always costs');
});

test('[DISC4] an amount larger than the subtotal takes it to zero; the shipping is still paid, no tax', () => {
  assert.equal(checkoutTotals(2500, 'CA', 'standard', amt(10_000)), {
    subtotalCents: 2500,
    discountCents: 2500,
    shippingCents: 995,
    taxCents: 0,
    totalCents: 995,
  });
  assert.equal(checkoutTotals(2500, 'GB', 'express', pct(100)).totalCents, 1495);
});

test('[DISC5] no discount prices as before; an empty cart costs nothing', () => {
  assert.equal(checkoutTotals(1499, 'US', 'standard', null), checkoutTotals(1499, 'US', 'standard'));
  assert.equal(checkoutTotals(0, 'US', 'express', amt(500)), {
    subtotalCents: 0,
    discountCents: 0,
    shippingCents: 0,
    taxCents: 0,
    totalCents: 0,
  });
});

test.run();
