import { test } from 'uvu';
import * as assert from 'uvu/assert';
import type { Variant } from '../../../../shared/catalog.js';
import { applyStock, mergeFresh, snapshotUpdates } from './product-stock.js';
import {
  chooseColour,
  colourAvailability,
  groupSpecs,
  initialChoice,
  storageAvailability,
  storageSizes,
} from './variant-choice.js';

let nextId = 1;
const v = (colour: string, storageGb: number | null, priceCents: number, stock: number, stockVersion = 1): Variant => ({
  id: nextId++,
  sku: `SKU-${nextId}`,
  colour,
  storageGb,
  priceCents,
  stock,
  stockVersion,
});

// A phone: black in 128/256/512, transparent in 128/256 with 512 sold out, green never made in 512.
const PHONE = [
  v('black', 128, 59900, 10),
  v('black', 256, 69900, 3),
  v('black', 512, 89900, 1),
  v('transparent', 128, 59900, 0),
  v('transparent', 256, 69900, 7),
  v('transparent', 512, 89900, 0),
  v('green', 128, 59900, 0),
  v('green', 256, 69900, 0),
];

test('storage sizes are distinct and ascending; none for a product without sizes', () => {
  assert.equal(storageSizes(PHONE), [128, 256, 512]);
  assert.equal(storageSizes([v('black', null, 1999, 4)]), []);
});

test('availability of colours and of sizes within a colour', () => {
  assert.is(colourAvailability(PHONE, 'black'), 'available');
  assert.is(colourAvailability(PHONE, 'green'), 'sold-out');
  assert.is(colourAvailability(PHONE, 'pink'), 'missing');
  assert.is(storageAvailability(PHONE, 'transparent', 256), 'available');
  assert.is(storageAvailability(PHONE, 'transparent', 512), 'sold-out');
  assert.is(storageAvailability(PHONE, 'green', 512), 'missing');
});

const INITIAL: [string, { colour?: string; storage?: string }, { colour: string; storageGb: number | null }][] = [
  ['no wish: the cheapest in stock', {}, { colour: 'black', storageGb: 128 }],
  [
    'an exact variant, even sold out',
    { colour: 'transparent', storage: '512' },
    { colour: 'transparent', storageGb: 512 },
  ],
  ['a colour only: its cheapest in stock', { colour: 'transparent' }, { colour: 'transparent', storageGb: 256 }],
  ['a colour with a size it lacks', { colour: 'green', storage: '512' }, { colour: 'green', storageGb: 128 }],
  ['a storage only', { storage: '512' }, { colour: 'black', storageGb: 512 }],
  ['an unknown colour', { colour: 'pink' }, { colour: 'black', storageGb: 128 }],
  ['a malformed storage', { colour: 'black', storage: 'lots' }, { colour: 'black', storageGb: 128 }],
];
for (const [name, wanted, expected] of INITIAL) {
  test(`initialChoice: ${name}`, () => assert.equal(initialChoice(PHONE, wanted), expected));
}

test('initialChoice without variants is null', () => {
  assert.is(initialChoice([], {}), null);
});

test('switching colour keeps the size when it is in stock there, else the cheapest in stock', () => {
  assert.equal(chooseColour(PHONE, { colour: 'black', storageGb: 256 }, 'transparent'), {
    colour: 'transparent',
    storageGb: 256,
  });
  assert.equal(chooseColour(PHONE, { colour: 'black', storageGb: 512 }, 'transparent'), {
    colour: 'transparent',
    storageGb: 256,
  });
  assert.equal(chooseColour(PHONE, { colour: 'black', storageGb: 256 }, 'green'), { colour: 'green', storageGb: 128 });
  assert.is(chooseColour(PHONE, { colour: 'black', storageGb: 256 }, 'pink'), null);
});

test('stock updates apply only when newer than what is shown', () => {
  const [a, b] = [v('black', null, 100, 5, 3), v('blue', null, 100, 5, 3)];
  const next = applyStock(
    [a, b],
    [
      { variantId: a.id, stock: 4, version: 4 },
      { variantId: b.id, stock: 9, version: 3 }, // same version: a repeat
      { variantId: 999, stock: 1, version: 9 }, // another product's variant
    ],
  );
  assert.equal(
    next.map((x) => [x.stock, x.stockVersion]),
    [
      [4, 4],
      [5, 3],
    ],
  );
  assert.is(next[1], b, 'an unchanged variant keeps its identity');
});

test('of two updates to one variant the higher version wins, whatever the order', () => {
  const a = v('black', null, 100, 5, 1);
  const late = { variantId: a.id, stock: 2, version: 3 };
  const early = { variantId: a.id, stock: 4, version: 2 };
  assert.is(applyStock([a], [late, early])[0]!.stock, 2);
  assert.is(applyStock(applyStock([a], [late]), [early])[0]!.stock, 2);
});

test('a snapshot becomes updates per variant id', () => {
  assert.equal(snapshotUpdates({ 7: { stock: 2, version: 5 } }), [{ variantId: 7, stock: 2, version: 5 }]);
});

test('a fresh answer does not take stock back to an older version', () => {
  const shown = v('black', null, 100, 1, 6);
  const fresh = { ...shown, stock: 3, stockVersion: 5, priceCents: 120 };
  assert.equal(mergeFresh([shown], [fresh])[0], { ...fresh, stock: 1, stockVersion: 6 });
  const newer = { ...shown, stock: 8, stockVersion: 7 };
  assert.equal(mergeFresh([shown], [newer])[0], newer);
});

test('specs group in order of first appearance', () => {
  const row = (group: string, name: string) => ({ group, name, value: 'x' });
  const groups = groupSpecs([row('Display', 'Size'), row('Battery', 'Capacity'), row('Display', 'Refresh')]);
  assert.equal(
    groups.map((g) => [g.name, g.rows.map((r) => r.name)]),
    [
      ['Display', ['Size', 'Refresh']],
      ['Battery', ['Capacity']],
    ],
  );
});

test.run();
