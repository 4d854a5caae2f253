import type { RatingBreakdown, Review } from '../../../../shared/reviews.js';

const newestFirst = (a: Review, b: Review) => b.createdAt.localeCompare(a.createdAt) || b.id - a.id;

/**
 * The reviews shown, with more added: one per id (the author gets both the ack and the push;
 * a re-sync re-sends the first page), newest first as the server lists them.
 */
export function mergeReviews(shown: readonly Review[], incoming: readonly Review[]): Review[] {
  const byId = new Map(shown.map((r) => [r.id, r]));
  for (const r of incoming) byId.set(r.id, r);
  return [...byId.values()].sort(newestFirst);
}

/**
 * Whether a summary that arrived is at least as new as the one shown. Reviews are only ever
 * added (erasure keeps them), so the count orders summaries; an ack and a push of the same
 * review may come in either order and carry the same numbers.
 */
export const isNewerRating = (shown: RatingBreakdown, arrived: RatingBreakdown) => arrived.count >= shown.count;
