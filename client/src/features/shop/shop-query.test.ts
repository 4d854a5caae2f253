import { test } from 'uvu';
import * as assert from 'uvu/assert';
import {
  hasFilters,
  pageItems,
  parseShopQuery,
  shopHref,
  toListInput,
  withChange,
  withoutFilters,
  type SearchParams,
  type ShopState,
} from './shop-query.js';

const DEFAULT: ShopState = {
  q: '',
  category: [],
  colour: [],
  storage: [],
  minPrice: null,
  maxPrice: null,
  inStock: false,
  sort: 'relevance',
  page: 1,
  ignore: [],
};

test('an empty URL is the default state', () => {
  assert.equal(parseShopQuery({}), DEFAULT);
  assert.is(shopHref(DEFAULT), '/shop');
});

test('a full URL parses into the state and back to the same URL', () => {
  const href =
    '/shop?q=usb-c%20%26%20case&category=cases,cables&colour=black,deep-blue&storage=128,1024&minPrice=20&maxPrice=99.5&inStock=1&sort=price-asc&page=3&ignore=category,sort';
  const params: SearchParams = {
    q: 'usb-c & case',
    category: 'cases,cables',
    colour: 'black,deep-blue',
    storage: '128,1024',
    minPrice: '20',
    maxPrice: '99.5',
    inStock: '1',
    sort: 'price-asc',
    page: '3',
    ignore: 'category,sort',
  };
  const state = parseShopQuery(params);
  assert.equal(state, {
    q: 'usb-c & case',
    category: ['cases', 'cables'],
    colour: ['black', 'deep-blue'],
    storage: [128, 1024],
    minPrice: 2000,
    maxPrice: 9950,
    inStock: true,
    sort: 'price-asc',
    page: 3,
    ignore: ['category', 'sort'],
  });
  assert.is(shopHref(state), href.replace('maxPrice=99.5', 'maxPrice=99.50'));
});

test('repeated keys count like comma-separated ones, without duplicates', () => {
  assert.equal(parseShopQuery({ colour: ['black', 'blue,black'] }).colour, ['black', 'blue']);
});

// [R] Malformed values are ignored, never an error.
const MALFORMED: [string, SearchParams, Partial<ShopState>][] = [
  ['unknown category', { category: 'phones,toasters' }, { category: ['phones'] }],
  ['colour that is no key', { colour: 'Black!,<b>,ok' }, { colour: ['ok'] }],
  ['storage that is no size', { storage: '128,abc,-1,0,99999,4096' }, { storage: [128, 4096] }],
  ['price with letters', { minPrice: '12abc', maxPrice: '1e3' }, {}],
  ['negative price', { minPrice: '-5' }, {}],
  ['price with three decimals', { minPrice: '1.999' }, {}],
  ['price over the maximum', { maxPrice: '100001' }, {}],
  ['range ending below its start', { minPrice: '500', maxPrice: '100' }, { minPrice: 50000 }],
  ['unknown sort', { sort: 'cheapest' }, {}],
  ['page 0', { page: '0' }, {}],
  ['page not a number', { page: 'two' }, {}],
  ['page too far', { page: '123456' }, {}],
  ['inStock other than 1/true', { inStock: 'yes' }, {}],
  ['query too long', { q: 'x'.repeat(300) }, { q: 'x'.repeat(120) }],
  ['query around spaces', { q: '  case  ' }, { q: 'case' }],
  ['chip kind that does not exist', { ignore: 'sort,colours,<b>' }, { ignore: ['sort'] }],
];
for (const [name, params, expected] of MALFORMED) {
  test(`parseShopQuery ignores a ${name}`, () => {
    assert.equal(parseShopQuery(params), { ...DEFAULT, ...expected });
  });
}

test('more than 20 values of a list are cut to 20', () => {
  const many = Array.from({ length: 30 }, (_, i) => `c${i}`).join(',');
  assert.is(parseShopQuery({ colour: many }).colour.length, 20);
});

test('changing a filter goes back to page 1; changing the page does not', () => {
  const onPage3 = { ...DEFAULT, page: 3 };
  assert.is(withChange(onPage3, { inStock: true }).page, 1);
  assert.is(withChange(onPage3, { page: 4 }).page, 4);
});

test('clearing filters keeps the search and the order', () => {
  const state: ShopState = {
    ...DEFAULT,
    q: 'case',
    sort: 'newest',
    colour: ['black'],
    inStock: true,
    minPrice: 100,
    page: 2,
  };
  assert.ok(hasFilters(state));
  const cleared = withoutFilters(state);
  assert.not.ok(hasFilters(cleared));
  assert.is(shopHref(cleared), '/shop?q=case&sort=newest');
});

test('the request carries cents and leaves unset prices out', () => {
  assert.equal(toListInput({ ...DEFAULT, minPrice: 2000 }), {
    q: '',
    category: [],
    colour: [],
    storage: [],
    minPrice: 2000,
    inStock: false,
    sort: 'relevance',
    page: 1,
    ignore: [],
  });
});

const PAGES: [number, number, (number | 'gap')[]][] = [
  [1, 1, [1]],
  [2, 7, [1, 2, 3, 4, 5, 6, 7]],
  [1, 10, [1, 2, 'gap', 10]],
  [5, 10, [1, 'gap', 4, 5, 6, 'gap', 10]],
  [3, 10, [1, 2, 3, 4, 'gap', 10]],
  [10, 10, [1, 'gap', 9, 10]],
  [99, 10, [1, 'gap', 9, 10]],
];
for (const [current, count, expected] of PAGES) {
  test(`pageItems(${current}, ${count})`, () => assert.equal(pageItems(current, count), expected));
}

test.run();
