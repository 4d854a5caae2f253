import { test } from 'uvu';
import * as assert from 'uvu/assert';
import { othersThan, parseRecentlyViewed, RECENTLY_VIEWED_MAX, recordView } from './recently-viewed.js';

test('[PDP4] opening a product puts it first, once', () => {
  assert.equal(recordView([], 'vision-x'), ['vision-x']);
  assert.equal(recordView(['a', 'b', 'c'], 'b'), ['b', 'a', 'c']);
  assert.equal(recordView(['a', 'b'], 'a'), ['a', 'b']);
});

test('[PDP4] the list keeps the newest eight', () => {
  let list: string[] = [];
  for (let i = 1; i <= 10; i++) list = recordView(list, `p${i}`);
  assert.is(list.length, RECENTLY_VIEWED_MAX);
  assert.equal(list, ['p10', 'p9', 'p8', 'p7', 'p6', 'p5', 'p4', 'p3']);
});

test('[PDP4] the current product is not among its recently viewed', () => {
  assert.equal(othersThan(['a', 'b', 'c'], 'a'), ['b', 'c']);
  assert.equal(othersThan(['a', 'b'], undefined), ['a', 'b']);
});

test('[PDP4] a stored list that is not slugs reads as empty or is cleaned', () => {
  for (const bad of [null, '', 'nope', '{"a":1}', '42', 'null']) assert.equal(parseRecentlyViewed(bad), []);
  assert.equal(parseRecentlyViewed('["a","Bad Slug","a",3,"b-c"]'), ['a', 'b-c']);
  assert.is(parseRecentlyViewed(JSON.stringify(Array.from({ length: 20 }, (_, i) => `p${i}`))).length, 8);
});

test.run();
