import type { CartLine, CartTotals } from '../../../shared/cart.js';
import { checkoutTotals } from '../../../shared/checkout-totals.js';
import { SHIPPING_RATES } from '../../../shared/shipping.js';

/** The cart estimates US standard shipping (checkout charges the chosen country and method). */
const ESTIMATE = { country: 'US', method: 'standard' } as const;

/** Totals of priced lines, in whole cents (tax rounded half up on the subtotal). */
export function cartTotals(lines: Pick<CartLine, 'quantity' | 'unitPriceCents'>[]): CartTotals {
  const itemCount = lines.reduce((n, l) => n + l.quantity, 0);
  const subtotalCents = lines.reduce((n, l) => n + l.quantity * l.unitPriceCents, 0);
  const totals = checkoutTotals(subtotalCents, ESTIMATE.country, ESTIMATE.method);
  return {
    itemCount,
    subtotalCents,
    shippingCents: totals.shippingCents,
    freeShippingFromCents: SHIPPING_RATES[ESTIMATE.country].freeStandardFromCents,
    taxEstimateCents: totals.taxCents,
    totalCents: totals.totalCents,
  };
}
