import { test } from 'uvu';
import * as assert from 'uvu/assert';
import { correctWord, editDistance, normaliseText, typoBudget, wordsOf } from './search-text.js';

const normalised: [string, string][] = [
  ['5000 mAh', '5000 mah'],
  ['5,000mAh battery', '5000 mah battery'],
  ['USB-C', 'usb c'],
  ['Café  Crème', 'cafe creme'],
  ['6.8-inch OLED', '6 8 inch oled'],
  ['  Vision X Pro Max Ultra ', 'vision x pro max ultra'],
  ['Wi-Fi 7 / Bluetooth 5.4', 'wi fi 7 bluetooth 5 4'],
  ['1,234,567', '1234567'],
  ['<script>', 'script'],
];
for (const [input, want] of normalised) {
  test(`normaliseText(${JSON.stringify(input)}) → ${JSON.stringify(want)}`, () => {
    assert.is(normaliseText(input), want);
  });
}

test('wordsOf drops empty words', () => {
  assert.equal(wordsOf(' --- USB-C  cable!! '), ['usb', 'c', 'cable']);
  assert.equal(wordsOf('   '), []);
});

const distances: [string, string, number][] = [
  ['', '', 0],
  ['case', 'case', 0],
  ['case', 'cases', 1],
  ['trnsparent', 'transparent', 1],
  ['tarnsparent', 'transparent', 1], // adjacent swap counts once
  ['halo', 'ahlo', 1],
  ['kitten', 'sitting', 3],
  ['', 'abc', 3],
];
for (const [a, b, d] of distances) {
  test(`editDistance(${a}, ${b}) = ${d}`, () => {
    assert.is(editDistance(a, b), d);
    assert.is(editDistance(b, a), d);
  });
}

test('editDistance stops early past the budget', () => {
  assert.is(editDistance('abcdefgh', 'zzzzzzzz', 2), 3);
  assert.is(editDistance('a', 'abcdef', 1), 2);
});

test('typo budget: none for short words, one from 4 letters, two from 8', () => {
  assert.equal(['usb', 'case', 'charger', 'transparent'].map(typoBudget), [0, 1, 1, 2]);
});

const vocab = new Map([
  ['transparent', 3],
  ['charger', 4],
  ['chargers', 2],
  ['halo', 2],
  ['case', 6],
  ['cast', 1],
  ['usb', 8],
]);
const corrections: [string, string | null][] = [
  ['transparent', 'transparent'],
  ['transparnet', 'transparent'],
  ['trasnparent', 'transparent'],
  ['chrager', 'charger'],
  ['halp', 'halo'],
  ['csae', 'case'], // ties broken by the more common term
  ['usv', null], // three letters: no correction
  ['xylophone', null],
];
for (const [word, want] of corrections) {
  test(`correctWord(${word}) → ${want}`, () => {
    assert.is(correctWord(word, vocab), want);
  });
}

test.run();
