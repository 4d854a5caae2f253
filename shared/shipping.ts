/** Shipping rates from the shipping policy, charged in USD. Zod-free: the client imports it. */
export const COUNTRIES = ['US', 'CA', 'GB', 'DE', 'FR'] as const;
export type Country = (typeof COUNTRIES)[number];
export const SHIPPING_METHODS = ['standard', 'express'] as const;
export type ShippingMethod = (typeof SHIPPING_METHODS)[number];

interface Rate {
  standardCents: number;
  expressCents: number;
  freeStandardFromCents: number;
  standardDays: string;
  expressDays: string;
}

export const SHIPPING_RATES: Record<Country, Rate> = {
  US: { standardCents: 595, expressCents: 1495, freeStandardFromCents: 9900, standardDays: '3–5', expressDays: '1–2' },
  CA: { standardCents: 995, expressCents: 2495, freeStandardFromCents: 14900, standardDays: '5–8', expressDays: '2–4' },
  GB: { standardCents: 695, expressCents: 1495, freeStandardFromCents: 9900, standardDays: '3–5', expressDays: '1–2' },
  DE: { standardCents: 795, expressCents: 1995, freeStandardFromCents: 11900, standardDays: '4–8', expressDays: '2–4' },
  FR: { standardCents: 795, expressCents: 1995, freeStandardFromCents: 11900, standardDays: '4–8', expressDays: '2–4' },
};

/** Nothing to ship costs nothing; standard is free from the country's threshold; express always costs. */
export function shippingCents(country: Country, method: ShippingMethod, subtotalCents: number): number {
  if (subtotalCents === 0) return 0;
  const rate = SHIPPING_RATES[country];
  if (method === 'express') return rate.expressCents;
  return subtotalCents >= rate.freeStandardFromCents ? 0 : rate.standardCents;
}
