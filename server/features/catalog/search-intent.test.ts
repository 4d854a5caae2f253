import { test } from 'uvu';
import * as assert from 'uvu/assert';
import type { ChipKind } from '../../../shared/catalog.js';
import { readSearch, type SearchIntent } from './search-intent.js';

type Read = Omit<SearchIntent, 'repairs'>;
const read = (q: string, ignore: ChipKind[] = []): Read => {
  const { repairs: _repairs, ...intent } = readSearch(q, ignore);
  return intent;
};

// Text → what becomes filters and order, and the words left for the text search.
const cases: [string, Read][] = [
  ['budget handset', { category: 'phones', sort: 'price-asc', rest: '' }],
  ['protector for the pro max', { category: 'screen-protectors', fits: 'vision-x-pro-max-ultra', rest: '' }],
  ['phones below $650', { category: 'phones', maxPrice: 65000, rest: '' }],
  ['earbuds over $100', { category: 'audio', minPrice: 10000, rest: '' }],
  // A budget in German is a filter, and leaves no words behind (one list of budget phrases, entities.ts).
  ['phone unter 300', { category: 'phones', maxPrice: 30000, rest: '' }],
  ['longest battery', { category: 'phones', sort: 'battery', rest: '' }],
  ['lightest phone', { category: 'phones', sort: 'weight', rest: '' }],
  ['charger for my terra', { category: 'chargers', fits: 'vision-x-terra', rest: '' }],
  ['black 256gb mobile', { category: 'phones', colour: 'Black', storage: 256, rest: '' }],
  ['phone cover', { category: 'cases', rest: '' }],
  ['priciest earphones', { category: 'audio', sort: 'price-desc', rest: '' }],
  ['visoin x case', { category: 'cases', rest: 'vision x' }],
  ['tempered glass halo', { category: 'screen-protectors', rest: 'halo' }],
  ['vision x', { rest: 'vision x' }],
  ['waterproof rugged phone', { category: 'phones', rest: 'waterproof rugged' }],
  ['5000 mah', { rest: '5000 mah' }],
];
for (const [q, want] of cases) {
  test(`"${q}"`, () => assert.equal(read(q), want));
}

const ignored: [string, ChipKind[], Read][] = [
  ['phones below $650', ['maxPrice'], { category: 'phones', rest: '' }],
  ['phones below $650', ['category'], { maxPrice: 65000, rest: '' }],
  ['charger for my terra', ['fits'], { category: 'chargers', rest: '' }],
  ['longest battery', ['sort'], { category: 'phones', rest: '' }],
  ['longest battery', ['category'], { sort: 'battery', rest: '' }],
];
for (const [q, ignore, want] of ignored) {
  test(`"${q}" ignoring ${ignore.join(', ')}: neither applied nor searched`, () => assert.equal(read(q, ignore), want));
}

test('typo repairs of product words are reported', () => {
  assert.equal([...readSearch('halo vison').repairs], [['vison', 'vision']]);
});
test.run();
