import { test } from 'uvu';
import * as assert from 'uvu/assert';
import { durationWords, percentOf } from './metrics-words.js';

test('[METRIC1] durations in words, rounded for a figure', () => {
  const table: [number, string][] = [
    [-1, '0 s'],
    [0, '0 s'],
    [45_000, '45 s'],
    [59_400, '59 s'],
    [60_000, '1 min'],
    [4 * 60_000 + 20_000, '4 min'],
    [4 * 60_000 + 31_000, '5 min'],
    [59 * 60_000 + 40_000, '1 h 0 min'],
    [72 * 60_000, '1 h 12 min'],
    [26 * 3_600_000 + 10 * 60_000, '1 d 2 h'],
  ];
  for (const [ms, words] of table) assert.is(durationWords(ms), words, `${ms} ms`);
});

test('[METRIC1] a share as a whole percentage; nothing to share is null', () => {
  assert.is(percentOf(1, 3), 33);
  assert.is(percentOf(2, 3), 67);
  assert.is(percentOf(0, 5), 0);
  assert.is(percentOf(0, 0), null);
});

test.run();
