import type { AppContext } from '../../context.js';
import type { DbLike } from '../../db/client.js';
import { AppError } from '../../errors.js';
import { rooms } from '../../socket/rooms.js';
import {
  REVIEWS_PAGE_SIZE,
  type ReviewAdded,
  type ReviewBlocker,
  type ReviewEligibility,
  type ReviewPage,
} from '../../../shared/reviews.js';
import type { ReviewAddSchema, ReviewListSchema } from '../../../shared/reviews.js';
import type { z } from 'zod';
import type { LiveSession } from '../auth/sessions.repo.js';
import { findUserById } from '../auth/users.repo.js';
import { findProductById, type ProductRow } from '../catalog/catalog.repo.js';
import { ratingBreakdown } from '../catalog/rating-summary.js';
import { BLOCKERS, publicName, reviewBlocker } from './review-rules.js';
import { findReview, hasReviewed, insertVerifiedReview, purchaseState, reviewsPage, toReview } from './reviews.repo.js';

function productOr404(db: DbLike, productId: number): ProductRow {
  const product = findProductById(db, productId);
  if (!product) throw new AppError('not_found', 'product_not_found');
  return product;
}

const blockerError = (blocker: ReviewBlocker) => new AppError(BLOCKERS[blocker].code, BLOCKERS[blocker].reason);

/** The signed-in author (their name is published), or null for a guest; and what stands in the way. */
function check(db: DbLike, session: LiveSession, product: ProductRow) {
  const user = session.userId === null ? undefined : findUserById(db, session.userId);
  const blocker = reviewBlocker({
    signedIn: !!user,
    purchase: user ? purchaseState(db, user.id, product) : 'none',
    alreadyReviewed: user ? hasReviewed(db, product.id, user.id) : false,
  });
  return { user, blocker };
}

export function reviewEligibility(ctx: AppContext, session: LiveSession, productId: number): ReviewEligibility {
  const { user, blocker } = check(ctx.db, session, productOr404(ctx.db, productId));
  if (blocker) return { canReview: false, reason: blocker };
  return { canReview: true, postingAs: publicName(user!.name) };
}

/**
 * validate → persist → ack → notify. The eligibility check gives the shopper a clear answer;
 * the unique index on (product, user) is what makes "once" true, also across processes.
 */
export function addReview(ctx: AppContext, session: LiveSession, input: z.output<typeof ReviewAddSchema>): ReviewAdded {
  const added = ctx.db.transaction(
    (tx) => {
      const product = productOr404(tx, input.productId);
      const { user, blocker } = check(tx, session, product);
      if (blocker) throw blockerError(blocker);
      const { rating, title, body } = input;
      const row = insertVerifiedReview(tx, {
        productId: product.id,
        userId: user!.id,
        author: publicName(user!.name),
        rating,
        title,
        body,
        createdAt: ctx.now(),
      });
      if (!row) throw blockerError('already-reviewed');
      return { productId: product.id, review: toReview(row), rating: ratingBreakdown(tx, product.id) };
    },
    { behavior: 'immediate' },
  );
  ctx.log.info({ reviewId: added.review.id, productId: added.productId }, 'review added');
  ctx.publish(rooms.product(added.productId), 'catalog:review-added', added);
  return added;
}

export function listReviews(ctx: AppContext, { productId, after }: z.output<typeof ReviewListSchema>): ReviewPage {
  const product = productOr404(ctx.db, productId);
  const from = after === undefined ? undefined : findReview(ctx.db, after);
  if (from && from.productId !== product.id)
    throw new AppError('bad_request', 'review_not_of_product', { fields: { after: { code: 'not_of_product' } } });
  if (after !== undefined && !from) throw new AppError('not_found', 'review_not_found');
  const rows = reviewsPage(ctx.db, product.id, REVIEWS_PAGE_SIZE + 1, from);
  const page = rows.slice(0, REVIEWS_PAGE_SIZE);
  return {
    reviews: page.map(toReview),
    nextAfter: rows.length > REVIEWS_PAGE_SIZE ? page.at(-1)!.id : null,
    rating: ratingBreakdown(ctx.db, product.id),
  };
}
