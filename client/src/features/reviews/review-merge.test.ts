import { test } from 'uvu';
import * as assert from 'uvu/assert';
import type { RatingBreakdown, Review } from '../../../../shared/reviews.js';
import { isNewerRating, mergeReviews } from './review-merge.js';

const review = (id: number, day: number, author = 'Ada L.'): Review => ({
  id,
  productId: 1,
  author,
  rating: 4,
  title: null,
  body: 'Ten or more characters.',
  verified: true,
  createdAt: new Date(Date.UTC(2026, 0, day)).toISOString(),
});

test('merging: one per id, newest first, ties by id, the arriving copy wins', () => {
  const shown = [review(3, 10), review(1, 5)];
  assert.equal(
    mergeReviews(shown, [review(7, 12)]).map((r) => r.id),
    [7, 3, 1],
    'a live review goes on top',
  );
  assert.equal(
    mergeReviews(shown, [review(3, 10), review(3, 10)]).map((r) => r.id),
    [3, 1],
    'ack and push of the same review: one',
  );
  assert.equal(
    mergeReviews(shown, [review(2, 10)]).map((r) => r.id),
    [3, 2, 1],
    'same time: higher id first',
  );
  assert.equal(
    mergeReviews(shown, [review(0, 1)]).map((r) => r.id),
    [3, 1, 0],
    'an older page goes below',
  );
  assert.is(mergeReviews(shown, [review(1, 5, 'Former customer')])[1]!.author, 'Former customer');
  assert.equal(mergeReviews([], []), []);
});

test('a summary is taken unless it counts fewer reviews than the one shown', () => {
  const rating = (count: number): RatingBreakdown => ({
    average: count ? 4 : null,
    count,
    distribution: [0, 0, 0, count, 0],
  });
  assert.is(isNewerRating(rating(3), rating(4)), true);
  assert.is(isNewerRating(rating(3), rating(3)), true);
  assert.is(isNewerRating(rating(4), rating(3)), false, 'a late ack after a newer push');
});

test.run();
