import { test } from 'uvu';
import * as assert from 'uvu/assert';
import { dollarsOf, priceRange, stockLevel, stockText, storageLabel } from './catalog-format.js';

test('priceRange says "From" only when the prices differ', () => {
  assert.is(priceRange(49900, 49900), '$499.00');
  assert.is(priceRange(49900, 69900), 'From $499.00');
});

test('storageLabel switches to TB at whole terabytes', () => {
  assert.is(storageLabel(128), '128 GB');
  assert.is(storageLabel(1024), '1 TB');
  assert.is(storageLabel(2048), '2 TB');
  assert.is(storageLabel(1536), '1536 GB');
});

test('stock levels: out at 0, low below LOW_STOCK (5), in otherwise', () => {
  const cases: [number, string, string][] = [
    [0, 'out', 'Out of stock'],
    [-1, 'out', 'Out of stock'],
    [1, 'low', 'Only 1 left'],
    [4, 'low', 'Only 4 left'],
    [5, 'in', 'In stock'],
    [40, 'in', 'In stock'],
  ];
  for (const [stock, level, text] of cases) {
    assert.is(stockLevel(stock), level, `level of ${stock}`);
    assert.is(stockText(stock), text, `text of ${stock}`);
  }
});

test('dollarsOf writes whole dollars without cents', () => {
  assert.is(dollarsOf(50000), '500');
  assert.is(dollarsOf(1995), '19.95');
  assert.is(dollarsOf(0), '0');
});

test.run();
