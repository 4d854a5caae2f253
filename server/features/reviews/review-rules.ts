import type { ErrorCode, ErrorReason } from '../../../shared/result.js';
import type { ReviewBlocker } from '../../../shared/reviews.js';

/** What the shopper's orders say about a product: received, still on its way, or never bought. */
export type PurchaseState = 'delivered' | 'on-its-way' | 'none';

export interface ReviewFacts {
  signedIn: boolean;
  purchase: PurchaseState;
  alreadyReviewed: boolean;
}

/** Why this identity may not review the product, or null when it may. The order of the checks is the order a shopper would fix them in. */
export function reviewBlocker(facts: ReviewFacts): ReviewBlocker | null {
  if (!facts.signedIn) return 'sign-in';
  if (facts.alreadyReviewed) return 'already-reviewed';
  if (facts.purchase === 'none') return 'not-purchased';
  if (facts.purchase === 'on-its-way') return 'not-delivered';
  return null;
}

export const BLOCKERS: Record<ReviewBlocker, { code: ErrorCode; reason: ErrorReason }> = {
  'sign-in': { code: 'forbidden', reason: 'review_sign_in' },
  'not-purchased': { code: 'forbidden', reason: 'review_not_purchased' },
  'not-delivered': { code: 'forbidden', reason: 'review_not_delivered' },
  'already-reviewed': { code: 'conflict', reason: 'review_already_written' },
};

/**
 * The name a review is published under: the first name and the initial of the last, like the
 * reviews the shop imported ("Maya R."). The full name is the shopper's, not the public's.
 */
export function publicName(fullName: string): string {
  const parts = fullName.trim().split(/\s+/).filter(Boolean);
  if (parts.length === 0) return 'Customer';
  if (parts.length === 1) return parts[0]!;
  const initial = [...parts.at(-1)!][0]!.toLocaleUpperCase();
  return `${parts[0]} ${initial}.`;
}
