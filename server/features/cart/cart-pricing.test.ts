import { test } from 'uvu';
import * as assert from 'uvu/assert';
import { cartTotals } from './cart-pricing.js';

const STANDARD_SHIPPING_CENTS = 595; // the shipping policy's US standard rate
const FREE_SHIPPING_FROM_CENTS = 9900;

const cases: [string, [number, number][], { sub: number; ship: number; tax: number }][] = [
  ['empty cart: nothing, not even shipping', [], { sub: 0, ship: 0, tax: 0 }],
  ['one cable: standard shipping', [[1, 1499]], { sub: 1499, ship: STANDARD_SHIPPING_CENTS, tax: 120 }],
  [
    'just under the threshold',
    [[1, FREE_SHIPPING_FROM_CENTS - 1]],
    { sub: 9899, ship: STANDARD_SHIPPING_CENTS, tax: 792 },
  ],
  ['at the threshold: free shipping', [[1, FREE_SHIPPING_FROM_CENTS]], { sub: 9900, ship: 0, tax: 792 }],
  [
    'quantities multiply',
    [
      [3, 2999],
      [2, 1499],
    ],
    { sub: 11995, ship: 0, tax: 960 },
  ],
  ['a phone', [[1, 100000]], { sub: 100000, ship: 0, tax: 8000 }],
];
for (const [name, lines, want] of cases) {
  test(name, () => {
    const t = cartTotals(lines.map(([quantity, unitPriceCents]) => ({ quantity, unitPriceCents })));
    assert.equal([t.subtotalCents, t.shippingCents, t.taxEstimateCents], [want.sub, want.ship, want.tax]);
    assert.is(t.totalCents, want.sub + want.ship + want.tax);
    assert.is(
      t.itemCount,
      lines.reduce((n, [q]) => n + q, 0),
    );
  });
}

test.run();
