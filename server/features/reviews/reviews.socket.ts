import type { AppContext } from '../../context.js';
import { route, type FeatureRoutes } from '../../socket/routes.js';
import { ReviewAddSchema, ReviewEligibilitySchema, ReviewListSchema } from '../../../shared/reviews.js';
import { anonymiseReviews, reviewsByUser } from './reviews.repo.js';
import { addReview, listReviews, reviewEligibility } from './reviews.service.js';

/**
 * Anyone may read reviews and ask whether they may write one; `reviews:add` is open to every
 * session too, so a guest is told `forbidden` with the reason rather than a bare "sign in".
 */
export const reviewsHandlers = (ctx: AppContext): FeatureRoutes => ({
  routes: [
    route('reviews:list', { schema: ReviewListSchema, run: (input) => listReviews(ctx, input) }),
    route('reviews:eligibility', {
      schema: ReviewEligibilitySchema,
      run: ({ productId }, { session }) => reviewEligibility(ctx, session, productId),
    }),
    route('reviews:add', {
      schema: ReviewAddSchema,
      run: (input, { session }) => addReview(ctx, session, input),
    }),
  ],
});

/** Account deletion keeps the reviews under "Former customer"; the data export lists them. */
export function registerReviewIdentityHooks(ctx: AppContext): void {
  ctx.hooks.eraseUser.push(anonymiseReviews);
  ctx.hooks.exportUser.push({ section: 'reviews', collect: reviewsByUser });
}
