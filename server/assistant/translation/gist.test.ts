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

test('[LANG5] an elided article is its own word, and what the table does not know passes through as written', () => {
  assert.is(gist("l'écran et la batterie de VX-1234", table), 'the écran et la battery de VX-1234');
});

test('[LANG5] a one-letter typo of a word of five letters or more is forgiven, a shorter word or a number never bends', () => {
  assert.is(gist('la baterie', table), 'la battery');
  assert.is(gist('panir pane 12345', table), 'cart pane 12345');
});

test.run();
