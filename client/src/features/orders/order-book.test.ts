import { test } from 'uvu';
import * as assert from 'uvu/assert';
import type { Order } from '../../../../shared/orders.js';
import { EMPTY_BOOK, forgetOrder, newestFirst, syncList, takeOrder, type OrderBook } from './order-book.js';

const order = (number: string, version: number, createdAt = '2025-03-01T10:00:00.000Z'): Order => ({
  number,
  version,
  createdAt,
  status: 'paid',
  email: 'ada@example.com',
  phone: '+1 415 555 0100',
  address: {
    name: 'Ada',
    line1: '1 Market St',
    line2: '',
    city: 'San Francisco',
    region: 'CA',
    postalCode: '94105',
    country: 'US',
  },
  shippingMethod: 'standard',
  lines: [],
  subtotalCents: 0,
  discountCode: null,
  discountCents: 0,
  shippingCents: 0,
  taxCents: 0,
  totalCents: 0,
  card: { brand: 'visa', last4: '4242' },
  events: [],
});

const versions = (book: OrderBook) => [...book.values()].map((h) => [h.order.number, h.order.version]).sort();

test('takeOrder adds an unknown order and takes only newer versions of a known one', () => {
  const one = takeOrder(EMPTY_BOOK, order('VX-A', 2), 1);
  assert.equal(versions(one), [['VX-A', 2]]);
  assert.is(takeOrder(one, order('VX-A', 2), 2), one, 'the same version again changes nothing');
  assert.is(takeOrder(one, order('VX-A', 1), 2), one, 'an older version (a late answer) is dropped');
  const newer = takeOrder(one, order('VX-A', 3), 2);
  assert.equal(versions(newer), [['VX-A', 3]]);
  assert.is(newer.get('VX-A')!.seen, 2);
  assert.equal(versions(one), [['VX-A', 2]], 'the held book is not mutated');
});

test('syncList: the answer replaces the book, dropping what it leaves out', () => {
  let book = takeOrder(EMPTY_BOOK, order('VX-OLD', 1), 1); // e.g. the previous account's order
  book = takeOrder(book, order('VX-A', 1), 2);
  const next = syncList(book, [order('VX-A', 2), order('VX-B', 1)], { askedAt: 5, keep: new Set(), seen: 6 });
  assert.equal(versions(next), [
    ['VX-A', 2],
    ['VX-B', 1],
  ]);
});

test('syncList keeps a newer version the book holds (a push that overtook the answer)', () => {
  const book = takeOrder(EMPTY_BOOK, order('VX-A', 4), 7);
  const next = syncList(book, [order('VX-A', 3)], { askedAt: 5, keep: new Set(), seen: 8 });
  assert.equal(versions(next), [['VX-A', 4]]);
});

test('syncList keeps orders heard of after the question and orders an open page re-checks', () => {
  let book = takeOrder(EMPTY_BOOK, order('VX-NEW', 1), 6); // pushed while the list was on its way
  book = takeOrder(book, order('VX-OPEN', 1), 2);
  book = takeOrder(book, order('VX-GONE', 1), 3);
  const next = syncList(book, [], { askedAt: 5, keep: new Set(['VX-OPEN']), seen: 8 });
  assert.equal(versions(next), [
    ['VX-NEW', 1],
    ['VX-OPEN', 1],
  ]);
});

test('forgetOrder drops one order and leaves an unknown number alone', () => {
  const book = takeOrder(takeOrder(EMPTY_BOOK, order('VX-A', 1), 1), order('VX-B', 1), 2);
  assert.equal(versions(forgetOrder(book, 'VX-A')), [['VX-B', 1]]);
  assert.is(forgetOrder(book, 'VX-Z'), book);
});

test('newestFirst sorts by placing time, then number', () => {
  let book = takeOrder(EMPTY_BOOK, order('VX-A', 1, '2025-03-01T10:00:00.000Z'), 1);
  book = takeOrder(book, order('VX-C', 1, '2025-03-02T09:00:00.000Z'), 2);
  book = takeOrder(book, order('VX-B', 1, '2025-03-01T10:00:00.000Z'), 3);
  assert.equal(
    newestFirst(book).map((o) => o.number),
    ['VX-C', 'VX-B', 'VX-A'],
  );
});

test.run();
