import { test } from 'uvu';
import * as assert from 'uvu/assert';
import { compileTable, gist } from './gist.js';

const table = compileTable({
  panier: 'cart',
  'mon panier': 'my cart',
  "qu'est-ce qu'il y a dans": "what's in",
  "l'": 'the',
  batterie: 'battery',
  'est-ce que': '',
  combien: 'how much',
  coûte: 'is',
});

test('[LANG5] the longest phrase wins, accents and case aside, and "" drops words', () => {
  assert.is(gist("Qu'est-ce qu'il y a dans MON PANIER ?", table), "what's in my cart?");
  assert.is(gist('Est-ce que le panier…', table), 'le cart…');
  assert.is(gist('combien coute le Vision X Pro ?', table), 'how much is le Vision X Pro?');
});

test('[LANG5] the message keeps its own spacing: order numbers, prices and hyphenated names stay whole', () => {
  assert.is(
    gist('mon panier: VX-7K2M9Q, 1.500 $ et le Qi2-Ladepad (USB-C)', table),
    'my cart: VX-7K2M9Q, 1.500 $ et le Qi2-Ladepad (USB-C)',
  );
});

test('[LANG5] an elided article is its own word, and what the table does not know passes through as written', () => {
  assert.is(gist("l'écran et la batterie de VX-1234", table), 'the écran et la battery de VX-1234');
});

test('[LANG5] a one-letter typo of a word of six letters or more is forgiven, a shorter word or a number never bends', () => {
  assert.is(gist('la baterie', table), 'la battery');
  assert.is(gist('paniers panir 12345', table), 'cart panir 12345');
});

test.run();
