import { test } from 'uvu';
import * as assert from 'uvu/assert';
import { corrected, extractSlots, plain } from './entities.js';

test('a product the shopper corrected themselves about is replaced by the one they meant', () => {
  assert.is(
    corrected(plain('is there a case for the Halo? oh no sorry, I meant the Vision Go')).trim(),
    'is there a case for the vision go',
  );
  assert.equal(
    extractSlots('is there a case for the Halo? oh no sorry, I meant the Vision Go').accessoryFor,
    'vision-go',
  );
  assert.equal(extractSlots('the Go, no wait, the X: how much is it?').products, ['vision-x']);
  assert.equal(extractSlots('does the everyday case fit the go? no wait, I mean the X').accessoryFor, 'vision-x');
});

test('without a correction, every product named stays', () => {
  assert.equal(extractSlots('compare the X and the Go').products, ['vision-x', 'vision-go']);
  assert.equal(extractSlots('I mean the Go is fine but the X?').products, ['vision-go', 'vision-x']);
});

test.run();
