import type { AppContext } from '../../context.js';
import { AppError } from '../../errors.js';
import { discountOff } from '../../../shared/checkout-totals.js';
import type { DiscountQuote } from '../../../shared/discounts.js';
import type { LiveSession } from '../auth/sessions.repo.js';
import { readCart } from '../cart/cart.repo.js';
import { cartOwnerOf } from '../cart/cart.service.js';
import { termsOf } from './discount-redeem.js';

/**
 * What `code` would take off the shopper's cart as it is now [DISC2], or why it would not.
 * Nothing is counted: a use is counted only with an order (discount-redeem.ts).
 */
export function quoteDiscount(ctx: AppContext, session: LiveSession, code: string): DiscountQuote {
  const cart = readCart(ctx.db, cartOwnerOf(session));
  if (cart.lines.length === 0) throw new AppError('conflict', 'cart_empty');
  const terms = termsOf(ctx.db, code, cart.subtotalCents, ctx.now());
  return { ...terms, discountCents: discountOff(terms, cart.subtotalCents), cartVersion: cart.version };
}
