import { test } from 'uvu';
import * as assert from 'uvu/assert';
import { summarizeRatings } from '../catalog/rating-summary.js';
import { publicName, reviewBlocker, type ReviewFacts } from './review-rules.js';

const facts = (f: Partial<ReviewFacts>): ReviewFacts => ({
  signedIn: true,
  purchase: 'delivered',
  alreadyReviewed: false,
  ...f,
});

test('who may review: the first thing in the way wins', () => {
  const table: Array<[Partial<ReviewFacts>, ReturnType<typeof reviewBlocker>]> = [
    [{ signedIn: false, purchase: 'none' }, 'sign-in'],
    [{ signedIn: false, purchase: 'delivered' }, 'sign-in'],
    [{ purchase: 'none' }, 'not-purchased'],
    [{ purchase: 'on-its-way' }, 'not-delivered'],
    [{ purchase: 'delivered' }, null],
    [{ purchase: 'delivered', alreadyReviewed: true }, 'already-reviewed'],
  ];
  for (const [given, want] of table) assert.is(reviewBlocker(facts(given)), want, JSON.stringify(given));
});

test('published names: first name and last initial, never the whole name', () => {
  const table: Array<[string, string]> = [
    ['Ada Lovelace', 'Ada L.'],
    ['  Ada   King  Lovelace ', 'Ada L.'],
    ['Cher', 'Cher'],
    ['josé álvarez', 'josé Á.'],
    ['Zoë 𝒮mith', 'Zoë 𝒮.'],
    ['李小龍', '李小龍'],
    ['   ', 'Customer'],
  ];
  for (const [name, want] of table) assert.is(publicName(name), want, name);
});

test('rating summary: count, average to one decimal, distribution copied', () => {
  const table: Array<[[number, number, number, number, number], number | null, number]> = [
    [[0, 0, 0, 0, 0], null, 0],
    [[0, 0, 0, 0, 1], 5, 1],
    [[1, 0, 0, 0, 1], 3, 2],
    [[0, 0, 0, 2, 1], 4.3, 3], // 13 / 3 = 4.333…
    [[0, 1, 0, 0, 2], 4, 3],
    [[1, 1, 1, 1, 1], 3, 5],
    [[2, 0, 0, 0, 1], 2.3, 3], // 7 / 3 = 2.333…
    [[0, 0, 1, 0, 1], 4, 2],
    [[0, 0, 0, 1, 1], 4.5, 2],
  ];
  for (const [distribution, average, count] of table) {
    const summary = summarizeRatings(distribution);
    assert.equal(summary, { average, count, distribution }, JSON.stringify(distribution));
    assert.is.not(summary.distribution, distribution, 'a copy, not the caller’s array');
  }
});

test.run();
