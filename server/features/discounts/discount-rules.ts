import type { DiscountRefusal } from '../../../shared/discounts.js';
import type { DiscountRow } from './discounts.repo.js';

export interface Refusal {
  reason: DiscountRefusal;
  params?: Record<string, number>;
}

/**
 * Why a code does not apply to a merchandise subtotal (before the discount) at `now`, or null
 * when it does [DISC3]. Checked in this order, so a code both disabled and expired says
 * "disabled". The same conditions guard the conditional UPDATE that counts a use
 * (redeemDiscount), so a check and a commit can only disagree if the code changed between them.
 */
export function refusalOf(row: DiscountRow | undefined, subtotalCents: number, now: number): Refusal | null {
  if (!row) return { reason: 'discount_unknown' };
  if (row.disabledAt !== null) return { reason: 'discount_disabled' };
  if (row.expiresAt !== null && row.expiresAt <= now) return { reason: 'discount_expired' };
  if (row.usageLimit !== null && row.usedCount >= row.usageLimit) return { reason: 'discount_used_up' };
  if (subtotalCents < row.minOrderCents)
    return { reason: 'discount_below_minimum', params: { minimum: row.minOrderCents } };
  return null;
}
