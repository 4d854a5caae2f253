import { test } from 'uvu';
import * as assert from 'uvu/assert';
import { failure } from './failure.js';
import type { Cart, CartLine } from '../../../shared/cart.js';
import { assertSettled, type CartChange } from './lost-cart-change.js';

/** Only what the check reads: the version and each line's variant and quantity. */
const cart = (version: number, lines: [number, number][]) =>
  ({ version, lines: lines.map(([variantId, quantity]) => ({ variantId, quantity }) as CartLine) }) as Cart;

const add: CartChange = { event: 'cart:add', variantId: 7, quantity: 2 };
const before = cart(3, [[7, 1]]);

test('a lost change applied once, or not at all, is settled', () => {
  assertSettled('Ada', add, before, cart(4, [[7, 3]]));
  assertSettled('Ada', add, before, cart(3, [[7, 1]]));
  assertSettled('Ada', { event: 'cart:remove', variantId: 7 }, before, cart(4, []));
  assertSettled(
    'Ada',
    { event: 'cart:set-quantity', variantId: 9, quantity: 4 },
    before,
    cart(4, [
      [7, 1],
      [9, 4],
    ]),
  );
});

test('a lost change applied twice, or wrongly, fails the run', () => {
  assert.match(
    failure(() => assertSettled('Ada', add, before, cart(5, [[7, 5]]))),
    'moved the cart from version 3 to 5',
  );
  assert.match(
    failure(() => assertSettled('Ada', add, before, cart(4, [[7, 2]]))),
    'Ada: a lost cart:add',
  );
  assert.match(
    failure(() => assertSettled('Ada', add, before, cart(3, [[7, 3]]))),
    'Ada: a lost cart:add',
  );
});

test.run();
