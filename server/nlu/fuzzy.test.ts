import { test } from 'uvu';
import * as assert from 'uvu/assert';
import { editDistance, repairProductWords } from './fuzzy.js';

test('edit distance counts a swap of neighbours once and stops past the limit', () => {
  assert.is(editDistance('visoin', 'vision'), 1);
  assert.is(editDistance('vison', 'vision'), 1);
  assert.is(editDistance('tera', 'terra'), 1);
  assert.is(editDistance('abc', 'xyzxyz', 2), 3);
});

const REPAIRS: Array<[string, string]> = [
  [' visoin x ', ' vision x '],
  [' vison go ', ' vision go '],
  [' the tera ', ' the terra '],
  [' tempred glass ', ' tempered glass '],
  [' headphnes ', ' headphones '],
  // Ordinary words stay as they are.
  [' clean the table i found ', ' clean the table i found '],
  [' i got charged twice ', ' i got charged twice '],
  [' version 2 ', ' version 2 '],
];
for (const [input, expected] of REPAIRS) {
  test(`repairs product words: ${input.trim()}`, () => assert.is(repairProductWords(input), expected));
}

test.run();
