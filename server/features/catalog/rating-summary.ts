import type { DbLike } from '../../db/client.js';
import type { RatingBreakdown } from '../../../shared/reviews.js';
import { ratingDistribution } from './catalog.repo.js';

type Distribution = RatingBreakdown['distribution'];

/** Count and average (rounded to one decimal, null without reviews) from the count per star. */
export function summarizeRatings(distribution: Distribution): RatingBreakdown {
  const count = distribution.reduce((a, b) => a + b, 0);
  const sum = distribution.reduce((acc, n, i) => acc + n * (i + 1), 0);
  return {
    average: count ? Math.round((sum / count) * 10) / 10 : null,
    count,
    distribution: [...distribution] as Distribution,
  };
}

/** A product's rating as the product page shows it. */
export const ratingBreakdown = (db: DbLike, productId: number): RatingBreakdown =>
  summarizeRatings(ratingDistribution(db, productId));
