import type { DiscountTerms } from './discounts.js';
import { shippingCents, type Country, type ShippingMethod } from './shipping.js';

/** An estimate shown as such on the cart; checkout charges it on the subtotal. */
export const TAX_ESTIMATE_RATE = 0.08;

export interface CheckoutTotals {
  /** The merchandise subtotal, before any discount. */
  subtotalCents: number;
  /** What the discount code takes off the subtotal (0 without one). */
  discountCents: number;
  shippingCents: number;
  taxCents: number;
  totalCents: number;
}

/**
 * What a code takes off a merchandise subtotal, in whole cents: a percentage rounded half up
 * in integers (no float drift), an amount at most the subtotal (never below zero) [DISC4].
 */
export function discountOff(terms: Pick<DiscountTerms, 'kind' | 'value'>, subtotalCents: number): number {
  if (terms.kind === 'percent') return Math.min(subtotalCents, Math.floor((subtotalCents * terms.value + 50) / 100));
  return Math.min(subtotalCents, terms.value);
}

/**
 * What checkout charges for a subtotal shipped to `country` by `method`, with an optional
 * discount: the server charges it, the checkout page shows it, so the number on the "Place
 * order" button is the one charged. The order [DISC5]: the discount comes off the merchandise
 * subtotal; the free-shipping threshold and the tax are on what is left after it (a code does
 * not also buy free shipping); a cart of items all discounted away still pays its shipping.
 */
export function checkoutTotals(
  subtotalCents: number,
  country: Country,
  method: ShippingMethod,
  discount: Pick<DiscountTerms, 'kind' | 'value'> | null = null,
): CheckoutTotals {
  const discountCents = discount ? discountOff(discount, subtotalCents) : 0;
  const goods = subtotalCents - discountCents;
  // shippingCents reads a subtotal of 0 as "nothing to ship"; a cart discounted to 0 still ships
  // (1 cent is under every free threshold, so it pays the method's rate).
  const shipping = subtotalCents === 0 ? 0 : shippingCents(country, method, Math.max(goods, 1));
  const tax = Math.round(goods * TAX_ESTIMATE_RATE); // whole cents, half up
  return { subtotalCents, discountCents, shippingCents: shipping, taxCents: tax, totalCents: goods + shipping + tax };
}
