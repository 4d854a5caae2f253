import { test } from 'uvu';
import * as assert from 'uvu/assert';
import { checkoutTotals } from './checkout-totals.js';

// subtotal, country, method → shipping, tax (8 %, half up)
const cases: [Parameters<typeof checkoutTotals>, { ship: number; tax: number }][] = [
  [[1499, 'US', 'standard'], { ship: 595, tax: 120 }],
  [[1499, 'US', 'express'], { ship: 1495, tax: 120 }],
  [[9900, 'US', 'standard'], { ship: 0, tax: 792 }],
  [[9900, 'CA', 'standard'], { ship: 995, tax: 792 }],
  [[14900, 'CA', 'standard'], { ship: 0, tax: 1192 }],
  [[5000, 'GB', 'express'], { ship: 1495, tax: 400 }],
  [[11899, 'DE', 'standard'], { ship: 795, tax: 952 }],
  [[11900, 'FR', 'express'], { ship: 1995, tax: 952 }],
  [[1006, 'US', 'standard'], { ship: 595, tax: 80 }], // 80.48 rounds down
  [[1025, 'US', 'standard'], { ship: 595, tax: 82 }], // 82.0 exactly
  [[0, 'US', 'express'], { ship: 0, tax: 0 }],
];
for (const [args, want] of cases) {
  test(`checkoutTotals ${args.join(' ')} → shipping ${want.ship}, tax ${want.tax}`, () => {
    const got = checkoutTotals(...args);
    assert.equal(got, {
      subtotalCents: args[0],
      discountCents: 0,
      shippingCents: want.ship,
      taxCents: want.tax,
      totalCents: args[0] + want.ship + want.tax,
    });
  });
}

test.run();
