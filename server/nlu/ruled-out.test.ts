import { test } from 'uvu';
import * as assert from 'uvu/assert';
import { classifierText, extractSlots, ruledOutProducts } from './entities.js';

test('a product named to be left out is not one the message is about, nor what the classifier reads', () => {
  for (const [text, about, out] of [
    ['which phone has the best battery apart from the Terra?', [], ['vision-x-terra']],
    ['the lightest one, other than the Go', [], ['vision-go']],
    ['the cheapest except the go', [], ['vision-go']],
    ['I want the Go, not the X', ['vision-go'], ['vision-x']],
  ] as const) {
    assert.equal(extractSlots(text).products, about, text);
    assert.equal(ruledOutProducts(text), out, text);
  }
  assert.is(
    classifierText('which phone has the best battery apart from the Terra?'),
    'which phone has the best battery',
  );
});

test('"instead of" and "rather than" compare the product, they do not leave it out', () => {
  const text = 'is it worth paying 500 more for the Halo instead of the Pro Max Ultra?';
  assert.equal(extractSlots(text).products, ['halo-vision-pro-ultra', 'vision-x-pro-max-ultra']);
  assert.match(classifierText(text), /the zzphone instead of the zzphone$/);
});

test.run();
