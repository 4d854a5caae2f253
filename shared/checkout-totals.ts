import { shippingCents, type Country, type ShippingMethod } from './shipping.js';

/** An estimate shown as such on the cart; checkout charges it on the subtotal. */
export const TAX_ESTIMATE_RATE = 0.08;

export interface CheckoutTotals {
  subtotalCents: number;
  shippingCents: number;
  taxCents: number;
  totalCents: number;
}

/**
 * What checkout charges for a subtotal shipped to `country` by `method`: the server charges it,
 * the checkout page shows it, so the number on the "Place order" button is the one charged.
 */
export function checkoutTotals(subtotalCents: number, country: Country, method: ShippingMethod): CheckoutTotals {
  const shipping = shippingCents(country, method, subtotalCents);
  const tax = Math.round(subtotalCents * TAX_ESTIMATE_RATE); // whole cents, half up
  return { subtotalCents, shippingCents: shipping, taxCents: tax, totalCents: subtotalCents + shipping + tax };
}
