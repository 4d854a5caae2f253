import type { Address } from '../../../../shared/checkout.js';

/** 59900 → "$599.00" (the shop charges in USD). */
export const money = (cents: number) =>
  `${cents < 0 ? '−' : ''}$${(Math.abs(cents) / 100).toLocaleString('en-US', { minimumFractionDigits: 2, maximumFractionDigits: 2 })}`;

/** An address as it is written on a parcel, one line per part. */
export function addressLines(a: Address): string {
  const cityLine = [a.city, a.region, a.postalCode].filter(Boolean).join(' ');
  return [a.name, a.line1, a.line2, cityLine, a.country].filter(Boolean).join(', ');
}
