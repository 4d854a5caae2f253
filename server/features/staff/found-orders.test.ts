import { suite } from 'uvu';
import * as assert from 'uvu/assert';
import { createFoundOrders } from './found-orders.js';

const test = suite('staff: the orders a socket found');

test('[SCOPE3] per socket, bounded (the least recently found go first), forgotten with the socket', () => {
  const found = createFoundOrders(3);
  found.remember('a', [1, 2, 3]);
  found.remember('a', [1]); // found again: now the newest
  found.remember('a', [4]);
  assert.equal(
    [1, 2, 3, 4].map((id) => found.has('a', id)),
    [true, false, true, true],
  );
  assert.not.ok(found.has('b', 1), 'another socket found nothing');
  found.forget('a');
  assert.not.ok(found.has('a', 4));
});

test.run();
