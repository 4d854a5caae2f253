import { test } from 'uvu';
import * as assert from 'uvu/assert';
import {
  canMove,
  isFinal,
  nextStatuses,
  ORDER_STATUSES,
  type OrderActor,
  type OrderStatus,
} from '../../../shared/order-status.js';

// Every (from, to) pair for the system actor: exactly the design's arrows are allowed.
const allowed = new Set([
  'placed>paid',
  'placed>cancelled',
  'paid>packed',
  'paid>cancelled',
  'packed>shipped',
  'shipped>delivered',
]);
for (const from of ORDER_STATUSES) {
  for (const to of ORDER_STATUSES) {
    const want = allowed.has(`${from}>${to}`);
    test(`${from} → ${to}: ${want ? 'allowed' : 'refused'}`, () => assert.is(canMove(from, to, 'system'), want));
  }
}

const byActor: [OrderStatus, OrderStatus, OrderActor, boolean][] = [
  ['placed', 'cancelled', 'shopper', true],
  ['paid', 'cancelled', 'shopper', true],
  ['packed', 'cancelled', 'shopper', false],
  ['placed', 'paid', 'shopper', false],
  ['paid', 'packed', 'staff', true],
  ['shipped', 'delivered', 'staff', true],
  ['delivered', 'cancelled', 'staff', false],
];
for (const [from, to, actor, want] of byActor) {
  test(`${actor}: ${from} → ${to} ${want ? 'allowed' : 'refused'}`, () => assert.is(canMove(from, to, actor), want));
}

test('delivered and cancelled are final; the others have a next step', () => {
  assert.equal(ORDER_STATUSES.filter(isFinal), ['delivered', 'cancelled']);
  assert.equal(nextStatuses('placed'), ['paid', 'cancelled']);
});

test.run();
