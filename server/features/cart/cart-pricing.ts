import type { CartLine, CartTotals } from '../../../shared/cart.js';
import { SHIPPING_RATES, shippingCents } from '../../../shared/shipping.js';

/** The cart estimates US standard shipping (checkout charges the chosen country and method). */
const ESTIMATE = { country: 'US', method: 'standard' } as const;
/** An estimate shown as such; the final tax depends on the address. */
export const TAX_ESTIMATE_RATE = 0.08;

/** Totals of priced lines, in whole cents (tax rounded half up on the subtotal). */
export function cartTotals(lines: Pick<CartLine, 'quantity' | 'unitPriceCents'>[]): CartTotals {
  const itemCount = lines.reduce((n, l) => n + l.quantity, 0);
  const subtotalCents = lines.reduce((n, l) => n + l.quantity * l.unitPriceCents, 0);
  const shipping = shippingCents(ESTIMATE.country, ESTIMATE.method, subtotalCents);
  const taxEstimateCents = Math.round(subtotalCents * TAX_ESTIMATE_RATE);
  return {
    itemCount,
    subtotalCents,
    shippingCents: shipping,
    freeShippingFromCents: SHIPPING_RATES[ESTIMATE.country].freeStandardFromCents,
    taxEstimateCents,
    totalCents: subtotalCents + shipping + taxEstimateCents,
  };
}
