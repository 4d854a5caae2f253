import type { CartLine, CartTotals } from '../../../shared/cart.js';

/** The shipping policy's US standard rate and threshold; the tax rate is an estimate shown as such. */
export const STANDARD_SHIPPING_CENTS = 595;
export const FREE_SHIPPING_FROM_CENTS = 9900;
export const TAX_ESTIMATE_RATE = 0.08;

/** Totals of priced lines, in whole cents (tax rounded half up on the subtotal). */
export function cartTotals(lines: Pick<CartLine, 'quantity' | 'unitPriceCents'>[]): CartTotals {
  const itemCount = lines.reduce((n, l) => n + l.quantity, 0);
  const subtotalCents = lines.reduce((n, l) => n + l.quantity * l.unitPriceCents, 0);
  const shippingCents = subtotalCents === 0 || subtotalCents >= FREE_SHIPPING_FROM_CENTS ? 0 : STANDARD_SHIPPING_CENTS;
  const taxEstimateCents = Math.round(subtotalCents * TAX_ESTIMATE_RATE);
  return {
    itemCount,
    subtotalCents,
    shippingCents,
    freeShippingFromCents: FREE_SHIPPING_FROM_CENTS,
    taxEstimateCents,
    totalCents: subtotalCents + shippingCents + taxEstimateCents,
  };
}
