import { test } from 'uvu';
import * as assert from 'uvu/assert';
import type { Cart, CartLine } from '../../../../shared/cart.js';
import { applyChange, applyPending, EMPTY_CART, isNewer, type CartChange } from './cart-changes.js';

const line = (variantId: number, quantity: number, unitPriceCents = 1000): CartLine => ({
  variantId,
  productId: 1,
  slug: 'vision-x',
  name: 'Vision X',
  sku: `VX-${variantId}`,
  colour: 'sand',
  colourName: 'Sand',
  storageGb: 256,
  image: '/img.svg',
  unitPriceCents,
  quantity,
  stock: 9,
  lineTotalCents: unitPriceCents * quantity,
});

const cart = (lines: CartLine[], version = 4): Cart => ({
  ...EMPTY_CART,
  version,
  lines,
  itemCount: lines.reduce((n, l) => n + l.quantity, 0),
  subtotalCents: 12345,
  totalCents: 13000,
});

const held = cart([line(1, 2), line(2, 1)]);

const cases: { name: string; change: CartChange; lines: [number, number][]; itemCount: number }[] = [
  {
    name: 'add to a held line',
    change: { kind: 'add', variantId: 1, quantity: 3 },
    lines: [
      [1, 5],
      [2, 1],
    ],
    itemCount: 6,
  },
  {
    name: 'add a new line from its draft',
    change: { kind: 'add', variantId: 7, quantity: 2, draft: line(7, 1) },
    lines: [
      [1, 2],
      [2, 1],
      [7, 2],
    ],
    itemCount: 5,
  },
  {
    name: 'add a new line without a draft waits for the server',
    change: { kind: 'add', variantId: 7, quantity: 2 },
    lines: [
      [1, 2],
      [2, 1],
    ],
    itemCount: 3,
  },
  {
    name: 'set a quantity',
    change: { kind: 'set-quantity', variantId: 2, quantity: 4 },
    lines: [
      [1, 2],
      [2, 4],
    ],
    itemCount: 6,
  },
  {
    name: 'set the quantity of an unknown line',
    change: { kind: 'set-quantity', variantId: 9, quantity: 4 },
    lines: [
      [1, 2],
      [2, 1],
    ],
    itemCount: 3,
  },
  { name: 'remove a line', change: { kind: 'remove', variantId: 1 }, lines: [[2, 1]], itemCount: 1 },
  { name: 'empty the cart', change: { kind: 'empty' }, lines: [], itemCount: 0 },
];

for (const c of cases) {
  test(`applyChange: ${c.name}`, () => {
    const next = applyChange(held, c.change);
    assert.equal(
      next.lines.map((l) => [l.variantId, l.quantity]),
      c.lines,
    );
    assert.is(next.itemCount, c.itemCount);
    // Totals and version stay the server's until it answers.
    assert.is(next.version, held.version);
    assert.is(next.subtotalCents, held.subtotalCents);
  });
}

test('applyChange keeps line totals consistent and leaves the held cart untouched', () => {
  const next = applyChange(held, { kind: 'set-quantity', variantId: 1, quantity: 3 });
  assert.is(next.lines[0]!.lineTotalCents, 3000);
  assert.is(held.lines[0]!.quantity, 2);
});

test('applyPending applies changes in order; none means the server cart itself', () => {
  assert.is(applyPending(held, []), held);
  const next = applyPending(held, [
    { kind: 'add', variantId: 1, quantity: 1 },
    { kind: 'remove', variantId: 2 },
    { kind: 'set-quantity', variantId: 1, quantity: 6 },
  ]);
  assert.equal(
    next.lines.map((l) => [l.variantId, l.quantity]),
    [[1, 6]],
  );
  assert.is(next.itemCount, 6);
});

test('isNewer takes only higher versions', () => {
  assert.ok(isNewer(null, cart([], 0)));
  assert.ok(isNewer(cart([], 4), cart([], 5)));
  assert.not.ok(isNewer(cart([], 4), cart([], 4)));
  assert.not.ok(isNewer(cart([], 4), cart([], 3)));
});

test.run();
