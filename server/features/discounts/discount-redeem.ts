import type { DbLike } from '../../db/client.js';
import { AppError } from '../../errors.js';
import type { DiscountTerms } from '../../../shared/discounts.js';
import { refusalOf, type Refusal } from './discount-rules.js';
import { findDiscount, redeemDiscount } from './discounts.repo.js';

/** A code that does not apply (unknown, disabled, expired, used up, below its minimum). */
export class DiscountRefusedError extends AppError {}

function refused(code: string, { reason, params }: Refusal): DiscountRefusedError {
  return new DiscountRefusedError(reason === 'discount_unknown' ? 'not_found' : 'conflict', reason, {
    params: { code, ...params },
  });
}

/** The terms `code` gives a merchandise subtotal at `now`, or a typed refusal (nothing is counted). */
export function termsOf(
  db: DbLike,
  code: string,
  subtotalCents: number,
  now: number,
): DiscountTerms & { minOrderCents: number } {
  const row = findDiscount(db, code);
  const refusal = refusalOf(row, subtotalCents, now);
  if (refusal || !row) throw refused(code, refusal ?? { reason: 'discount_unknown' });
  return { code: row.code, kind: row.kind, value: row.value, minOrderCents: row.minOrderCents };
}

/**
 * Counts one use of `code` in the order's transaction [DISC8]. If it no longer applies (the last
 * use went to another checkout, staff disabled it, it expired), the refusal says why as it is now,
 * and the checkout's failure path refunds the charge (docs/ARCHITECTURE.md §5).
 */
export function redeemInOrder(tx: DbLike, code: string, subtotalCents: number, now: number): void {
  if (redeemDiscount(tx, code, subtotalCents, now)) return;
  throw refused(code, refusalOf(findDiscount(tx, code), subtotalCents, now) ?? { reason: 'discount_used_up' });
}
