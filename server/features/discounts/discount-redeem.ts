import type { DbLike } from '../../db/client.js';
import { AppError } from '../../errors.js';
import type { DiscountTerms } from '../../../shared/discounts.js';
import { refusalOf, type Refusal } from './discount-rules.js';
import { findDiscount, redeemDiscount } from './discounts.repo.js';

/** The typed code does not apply (unknown, disabled, expired, used up, below its minimum): a guess [DISC6]. */
export class DiscountRefusedError extends AppError {}

/**
 * A code that applied when checked stopped applying before the order committed (its last use went
 * to another checkout, staff disabled it): the shopper hears the same refusal, but it is no guess.
 */
export class DiscountLostError extends AppError {}

function refused<E extends AppError>(
  Err: new (...args: ConstructorParameters<typeof AppError>) => E,
  code: string,
  { reason, params }: Refusal,
): E {
  return new Err(reason === 'discount_unknown' ? 'not_found' : 'conflict', reason, { params: { code, ...params } });
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
  if (refusal || !row) throw refused(DiscountRefusedError, code, refusal ?? { reason: 'discount_unknown' });
  return { code: row.code, kind: row.kind, value: row.value, minOrderCents: row.minOrderCents };
}

/**
 * Counts one use of `code` in the order's transaction [DISC8]. If it no longer applies (the last
 * use went to another checkout, staff disabled it, it expired), the refusal says why as it is now,
 * and the checkout's failure path refunds the charge (docs/ARCHITECTURE.md §5). It is a
 * DiscountLostError: the guessing allowance does not count it.
 */
export function redeemInOrder(tx: DbLike, code: string, subtotalCents: number, now: number): void {
  if (redeemDiscount(tx, code, subtotalCents, now)) return;
  const refusal = refusalOf(findDiscount(tx, code), subtotalCents, now) ?? { reason: 'discount_used_up' };
  throw refused(DiscountLostError, code, refusal);
}
