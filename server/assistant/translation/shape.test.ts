import { test } from 'uvu';
import * as assert from 'uvu/assert';
import { fillShape, shapeMatcher, shapeOf } from './shape.js';

const matcher = shapeMatcher(['Vision X', 'Vision X Pro Max Ultra', 'Coral']);

test('[LANG6] a sentence keeps its words and loses what never translates: names, prices, numbers, dates, order numbers, links', () => {
  const shape = shapeOf(
    'The Vision X Pro Max Ultra in Coral costs $1,900.00, has a 6.8-inch screen, 5x zoom and IP54; order **VX-AB12CD** was placed on 12 March 2026: see [your cart](/cart).',
    matcher,
  );
  assert.is(
    shape.template,
    'The {1} in {2} costs {3}, has a {4}-inch screen, 5x zoom and IP54; order **{5}** was placed on {6}: see [your cart]({7}).',
  );
  assert.equal(
    shape.slots.map((s) => s.kind),
    ['verbatim', 'verbatim', 'money', 'number', 'verbatim', 'date', 'verbatim'],
  );
});

test('[LANG6] the longest catalog name wins, and a name inside a word is not one', () => {
  assert.is(shapeOf('The Vision X Pro Max Ultra beats the Vision X.', matcher).template, 'The {1} beats the {2}.');
  assert.is(shapeOf('Corals are not colours.', matcher).template, 'Corals are not colours.');
});

test('[LANG6] slots go back in the language’s format, in the translated order', () => {
  const shape = shapeOf('The Vision X costs $1,900.00 since 12 March 2026, with 2.5 W.', matcher);
  const fr = fillShape('Depuis le {3}, le {1} coûte {2}, avec {4} W.', shape.slots, 'fr');
  assert.is(fr, 'Depuis le 12 mars 2026, le Vision X coûte 1\u202f900,00\u00a0$US, avec 2,5 W.');
  assert.is(fillShape('{2}', shape.slots, 'de'), '1.900,00\u00a0$');
  assert.is(fillShape('{3}', shape.slots, 'es'), '12 de marzo de 2026');
  // A plain integer stays as written (a year, a model number, "5000 mAh").
  assert.is(fillShape('{1}', shapeOf('5000', matcher).slots, 'fr'), '5000');
});

test.run();
